import type { TextKey } from '../../../src/content/schema';
import { describe, expect, it } from 'vitest';
import { csvCell, resultToCsv } from '../../../src/results/result-csv';
import { parseResultFile } from '../../../src/results/result-file';
import { campaign, ch01, endings, parseCsv, played, resultOf, scenario, translator } from './helpers';

const english = translator('en');
const csvOf = (...args: Parameters<typeof resultOf>) =>
  resultToCsv(resultOf(...args), { campaign, endings, t: english });
const table = (csv: string) => {
  const [header, ...rows] = parseCsv(csv);
  return rows.map((row) => Object.fromEntries(header!.map((name, index) => [name, row[index]])));
};
const label = (key: TextKey) => english(key);

describe('the CSV copy of a run', () => {
  it('names chapters, decisions, options and the ending in words, not ids', () => {
    const csv = csvOf(played(1, 1), { mode: 'solo' });
    const rows = table(csv);
    expect(rows).toHaveLength(ch01.decisions.length);
    const [first] = rows;
    const decision = ch01.decisions[0]!;
    const historical = decision.options.find((option) => option.id === decision.historical)!;
    expect(first).toMatchObject({
      Group: 'Group 3',
      'Played as': 'Solo',
      'No.': '1',
      Chapter: `Chapter 1: ${label(ch01.title)}`,
      Decision: label(decision.title),
      'Choice played': label(decision.options[1]!.label),
      'What Baku did': label(historical.label),
      'Same as Baku': decision.options[1]!.id === decision.historical ? 'Yes' : 'No',
      "Ending (the game's model)": label(endings.find((ending) => ending.id === 'balance')!.title),
    });
    // Real words, not translation keys that i18next hands back when a text is missing.
    expect(first!.Chapter).toMatch(/^Chapter 1: \p{Lu}/u);
    expect(first!['Choice played']).toMatch(/^\p{Lu}[^:]*$/u);

    const ids = new Set([
      'ch01',
      'balance',
      ...ch01.decisions.flatMap((d) => [d.id, ...d.options.map((option) => option.id)]),
    ]);
    const cells = parseCsv(csv).flat();
    expect(cells.filter((cell) => ids.has(cell))).toEqual([]);
    expect(cells.some((cell) => /\b(ch01|d1|d2)\b|:(title|label)\b/.test(cell))).toBe(false);
  });

  it('gives the class votes one named column per option position and a readable summary', () => {
    const csv = csvOf(played(1, 2, [3, 4, 9, 1]));
    const [header] = parseCsv(csv);
    expect(header).toEqual(
      expect.arrayContaining([
        'Class votes',
        'Votes for option 1',
        'Votes for option 2',
        'Votes for option 3',
        'Votes for option 4',
      ]),
    );
    const [first] = table(csv);
    const options = ch01.decisions[0]!.options.map((option) => label(option.label));
    expect(first!['Class votes']).toBe(
      `1. ${options[0]}: 3; 2. ${options[1]}: 4; 3. ${options[2]}: 9; 4. ${options[3]}: 1`,
    );
    expect([1, 2, 3, 4].map((n) => first![`Votes for option ${n}`])).toEqual(['3', '4', '9', '1']);
    expect(first!['Played as']).toBe('Class mode');
  });

  it('leaves the vote cells empty for a solo run and writes the check scores', () => {
    const score = { trueRight: 3, trueTotal: 4, falseRight: 2, falseTotal: 4, balanced: 63 };
    const [first] = table(
      csvOf(played(1, 0), { mode: 'solo', checks: { before: score, after: { ...score, balanced: 88 } } }),
    );
    expect(first!['Class votes']).toBe('');
    expect(first!['Votes for option 1']).toBe('');
    expect(first!['Knowledge check before (out of 100)']).toBe('63');
    expect(first!['Knowledge check after (out of 100)']).toBe('88');
  });

  it('is written in the language on screen', () => {
    const russian = translator('ru');
    const csv = resultToCsv(resultOf(played(1, 1)), { campaign, endings, t: russian });
    const [header, first] = parseCsv(csv);
    expect(header![0]).toBe('Группа');
    expect(first![3]).toBe(`Глава 1: ${russian(ch01.title)}`);
    expect(first![3]).toMatch(/[А-Яа-я]/);
  });

  it('quotes commas, quotes and line breaks, and defuses formulas', () => {
    expect(csvCell('=HYPERLINK("http://x")')).toBe(`"'=HYPERLINK(""http://x"")"`);
    expect(csvCell('+1')).toBe("'+1");
    expect(csvCell('-2+3')).toBe("'-2+3");
    expect(csvCell('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(csvCell('\tcmd')).toBe("'\tcmd");
    expect(csvCell('a, b')).toBe('"a, b"');
    expect(csvCell('two\nlines')).toBe('"two\nlines"');
    expect(csvCell('plain ə text')).toBe('plain ə text');
    expect(csvCell(42)).toBe('42');

    const csv = csvOf(played(1, 1), { group: '=1+1, "B"\n' });
    const [first] = table(csv);
    expect(first!.Group).toBe(`'=1+1, "B"`);
    expect(csv).toContain(`"'=1+1, ""B"""`);
    // The comma inside an option label stays in its cell: every row has as many cells as the header.
    const rows = parseCsv(csv);
    expect(rows.every((row) => row.length === rows[0]!.length)).toBe(true);
  });

  it('is recognised, with or without a byte order mark, when imported by mistake', () => {
    const csv = csvOf(played(1, 0));
    for (const text of [csv, `\uFEFF${csv}`])
      expect(parseResultFile(text, scenario.id)).toEqual({ ok: false, error: { kind: 'spreadsheet' } });
  });
});
