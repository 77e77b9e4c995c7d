import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  CODE_ALPHABET,
  CODE_VERSION,
  decodeResumeCode,
  encodeResumeCode,
  formatResumeCode,
  type Campaign,
  type RunRecord,
} from '../../../src/engine';
import { checkSymbol, checksOut } from '../../../src/engine/code-check';
import { contentSalt } from '../../../src/engine/resume-code-run';
import { largeCampaign, realCampaign as campaign, runOf, typosOf } from './resume-code-fixtures';

const scenario = campaign.scenario;
const decisions = scenario.chapters.flatMap((id) => campaign.chapters[id]!.decisions);
const lastOptions = decisions.map((decision) => decision.options.at(-1)!.id);
const everyChapter = [...scenario.chapters];

const encode = (run: RunRecord, on: Campaign = campaign) => {
  const code = encodeResumeCode(on, run);
  if (!code) throw new Error(`no code for ${JSON.stringify(run)}`);
  return code;
};

/** Every run of the whole game up to `depth` choices, with the given seed. */
function runsUpTo(depth: number, seed: number): RunRecord[] {
  const runs: RunRecord[] = [{ seed, plan: everyChapter, choices: [] }];
  for (let index = 0; runs.length > 0 && index < runs.length; index++) {
    const run = runs[index]!;
    if (run.choices.length === depth) continue;
    for (const option of decisions[run.choices.length]!.options) {
      runs.push({ ...run, choices: [...run.choices, option.id] });
    }
  }
  return runs;
}

describe('resume codes, version 2', () => {
  it('start with the version symbol and take 13 symbols for any run of the game today', () => {
    for (const run of [
      { seed: 2 ** 18 - 1, plan: everyChapter, choices: lastOptions },
      { seed: 0, plan: everyChapter, choices: [] },
      { seed: 9, plan: ['ch08'], choices: [] },
    ]) {
      const code = encode(run);
      expect(code).toHaveLength(13);
      expect(code[0]).toBe(CODE_VERSION);
      expect([...code].every((symbol) => CODE_ALPHABET.includes(symbol))).toBe(true);
    }
    expect(CODE_ALPHABET).not.toMatch(/[ILOU]/);
  });

  it('restore the same run: seed, chapters and every choice', () => {
    const runs = [
      { seed: 0, plan: everyChapter, choices: [] },
      { seed: 12345, plan: everyChapter, choices: decisions.slice(0, 5).map((d) => d.historical) },
      { seed: 262143, plan: everyChapter, choices: lastOptions },
      { seed: 77, plan: ['ch01', 'ch04'], choices: ['accuse'] },
    ];
    for (const run of runs) expect(decodeResumeCode(campaign, encode(run))).toEqual({ ok: true, value: run });
  });

  it('round-trip any run of the game', () => {
    fc.assert(
      fc.property(runOf(campaign), (run) => {
        expect(decodeResumeCode(campaign, encode(run))).toEqual({ ok: true, value: run });
      }),
    );
  });

  it('have room for 16 chapters and 30 decisions and more, growing only as a run needs', () => {
    fc.assert(
      fc.property(runOf(largeCampaign), (run) => {
        const code = encode(run, largeCampaign);
        expect(decodeResumeCode(largeCampaign, code)).toEqual({ ok: true, value: run });
        // 18 bits of seed, 16 of chapters, at most 2 per choice and 2 more for how many there are.
        const bits = 18 + 16 + 2 * run.choices.length + 2;
        expect(code.length).toBeLessThanOrEqual(Math.max(13, 2 + Math.ceil(bits / 5)));
      }),
    );
    const longest = largeCampaign.scenario.chapters.flatMap((id) => largeCampaign.chapters[id]!.decisions);
    expect(longest.length).toBeGreaterThanOrEqual(30);
    const plan = [...largeCampaign.scenario.chapters];
    const code = encode(
      { seed: 2 ** 18 - 1, plan, choices: longest.map((d) => d.options.at(-1)!.id) },
      largeCampaign,
    );
    expect(code.length).toBeLessThanOrEqual(21);
  });

  it('refuse every single substitution and every swap of neighbours, on any run', () => {
    for (const on of [campaign, largeCampaign]) {
      fc.assert(
        fc.property(runOf(on), (run) => {
          for (const typo of typosOf(encode(run, on), CODE_ALPHABET)) {
            expect(decodeResumeCode(on, typo).ok, typo).toBe(false);
          }
        }),
        { numRuns: 60 },
      );
    }
  }, 30_000);

  it('let no typo through on a sample of real codes (every run up to three choices, several seeds)', () => {
    let typos = 0;
    let accepted = 0;
    for (const seed of [0, 1, 1234, 2 ** 18 - 1]) {
      for (const run of [...runsUpTo(3, seed), { seed, plan: everyChapter, choices: lastOptions }]) {
        for (const typo of typosOf(encode(run), CODE_ALPHABET)) {
          typos++;
          if (decodeResumeCode(campaign, typo).ok) accepted++;
        }
      }
    }
    expect(typos).toBeGreaterThan(100_000);
    expect(accepted).toBe(0);
  }, 30_000);

  it('accept the code typed loosely: case, spaces, dashes and look-alike letters', () => {
    const spellings: Record<string, string[]> = {
      '0': ['0', 'o', 'O', 'О', 'о'],
      '1': ['1', 'i', 'I', 'l', 'L', 'ı', 'İ'],
      A: ['A', 'a', 'А', 'а'],
      B: ['B', 'b', 'В', 'в'],
      C: ['C', 'c', 'С', 'с'],
      E: ['E', 'e', 'Е', 'е'],
      H: ['H', 'h', 'Н', 'н'],
      K: ['K', 'k', 'К', 'к'],
      M: ['M', 'm', 'М', 'м'],
      P: ['P', 'p', 'Р', 'р'],
      T: ['T', 't', 'Т', 'т'],
      X: ['X', 'x', 'Х', 'х'],
    };
    const spelled = (code: string) =>
      fc
        .tuple(
          ...[...code].map((symbol) =>
            fc.constantFrom(...(spellings[symbol] ?? [symbol, symbol.toLowerCase()])),
          ),
        )
        .chain((letters) =>
          fc
            .array(fc.constantFrom('', ' ', '-', ' - ', '–'), {
              minLength: letters.length,
              maxLength: letters.length,
            })
            .map((gaps) => letters.map((letter, index) => letter + gaps[index]).join('')),
        );
    fc.assert(
      fc.property(
        runOf(campaign).chain((run) => spelled(encode(run)).map((typed) => ({ run, typed }))),
        ({ run, typed }) => {
          expect(decodeResumeCode(campaign, typed)).toEqual({ ok: true, value: run });
        },
      ),
    );
  });

  it('refuse a wrong length and foreign characters as not a code', () => {
    const code = encode({ seed: 99, plan: everyChapter, choices: lastOptions });
    for (const typed of [code.slice(0, 11), `${code.slice(0, 12)}!`, `${code.slice(0, 12)}U`, '']) {
      expect(decodeResumeCode(campaign, typed)).toEqual({ ok: false, error: { kind: 'malformed' } });
    }
  });

  it('name the version of a code from a newer game', () => {
    const data = `3${encode({ seed: 5, plan: everyChapter, choices: [] }).slice(1, -1)}`;
    expect(decodeResumeCode(campaign, data + checkSymbol(data, contentSalt(scenario)))).toEqual({
      ok: false,
      error: { kind: 'unknown-version', version: '3' },
    });
  });

  it('refuse a code made for other content instead of restoring a wrong run', () => {
    const code = encode({ seed: 5, plan: everyChapter, choices: lastOptions });
    const newer: Campaign = { ...campaign, scenario: { ...scenario, version: scenario.version + 1 } };
    expect(decodeResumeCode(newer, code)).toEqual({ ok: false, error: { kind: 'mistyped' } });
  });

  it('say a run no longer fits when its chapters lost a decision', () => {
    const code = encode({ seed: 5, plan: everyChapter, choices: lastOptions });
    const last = scenario.chapters.at(-1)!;
    const shorter: Campaign = {
      ...campaign,
      chapters: { ...campaign.chapters, [last]: { ...campaign.chapters[last]!, decisions: [] } },
    };
    expect(decodeResumeCode(shorter, code)).toEqual({ ok: false, error: { kind: 'unplayable', version: 2 } });
  });

  it('give no code for a run that does not fit, rather than a wrong one', () => {
    for (const run of [
      { seed: 2 ** 18, plan: everyChapter, choices: [] },
      { seed: -1, plan: everyChapter, choices: [] },
      { seed: 1, plan: everyChapter, choices: ['no-such'] },
      { seed: 1, plan: ['ch02', 'ch01'], choices: [] },
      { seed: 1, plan: ['ch01', 'ch01'], choices: [] },
      { seed: 1, plan: ['ch08'], choices: [...lastOptions.slice(-1), 'one-too-many'] },
    ]) {
      expect(encodeResumeCode(campaign, run), JSON.stringify(run)).toBeNull();
    }
  });

  it('are shown in groups of three, a last lone symbol joining the group before it', () => {
    expect(formatResumeCode('2ABCDEFGHJKMN')).toBe('2AB-CDE-FGH-JKMN');
    expect(formatResumeCode('2ABCDEFGHJKMNP')).toBe('2AB-CDE-FGH-JKM-NP');
    expect(formatResumeCode('0000064G0072')).toBe('000-006-4G0-072');
  });
});

describe('the check symbol', () => {
  // The check is linear over GF(32): a typo is missed exactly when the difference it makes checks out on its own.
  // So trying each difference a substitution or a swap can make, at every place of every length, is a proof.
  it('catches every substitution and every swap of neighbours at every place of every length', () => {
    for (let length = 13; length <= 40; length++) {
      for (let place = 0; place < length; place++) {
        for (const difference of CODE_ALPHABET.slice(1)) {
          const changed = (places: number[]) =>
            [...'0'.repeat(length)].map((symbol, at) => (places.includes(at) ? difference : symbol)).join('');
          expect(checksOut(changed([place]), 0)).toBe(false);
          if (place + 1 < length) expect(checksOut(changed([place, place + 1]), 0)).toBe(false);
        }
      }
    }
    const code = `2${'0'.repeat(11)}`;
    const checks = new Set(Array.from({ length: 32 }, (_, salt) => checkSymbol(code, salt)));
    expect(checks.size).toBe(32);
  }, 30_000);
});

describe('version 1 codes, written down before version 2', () => {
  const v1 = [
    { code: '000027ZR16JD', run: { seed: 1234, plan: everyChapter, choices: ['agreed-exit'] } },
    { code: 'ZZZZZKZY3A00', run: { seed: 200000, plan: everyChapter, choices: lastOptions } },
    { code: '0000044G02DC', run: { seed: 77, plan: ['ch01', 'ch04'], choices: ['accuse'] } },
    { code: '000-006-4G0-072', run: { seed: 7, plan: ['ch01', 'ch04', 'ch08'], choices: ['accuse'] } },
    {
      code: '0003JFZR001S',
      run: { seed: 1, plan: everyChapter, choices: ['agreed-exit', 'accept', 'legal-case'] },
    },
  ];

  it('still restore their runs', () => {
    for (const { code, run } of v1)
      expect(decodeResumeCode(campaign, code)).toEqual({ ok: true, value: run });
  });

  it('are refused with their version named when their run no longer fits', () => {
    const shorter: Campaign = {
      ...campaign,
      chapters: { ...campaign.chapters, ch08: { ...campaign.chapters.ch08!, decisions: [] } },
    };
    expect(decodeResumeCode(shorter, 'ZZZZZKZY3A00')).toEqual({
      ok: false,
      error: { kind: 'unplayable', version: 1 },
    });
  });

  it('are never made any more', () => {
    for (const { run } of v1) expect(encode(run)[0]).toBe(CODE_VERSION);
  });
});
