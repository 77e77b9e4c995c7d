import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  chapterFiles,
  contentNamespaces,
  flatten,
  loadFinaleFiles,
  namespaceFile,
} from './load-real-content';

const english = (namespace: string) => [...flatten(namespaceFile('en', namespace)).entries()];

describe('accuracy rules over the English text', () => {
  const texts = contentNamespaces().flatMap((namespace) =>
    english(namespace).map(([key, text]) => [`${namespace}:${key}`, text] as const),
  );
  const chapterIds = chapterFiles().map((file) => file.replace(/\.json$/, ''));

  it("never repeats the seed brief's error that the plane crashed near Grozny", () => {
    // A false statement of the knowledge check states the error on purpose, so that players can reject it.
    const falseStatements = new Set<string>(
      loadFinaleFiles()
        .check.statements.filter((statement) => !statement.true)
        .map((statement) => statement.text),
    );
    const wrong = texts.filter(
      ([key, text]) => !falseStatements.has(key) && /crash(ed|es)?\s+(near|in|at)\s+Grozny/i.test(text),
    );
    expect(wrong).toEqual([]);
  });

  it('never claims that the presidents did not talk in 2025', () => {
    const wrong = texts.filter(([, text]) =>
      /(have|had) not (engaged in direct communication|spoken|talked)/i.test(text),
    );
    expect(wrong).toEqual([]);
  });

  it('labels every modelled reaction in chapter text as simulation', () => {
    for (const chapter of chapterIds) {
      const reactions = english(chapter).filter(([key]) => /\.reaction$/.test(key));
      for (const [key, text] of reactions) expect(text, `${chapter}:${key}`).toMatch(/^In this simulation,/);
    }
  });

  it('quotes only words that the record quotes', () => {
    const normalise = (text: string) => text.replace(/[‘’]/g, "'").replace(/\s+/g, ' ').toLowerCase();
    const recordText = normalise(
      readFileSync(join(import.meta.dirname, '../../../docs/record/real-record.md'), 'utf8'),
    );
    const quotes = texts.flatMap(([key, text]) =>
      [...text.matchAll(/“([^”]{3,})”/g)].map((match) => [key, match[1]!] as const),
    );
    expect(quotes.length).toBeGreaterThan(50);
    expect(quotes.filter(([, quote]) => !recordText.includes(normalise(quote)))).toEqual([]);
  });

  it('gives no numbers in advisers’ arguments: no numbers are shown before choosing', () => {
    for (const chapter of chapterIds) {
      const advice = english(chapter).filter(([key]) => /\.advice\./.test(key));
      for (const [key, text] of advice) expect(text, `${chapter}:${key}`).not.toMatch(/\d/);
    }
  });

  it('gives the flight figures as the record does: 67 aboard, 38 dead, 29 survivors', () => {
    const all = english('ch01')
      .map(([, text]) => text)
      .join('\n');
    expect(all).toContain('67');
    expect(all).toContain('38');
    expect(all).toContain('29');
    expect(all).toMatch(/Aktau/);
  });
});
