import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { applyChoice, newRun, replay, replaySteps, runRecordOf, type GameState } from '../../../src/engine';
import { currentPlace } from '../../../src/engine/position';
import { fixtureCampaign as campaign } from './fixture';

const optionIndexes = fc.array(fc.nat(3), { minLength: 0, maxLength: 3 });

function playByIndexes(seed: number, indexes: number[]): GameState {
  let state = newRun(campaign, seed);
  for (const index of indexes) {
    const place = currentPlace(state, campaign);
    if (place.kind !== 'decision') break;
    const option = place.decision.options[index % place.decision.options.length]!;
    const outcome = applyChoice(state, campaign, option.id);
    if (!outcome.ok) throw new Error(outcome.error.kind);
    state = outcome.value.state;
  }
  return state;
}

describe('replay', () => {
  it('equals playing step by step, for any seed and any choices', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 0xffffffff }), optionIndexes, (seed, indexes) => {
        const played = playByIndexes(seed, indexes);
        expect(replay(campaign, runRecordOf(played))).toEqual({ ok: true, value: played });
      }),
    );
  });

  it('is deterministic: the same seed and choices give the same run', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 0xffffffff }), optionIndexes, (seed, indexes) => {
        expect(playByIndexes(seed, indexes)).toEqual(playByIndexes(seed, indexes));
      }),
    );
  });

  it('keeps every meter within 0–100 on any run', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 0xffffffff }), optionIndexes, (seed, indexes) => {
        const state = playByIndexes(seed, indexes);
        for (const value of Object.values(state.meters)) {
          expect(value).toBeGreaterThanOrEqual(0);
          expect(value).toBeLessThanOrEqual(100);
          expect(Number.isInteger(value)).toBe(true);
        }
      }),
    );
  });

  it('names the first choice that cannot be played', () => {
    const result = replay(campaign, { seed: 1, plan: ['one', 'two'], choices: ['wait', 'nonsense', 'wait'] });
    expect(result).toEqual({
      ok: false,
      error: { index: 1, cause: { kind: 'unknown-option', option: 'nonsense', decision: 'd2' } },
    });
  });

  it('returns every intermediate step, for charts and reports', () => {
    const result = replaySteps(campaign, {
      seed: 5,
      plan: ['one', 'two'],
      choices: ['wait', 'confront', 'conciliate'],
    });
    expect(result.ok && result.value.steps.map((s) => s.state.history.length)).toEqual([1, 2, 3]);
  });

  it('plays only the chapters in the plan', () => {
    const state = newRun(campaign, 1, ['two']);
    const outcome = applyChoice(state, campaign, 'wait');
    expect(outcome.ok && outcome.value.state.history[0]?.chapter).toBe('two');
    expect(outcome.ok && outcome.value.state.finished).toBe(true);
  });
});
