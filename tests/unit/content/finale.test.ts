import { describe, expect, it } from 'vitest';
import { checkKeys, checkReferences, keysIn } from '../../../src/content/cross-check';
import {
  chapterFiles,
  flatten,
  hasText,
  loadFinaleFiles,
  loadRecord,
  loadScenario,
  namespaceFile,
} from './load-real-content';

const chapterNamespaces = () => [
  'record',
  'epilogue',
  ...chapterFiles().map((file) => file.replace(/\.json$/, '')),
];
const scenario = loadScenario();
const record = loadRecord();
const { epilogue, endings, check, glossary } = loadFinaleFiles();
const files = { epilogue, endings, quiz: check, glossary } as const;

describe('the epilogue, the endings and the knowledge check', () => {
  it.each(Object.entries(files))(
    '%s names only records, sources, places and meters that exist',
    (name, file) => {
      expect(checkReferences(file, name, scenario, record)).toEqual([]);
    },
  );

  it.each(Object.entries(files))('%s has English text for every key and no unused strings', (name, file) => {
    expect(checkKeys(file, name, (key) => hasText('en', key))).toEqual([]);
    const used = new Set(keysIn(file));
    const unused = [...flatten(namespaceFile('en', name)).keys()]
      .map((key) => `${name}:${key}`)
      .filter((key) => !used.has(key));
    expect(unused).toEqual([]);
  });

  it('the reference check catches a broken record id, source or meter', () => {
    const broken = structuredClone(endings);
    broken.reality.facts[0]!.records = ['R999'];
    broken.endings[0]!.when = [{ kind: 'meterBelow', meter: 'gold', value: 10 }];
    const problems = checkReferences(broken, 'endings', scenario, record).join('\n');
    expect(problems).toContain('R999');
    expect(problems).toContain('unknown meter "gold"');
  });

  it('glossary aliases appear in the texts of every language, so terms in the text open their entry', () => {
    for (const language of ['en', 'ru', 'az', 'tr']) {
      const texts = [...new Set(chapterNamespaces())]
        .flatMap((namespace) => [...flatten(namespaceFile(language, namespace)).values()])
        .join('\n');
      const glossaryTexts = flatten(namespaceFile(language, 'glossary'));
      const missing = glossary.terms.filter((term) => {
        const aliases = glossaryTexts.get(term.aliases.split(':')[1]!)?.split('|') ?? [];
        return !aliases.some((alias) => alias.trim() && texts.includes(alias.trim()));
      });
      expect(missing.map((term) => `${language}:${term.id}`)).toEqual([]);
    }
  });

  it('offers at least five endings, the last one a fallback that always applies', () => {
    expect(endings.endings.length).toBeGreaterThanOrEqual(5);
    expect(endings.endings.at(-1)!.when).toEqual([]);
    expect(endings.endings.slice(0, -1).every((ending) => ending.when.length > 0)).toBe(true);
  });

  it("compares the endings with the real situation as of the record's last entry", () => {
    const lastEntry = record.entries
      .map((entry) => entry.date.split('/').at(-1)!)
      .sort()
      .at(-1)!;
    expect(endings.reality.asOf).toBe(lastEntry);
  });

  it('has at least eight statements, both true and false ones, including the brief’s mistakes', () => {
    const truths = check.statements.filter((statement) => statement.true);
    const falsehoods = check.statements.filter((statement) => !statement.true);
    expect(check.statements.length).toBeGreaterThanOrEqual(8);
    expect(truths.length).toBeGreaterThanOrEqual(3);
    expect(falsehoods.length).toBeGreaterThanOrEqual(3);
    expect(check.statements.filter((statement) => statement.correction).length).toBeGreaterThanOrEqual(3);
    expect(check.statements.map((statement) => statement.id)).toContain('grozny-crash');
  });

  it('explains every statement by saying first whether it is true or false', () => {
    const texts = flatten(namespaceFile('en', 'quiz'));
    for (const statement of check.statements) {
      const explanation = texts.get(statement.explanation.split(':')[1]!)!;
      expect(explanation, statement.id).toMatch(statement.true ? /^True\b/ : /^False\b/);
    }
  });
});
