import { describe, expect, it } from 'vitest';
import {
  checkChapter,
  checkChoiceReferences,
  checkKeys,
  checkRecord,
  checkScenario,
  checkUnreadFlags,
  keysIn,
} from '../../../src/content/cross-check';
import { parseChapter } from '../../../src/content/parse';
import { sourceId } from '../../../scripts/source-id.mjs';
import {
  chapterFiles,
  flatten,
  hasText,
  loadChapter,
  loadFinaleFiles,
  loadRecord,
  loadScenario,
  namespaceFile,
} from './load-real-content';
import { textKey } from '../support/text-key';

const scenario = loadScenario();
const record = loadRecord();
const chapters = chapterFiles().map(loadChapter);

describe('the real content files', () => {
  it('pass the schema and the scenario cross-checks', () => {
    expect(checkScenario(scenario)).toEqual([]);
  });

  it('every chapter in the scenario has its file, and every file is in the scenario', () => {
    expect(chapters.map((chapter) => chapter.id).sort()).toEqual([...scenario.chapters].sort());
  });

  it('the record has unique entries, known sources and two positions for each disputed entry', () => {
    expect(checkRecord(record)).toEqual([]);
  });

  it('source ids are derived from their URLs, so every content file names a source the same way', () => {
    for (const source of record.sources) expect(source.id, source.url).toBe(sourceId(source.url));
  });

  it.each(chapters.map((chapter) => [chapter.id, chapter] as const))(
    'chapter %s names only record ids, sources, places, meters and advisers that exist',
    (_, chapter) => {
      expect(checkChapter(chapter, scenario, record)).toEqual([]);
    },
  );

  it('notes that depend on an earlier choice name a decision and option that exist', () => {
    expect(checkChoiceReferences(chapters)).toEqual([]);
  });

  it('every flag an option sets is read by a note, a rule or an ending', () => {
    const { endings, epilogue } = loadFinaleFiles();
    expect(checkUnreadFlags(scenario, chapters, endings.endings, epilogue, [])).toEqual([]);
  });

  it('every translation key named by content exists in English', () => {
    const problems = [
      ...checkKeys(scenario, 'scenario', (key) => hasText('en', key)),
      ...checkKeys(record, 'record', (key) => hasText('en', key)),
      ...chapters.flatMap((chapter) => checkKeys(chapter, chapter.id, (key) => hasText('en', key))),
    ];
    expect(problems).toEqual([]);
  });

  it('every English string of the content namespaces is used by some content', () => {
    const used = new Set([
      ...keysIn(scenario),
      ...keysIn(record),
      ...chapters.flatMap((chapter) => keysIn(chapter)),
    ]);
    for (const namespace of ['record', ...chapters.map((chapter) => chapter.id)]) {
      const unused = [...flatten(namespaceFile('en', namespace)).keys()]
        .map((key) => `${namespace}:${key}`)
        .filter((key) => !used.has(key));
      expect(unused, namespace).toEqual([]);
    }
  });

  it('each decision has 3–4 options, none of them best on every meter', () => {
    for (const chapter of chapters) {
      for (const decision of chapter.decisions) {
        expect(decision.options.length).toBeGreaterThanOrEqual(3);
        for (const option of decision.options) {
          const deltas = option.effects.map((effect) => effect.delta);
          expect(
            deltas.some((delta) => delta < 0),
            `${decision.id}/${option.id} has a cost`,
          ).toBe(true);
          expect(
            deltas.some((delta) => delta > 0),
            `${decision.id}/${option.id} has a gain`,
          ).toBe(true);
        }
      }
    }
  });

  it('every debrief cites at least two sources and frames the event from two sides', () => {
    for (const chapter of chapters) {
      for (const decision of chapter.decisions) {
        expect(new Set(decision.debrief.sources).size).toBeGreaterThanOrEqual(2);
        expect(new Set(decision.debrief.framing.map((framing) => framing.side)).size).toBeGreaterThanOrEqual(
          2,
        );
      }
    }
  });
});

describe('the content checks catch broken references', () => {
  const chapter = chapters[0]!;

  it('a record id that the record does not have', () => {
    const broken = structuredClone(chapter);
    broken.briefing.facts[0]!.records = ['R999'];
    expect(checkChapter(broken, scenario, record)).toContain(
      `chapter ${chapter.id}: cites record R999, which the record does not have`,
    );
  });

  it('a source that does not exist', () => {
    const broken = structuredClone(chapter);
    broken.decisions[0]!.debrief.sources = ['src-nowhere-000000', ...broken.decisions[0]!.debrief.sources];
    expect(checkChapter(broken, scenario, record).join('\n')).toContain(
      'unknown source "src-nowhere-000000"',
    );
  });

  it('a translation key that does not exist', () => {
    const broken = structuredClone(chapter);
    broken.briefing.lead = textKey(`${chapter.id}:no.such.key`);
    expect(checkKeys(broken, chapter.id, (key) => hasText('en', key))).toEqual([
      `${chapter.id}: missing text for "${chapter.id}:no.such.key"`,
    ]);
  });

  it('an unknown meter, adviser or historical option', () => {
    const broken = structuredClone(chapter);
    const decision = broken.decisions[0]!;
    decision.options[0]!.effects[0]!.meter = 'mars';
    decision.options[0]!.advice[0]!.adviser = 'oracle';
    decision.historical = 'nothing';
    const problems = checkChapter(broken, scenario, record).join('\n');
    expect(problems).toContain('unknown meter "mars"');
    expect(problems).toContain('unknown adviser "oracle"');
    expect(problems).toContain('historical option "nothing" is not an option');
  });

  it('a fact without a citation fails the schema with a readable message', () => {
    const raw = JSON.parse(JSON.stringify(chapter)) as { briefing: { facts: { records: string[] }[] } };
    raw.briefing.facts[0]!.records = [];
    const parsed = parseChapter(raw, 'broken.json');
    expect(parsed.ok).toBe(false);
    expect(!parsed.ok && parsed.error.message).toContain('every fact cites at least one record id');
  });
});
