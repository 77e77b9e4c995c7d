import { describe, expect, it } from 'vitest';
import { recordForClass } from '../../../src/content/sensitive';
import { flatten, languages, loadRecord, namespaceFile } from './load-real-content';

const record = loadRecord();
const entry = (id: string) => record.entries.find((candidate) => candidate.id === id)!;

/** Descriptions of injuries, per language: what "leave out casualty details" must not show. */
const INJURY_WORDS: Record<string, RegExp> = {
  en: /blunt|fractur|haematom|internal organs|bruis|swollen|chest deformation/i,
  ru: /тупыми|перелом|гематом|внутренние органы|синяк|отёк|деформаци/i,
  az: /küt travma|sınıq|hematom|daxili orqan|göyərmə|şişkinlik|deformasiya/i,
  tr: /künt|kırık|hematom|iç organ|morluk|şişlik|deformasyon/i,
};

const textOf = (language: string, key: string) =>
  flatten(namespaceFile(language, key.split(':')[0]!)).get(key.split(':')[1]!) ?? '';

describe('leaving out casualty details in the record', () => {
  it('shows the record unchanged when the setting is off', () => {
    expect(recordForClass(record, false)).toBe(record);
  });

  it('swaps in the softened summaries and positions of R31 and R34 when it is on, and nothing else', () => {
    const soft = recordForClass(record, true);
    const softEntry = (id: string) => soft.entries.find((candidate) => candidate.id === id)!;
    expect(softEntry('R31').summary).toBe('record:R31.softSummary');
    expect(softEntry('R34').summary).toBe('record:R34.softSummary');
    expect(softEntry('R31').positions.map((position) => position.text)).toEqual([
      'record:R31.position.azerbaijan.softText',
      'record:R31.position.russia.text',
    ]);
    expect(softEntry('R11')).toEqual(entry('R11'));
    expect(soft.sources).toBe(record.sources);
    expect(recordForClass(record, true)).toBe(soft);
  });

  it.each(languages())('%s: the softened texts describe no injuries, while the full ones do', (language) => {
    const words = INJURY_WORDS[language]!;
    for (const id of ['R31', 'R34']) {
      expect(textOf(language, entry(id).summary), `${language} ${id} summary`).toMatch(words);
      expect(textOf(language, entry(id).softSummary!), `${language} ${id} softSummary`).not.toMatch(words);
      expect(textOf(language, entry(id).softSummary!).length).toBeGreaterThan(100);
    }
    const position = entry('R31').positions[0]!;
    expect(textOf(language, position.softText!)).not.toMatch(words);
  });

  it('has a softened version for every record text that describes injuries', () => {
    const english = INJURY_WORDS.en!;
    const missing = record.entries.flatMap((candidate) => [
      ...(english.test(textOf('en', candidate.summary)) && !candidate.softSummary ? [candidate.summary] : []),
      ...candidate.positions
        .filter((position) => english.test(textOf('en', position.text)) && !position.softText)
        .map((position) => position.text),
    ]);
    expect(missing).toEqual([]);
  });
});
