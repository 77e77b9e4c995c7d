import { describe, expect, it } from 'vitest';
import type { Chapter, RecordFile } from '../../../src/content/schema';
import { paperCitation } from '../../../src/ui/components/record-citation';
import { withoutVerdict } from '../../../src/ui/pages/guide-page';
import { chapterAddress, worksheetQuestions } from '../../../src/ui/pages/handout-page';

describe('the answer key', () => {
  it('drops the verdict an explanation opens with, in any language', () => {
    expect(withoutVerdict('False. According to Azerbaijan…', 'False')).toBe('According to Azerbaijan…');
    expect(withoutVerdict('Неверно. По версии Азербайджана…', 'Неверно')).toBe('По версии Азербайджана…');
    expect(withoutVerdict('Doğru: Kremlin…', 'Doğru')).toBe('Kremlin…');
  });

  it('leaves an explanation alone when it does not open with the verdict', () => {
    expect(withoutVerdict('According to the record…', 'True')).toBe('According to the record…');
    expect(withoutVerdict('Falsely reported as…', 'False')).toBe('Falsely reported as…');
  });
});

describe('a worksheet', () => {
  const chapter = (questions: string[][]) =>
    ({ decisions: questions.map((list) => ({ debrief: { questions: list } })) }) as unknown as Chapter;

  it('asks the first question of each decision in turn', () => {
    expect(worksheetQuestions(chapter([['a1', 'a2', 'a3']]))).toEqual(['a1', 'a2']);
    expect(
      worksheetQuestions(
        chapter([
          ['a1', 'a2'],
          ['b1', 'b2'],
        ]),
      ),
    ).toEqual(['a1', 'b1']);
  });

  it('gives the address that plays only its chapter, wherever the game is served', () => {
    expect(chapterAddress('ch04', 'https://school.example/games/crossroads/?lng=ru&seed=4#top')).toBe(
      'https://school.example/games/crossroads/?chapters=ch04',
    );
    expect(chapterAddress('ch01', 'http://192.168.1.20:4173/index.html')).toBe(
      'http://192.168.1.20:4173/index.html?chapters=ch01',
    );
  });
});

describe('a citation on paper', () => {
  const record = {
    formatVersion: 1,
    entries: [
      { id: 'R13', date: '2024-12-25/2024-12-28', sources: ['src-a', 'src-b'] },
      { id: 'R20', date: '2025-03-04', sources: ['src-a'] },
    ],
    sources: [
      { id: 'src-a', publisher: 'Trend' },
      { id: 'src-b', publisher: 'Reuters', date: '2024-12-27' },
    ],
  } as unknown as RecordFile;

  it('names a dated source with its date', () => {
    expect(paperCitation(record.entries[0]!, record, 'en')).toBe('R13 — Reuters, 27 December 2024');
  });

  it('gives an undated source the date of the entry', () => {
    expect(paperCitation(record.entries[1]!, record, 'en')).toBe('R20 — Trend, 4 March 2025');
  });
});
