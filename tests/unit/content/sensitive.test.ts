import { describe, expect, it } from 'vitest';
import { recordForClass } from '../../../src/content/sensitive';
import { flatten, languages, loadRecord, namespaceFile } from './load-real-content';

const record = loadRecord();
const entry = (id: string) => record.entries.find((candidate) => candidate.id === id)!;

/** Descriptions of injuries, per language: what "leave out casualty details" must not show. */
const INJURY_WORDS: Record<string, RegExp> = {
  en: /blunt|fractur|haematom|internal organs|bruis|swollen|chest deformation|visible injur/i,
  ru: /тупыми|перелом|гематом|внутренние органы|синяк|отёк|деформаци|видимыми травмами/i,
  az: /küt travma|sınıq|hematom|daxili orqan|göyərmə|şişkinlik|deformasiya|gözlə görünən xəsarət/i,
  tr: /künt|kırık|hematom|iç organ|morluk|şişlik|deformasyon|gözle görülür yara/i,
};

/** Words by which a headline describes how someone was hurt, in the languages the record's titles are in. */
const HEADLINE_INJURY =
  /beat(en|ing)|tortur|bruis|fractur|blunt|wound|изби|побо|пыт[каое]|перелом|döyül|işgəncə|dövül|darp|işkence/i;

const textOf = (language: string, key: string) =>
  flatten(namespaceFile(language, key.split(':')[0]!)).get(key.split(':')[1]!) ?? '';
/** A translation as the game would give it, for `recordForClass`. */
const translateInto = (language: string) => (key: string) => textOf(language, key) || key;
const MOSCOW_TIMES = 'src-themoscowtimes-com-c023d1';
const sourceOf = (file: typeof record, id: string) => file.sources.find((candidate) => candidate.id === id)!;

describe('leaving out casualty details in the record', () => {
  it('shows the record unchanged when the setting is off', () => {
    expect(recordForClass(record, false, translateInto('en'), 'en')).toBe(record);
  });

  it('swaps in the softened summaries and positions of R27, R31 and R34 when it is on, and nothing else', () => {
    const soft = recordForClass(record, true, translateInto('en'), 'en');
    const softEntry = (id: string) => soft.entries.find((candidate) => candidate.id === id)!;
    expect(softEntry('R27').summary).toBe('record:R27.softSummary');
    expect(softEntry('R31').summary).toBe('record:R31.softSummary');
    expect(softEntry('R34').summary).toBe('record:R34.softSummary');
    expect(softEntry('R31').positions.map((position) => position.text)).toEqual([
      'record:R31.position.azerbaijan.softText',
      'record:R31.position.russia.text',
    ]);
    expect(softEntry('R11')).toEqual(entry('R11'));
    expect(soft.sources.filter((source) => source.title !== sourceOf(record, source.id).title)).toEqual([
      sourceOf(soft, MOSCOW_TIMES),
    ]);
    expect(recordForClass(record, true, translateInto('en'), 'en').entries).toBe(soft.entries);
  });

  it.each(languages())(
    '%s: withholds the headline that describes the beatings, in the language shown',
    (language) => {
      const original = sourceOf(record, MOSCOW_TIMES);
      expect(original.title).toMatch(HEADLINE_INJURY);
      const shown = sourceOf(recordForClass(record, true, translateInto(language), language), MOSCOW_TIMES);
      expect(shown.title).toBe(textOf(language, original.softTitle!));
      expect(shown.title.length).toBeGreaterThan(30);
      expect(shown.title).not.toMatch(HEADLINE_INJURY);
      expect(shown.title).not.toMatch(INJURY_WORDS[language]!);
      expect(shown.titleLang).toBe(language);
      expect({ ...shown, title: original.title, titleLang: undefined }).toEqual({
        ...original,
        titleLang: undefined,
      });
    },
  );

  it.each(languages())('%s: the softened texts describe no injuries, while the full ones do', (language) => {
    const words = INJURY_WORDS[language]!;
    for (const id of ['R27', 'R31', 'R34']) {
      expect(textOf(language, entry(id).summary), `${language} ${id} summary`).toMatch(words);
      expect(textOf(language, entry(id).softSummary!), `${language} ${id} softSummary`).not.toMatch(words);
      expect(textOf(language, entry(id).softSummary!).length).toBeGreaterThan(100);
    }
    const position = entry('R31').positions[0]!;
    expect(textOf(language, position.softText!)).not.toMatch(words);
  });

  it('has a soft title for every source whose headline describes injuries', () => {
    const bare = record.sources.filter((source) => HEADLINE_INJURY.test(source.title) && !source.softTitle);
    expect(bare.map((source) => `${source.id}: ${source.title}`)).toEqual([]);
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
