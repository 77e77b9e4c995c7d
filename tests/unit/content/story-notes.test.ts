import { describe, expect, it } from 'vitest';
import { countWords, longestSentence } from '../../../scripts/readability.mjs';
import { Note, type Chapter } from '../../../src/content/schema';
import {
  chapterFiles,
  flatten,
  languages,
  loadChapter,
  loadFinaleFiles,
  namespaceFile,
} from './load-real-content';

/**
 * The run-dependent notes of the real chapters and the epilogue (issue 9: "the story remembers"): simulation text,
 * short, labelled in every language, and placed from chapter 2 on.
 */

const chapters = chapterFiles().map(loadChapter);
const { epilogue } = loadFinaleFiles();
const MAX_WORDS = 60;

interface Placed {
  chapter: Chapter;
  where: string;
  note: Note;
}

const placed: Placed[] = chapters.flatMap((chapter) => [
  ...chapter.briefing.notes.map((note) => ({ chapter, where: 'briefing', note })),
  ...chapter.decisions.flatMap((decision) =>
    decision.notes.map((note) => ({ chapter, where: decision.id, note })),
  ),
]);

/** Every note of the content: the chapters' and the epilogue's. */
const allNotes: Note[] = [...placed.map((entry) => entry.note), ...epilogue.notes];

/** The text of a key such as `ch04:d2.notes.west-after-appeal` in a language. */
function textOf(language: string, key: string): string {
  const [namespace, path] = key.split(':') as [string, string];
  return flatten(namespaceFile(language, namespace)).get(path) ?? '';
}

/** The "In this simulation" label of the modelled reactions, in a language. */
const labelOf = (language: string) => flatten(namespaceFile(language, 'ui')).get('consequences.modelTag')!;

describe('run-dependent notes in the chapters', () => {
  it('every chapter from 2 on has notes, and chapters 0 and 1 have none (nothing to remember yet)', () => {
    for (const chapter of chapters) {
      const count = placed.filter((entry) => entry.chapter === chapter).length;
      if (chapter.number >= 2) expect(count, chapter.id).toBeGreaterThanOrEqual(2);
      else expect(count, chapter.id).toBe(0);
    }
  });

  it('keep their texts in the chapter’s namespace, under notes.<id> or <decision>.notes.<id>', () => {
    for (const { chapter, where, note } of placed) {
      const path = where === 'briefing' ? `notes.${note.id}` : `${where}.notes.${note.id}`;
      expect(note.text).toBe(`${chapter.id}:${path}`);
    }
  });

  it.each(languages())('are at most 60 words and open with the simulation label in %s', (language) => {
    const label = labelOf(language);
    expect(label.length).toBeGreaterThan(5);
    const problems: string[] = [];
    for (const note of allNotes) {
      const text = textOf(language, note.text);
      if (!text) problems.push(`${note.text}: no text`);
      else if (countWords(text) > MAX_WORDS) problems.push(`${note.text}: ${countWords(text)} words`);
      else if (!text.startsWith(label)) problems.push(`${note.text}: does not open with "${label}"`);
    }
    expect(problems).toEqual([]);
  });

  it('are plain English: sentences of at most 25 words', () => {
    for (const note of allNotes)
      expect(longestSentence(textOf('en', note.text)), note.text).toBeLessThanOrEqual(25);
  });

  it('cite no record: the schema holds them to id, actor, when and text, and no text names a record id', () => {
    for (const note of allNotes) {
      expect(Object.keys(note).sort()).toEqual(['actor', 'id', 'text', 'when']);
      expect(Note.safeParse({ ...note, records: ['R11'] }).success).toBe(false);
      for (const language of languages()) expect(textOf(language, note.text)).not.toMatch(/\bR\d{2,3}\b/);
    }
  });

  it('give no real institution words: they speak of capitals and officials, not ministries or spokespeople', () => {
    const institutional =
      /ministry|spokes(man|woman|person)|Kremlin|State Department|Foreign Office|White House said|press secretary/i;
    for (const note of allNotes) expect(textOf('en', note.text), note.text).not.toMatch(institutional);
  });
});

describe('run-dependent notes in the epilogue', () => {
  const lastChapter = chapters.at(-1)!;
  const last = lastChapter.decisions.at(-1)!;

  it('keep their texts in the epilogue namespace, under notes.<id>, with unique ids', () => {
    for (const note of epilogue.notes) expect(note.text).toBe(`epilogue:notes.${note.id}`);
    expect(new Set(epilogue.notes.map((note) => note.id)).size).toBe(epilogue.notes.length);
  });

  it('answer every option of the last decision, by its flag or by the choice itself', () => {
    for (const option of last.options) {
      const answered = epilogue.notes.some((note) =>
        note.when.some(
          (condition) =>
            ((condition.kind === 'flag' || condition.kind === 'notFlag') &&
              option.sets.includes(condition.flag)) ||
            (condition.kind === 'chose' &&
              condition.chapter === lastChapter.id &&
              condition.decision === last.id &&
              condition.option === option.id),
        ),
      );
      expect(answered, option.id).toBe(true);
    }
  });

  it('are 20–35 English words each', () => {
    for (const note of epilogue.notes) {
      const words = countWords(textOf('en', note.text));
      expect(words, note.text).toBeGreaterThanOrEqual(20);
      expect(words, note.text).toBeLessThanOrEqual(35);
    }
  });
});
