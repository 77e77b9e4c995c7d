import { describe, expect, it } from 'vitest';
import {
  CODE_ALPHABET,
  decodeResumeCode,
  encodeResumeCode,
  formatResumeCode,
  type Campaign,
} from '../../../src/engine';
import { chapterFiles, loadChapter, loadScenario } from '../content/load-real-content';

const scenario = loadScenario();
const campaign: Campaign = {
  scenario,
  chapters: Object.fromEntries(
    chapterFiles()
      .map(loadChapter)
      .map((chapter) => [chapter.id, chapter]),
  ),
};
const decisions = scenario.chapters.flatMap((id) => campaign.chapters[id]!.decisions);
const lastOptions = decisions.map((decision) => decision.options.at(-1)!.id);

describe('resume codes', () => {
  it('are at most 12 characters from an alphabet without look-alikes', () => {
    const code = encodeResumeCode(campaign, {
      seed: 2 ** 18 - 1,
      plan: scenario.chapters,
      choices: lastOptions,
    })!;
    expect(code).toHaveLength(12);
    expect([...code].every((character) => CODE_ALPHABET.includes(character))).toBe(true);
    expect(CODE_ALPHABET).not.toMatch(/[ILOU]/);
  });

  it('restore the same run: seed, chapters and every choice', () => {
    const runs = [
      { seed: 0, plan: [...scenario.chapters], choices: [] },
      { seed: 12345, plan: [...scenario.chapters], choices: decisions.slice(0, 5).map((d) => d.historical) },
      { seed: 262143, plan: [...scenario.chapters], choices: lastOptions },
      { seed: 77, plan: ['ch01', 'ch04'], choices: ['accuse', 'quiet-pressure'].slice(0, 1) },
    ];
    for (const run of runs) {
      const code = encodeResumeCode(campaign, run);
      expect(code, JSON.stringify(run)).not.toBeNull();
      expect(decodeResumeCode(campaign, code!)).toEqual({ ok: true, value: run });
    }
  });

  it('accept the code typed loosely: lower case, dashes, spaces, O for 0 and I or L for 1', () => {
    const run = { seed: 4242, plan: [...scenario.chapters], choices: lastOptions.slice(0, 3) };
    const code = encodeResumeCode(campaign, run)!;
    const loose = ` ${formatResumeCode(code).toLowerCase().replace(/0/g, 'o').replace(/1/g, 'l')} `;
    expect(decodeResumeCode(campaign, loose)).toEqual({ ok: true, value: run });
  });

  it('refuse a mistyped character, a wrong length and foreign characters with a reason', () => {
    const code = encodeResumeCode(campaign, {
      seed: 99,
      plan: [...scenario.chapters],
      choices: lastOptions,
    })!;
    const swapped = code.slice(0, 4) + (code[4] === 'A' ? 'B' : 'A') + code.slice(5);
    expect(decodeResumeCode(campaign, swapped)).toEqual({ ok: false, error: { kind: 'mistyped' } });
    expect(decodeResumeCode(campaign, code.slice(0, 10))).toEqual({
      ok: false,
      error: { kind: 'malformed' },
    });
    expect(decodeResumeCode(campaign, `${code.slice(0, 11)}!`)).toEqual({
      ok: false,
      error: { kind: 'malformed' },
    });
  });

  it('refuse a code made for other content instead of restoring a wrong run', () => {
    const code = encodeResumeCode(campaign, { seed: 5, plan: [...scenario.chapters], choices: lastOptions })!;
    const newer: Campaign = { ...campaign, scenario: { ...scenario, version: scenario.version + 1 } };
    expect(decodeResumeCode(newer, code)).toEqual({ ok: false, error: { kind: 'mistyped' } });
  });

  it('give no code for a run that does not fit, rather than a wrong one', () => {
    expect(
      encodeResumeCode(campaign, { seed: 2 ** 18, plan: [...scenario.chapters], choices: [] }),
    ).toBeNull();
    expect(
      encodeResumeCode(campaign, { seed: 1, plan: [...scenario.chapters], choices: ['no-such'] }),
    ).toBeNull();
  });
});
