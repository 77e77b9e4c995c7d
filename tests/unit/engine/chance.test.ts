import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Effect } from '../../../src/content/schema';
import {
  applyChoice,
  decodeSave,
  encodeSave,
  newRun,
  replay,
  replaySteps,
  type Campaign,
  type GameState,
} from '../../../src/engine';
import { applyEffects } from '../../../src/engine/effects';
import { fixtureCampaign, fixtureScenario } from './fixture';

/** The fixture with one uncertain effect on `conciliate`: Moscow may also cut the economy, with a 40% chance. */
function withChance(chance: number, spread = 0): Campaign {
  const campaign = structuredClone(fixtureCampaign) as Campaign;
  for (const chapter of Object.values(campaign.chapters)) {
    for (const decision of chapter.decisions) {
      const conciliate = decision.options.find((option) => option.id === 'conciliate')!;
      conciliate.effects.push(
        Effect.parse({ meter: 'economy', delta: -10, spread, chance, reason: 't:maybe' }),
      );
    }
  }
  return campaign;
}

const cause = { kind: 'option', option: 'x' } as const;
const meters = { economy: 50, russia: 50 };

describe('an uncertain effect', () => {
  it('is refused outside 5–95%', () => {
    for (const chance of [0, 0.04, 0.96, 1])
      expect(Effect.safeParse({ meter: 'economy', delta: -3, chance, reason: 't:r' }).success).toBe(false);
    for (const chance of [0.05, 0.5, 0.95])
      expect(Effect.safeParse({ meter: 'economy', delta: -3, chance, reason: 't:r' }).success).toBe(true);
  });

  it('applies or not as the seeded draw says, records which, and advances the random source either way', () => {
    const effect = Effect.parse({ meter: 'economy', delta: -10, chance: 0.4, reason: 't:r' });
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 0xffffffff }), (rng) => {
        const applied = applyEffects(meters, rng, [effect], cause);
        const [change] = applied.changes;
        expect(applied.rng).not.toBe(rng);
        expect(change!.chance).toEqual({ probability: 0.4, happened: change!.delta !== 0, planned: -10 });
        expect(change!.to).toBe(applied.meters.economy);
        expect(applied.meters.economy).toBe(change!.chance!.happened ? 40 : 50);
        expect(applyEffects(meters, rng, [effect], cause)).toEqual(applied);
      }),
    );
  });

  it('happens about as often as its probability says, over many seeds', () => {
    for (const probability of [0.1, 0.5, 0.9]) {
      const effect = Effect.parse({ meter: 'economy', delta: -10, chance: probability, reason: 't:r' });
      let happened = 0;
      for (let rng = 0; rng < 4000; rng++)
        if (applyEffects(meters, rng * 2654435761, [effect], cause).changes[0]!.chance!.happened) happened++;
      expect(happened / 4000).toBeGreaterThan(probability - 0.04);
      expect(happened / 4000).toBeLessThan(probability + 0.04);
    }
  });

  it('keeps its spread when it happens', () => {
    const effect = Effect.parse({ meter: 'economy', delta: -10, spread: 3, chance: 0.95, reason: 't:r' });
    const deltas = new Set<number>();
    for (let rng = 0; rng < 500; rng++) {
      const change = applyEffects(meters, rng * 7919, [effect], cause).changes[0]!;
      if (change.chance!.happened) deltas.add(change.delta);
    }
    expect([...deltas].sort((a, b) => a - b)).toEqual([-13, -12, -11, -10, -9, -8, -7]);
  });

  it('leaves effects without a chance drawing exactly as before', () => {
    const plain = Effect.parse({ meter: 'economy', delta: -4, reason: 't:r' });
    const applied = applyEffects(meters, 123, [plain], cause);
    expect(applied.rng).toBe(123);
    expect(applied.changes[0]).not.toHaveProperty('chance');
  });
});

describe('a run with uncertain effects', () => {
  const campaign = withChance(0.4, 2);
  const indexes = fc.array(fc.nat(2), { minLength: 3, maxLength: 3 });
  const play = (seed: number, picks: number[]): GameState => {
    let state = newRun(campaign, seed);
    for (const pick of picks) {
      const outcome = applyChoice(state, campaign, ['confront', 'conciliate', 'wait'][pick]!);
      if (!outcome.ok) throw new Error(outcome.error.kind);
      state = outcome.value.state;
    }
    return state;
  };

  it('replays to the same state and the same draws from its seed and choices', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 0xffffffff }), indexes, (seed, picks) => {
        const state = play(seed, picks);
        const run = { seed, plan: state.plan, choices: state.history.map((c) => c.option) };
        expect(replay(campaign, run)).toEqual({ ok: true, value: state });
        const again = replaySteps(campaign, run);
        expect(replaySteps(campaign, run)).toEqual(again);
      }),
    );
  });

  it('sometimes happens and sometimes not for the same choices, depending on the seed', () => {
    const outcomes = new Set<boolean>();
    for (let seed = 1; seed <= 40; seed++) {
      const steps = replaySteps(campaign, { seed, plan: ['one', 'two'], choices: ['conciliate'] });
      if (!steps.ok) throw new Error('replay failed');
      const change = steps.value.steps[0]!.changes.find((c) => c.chance);
      outcomes.add(change!.chance!.happened);
    }
    expect(outcomes).toEqual(new Set([true, false]));
  });

  it('saves as before: a save holds seed and choices only, and loads back to the same run', () => {
    const state = play(99, [1, 1, 0]);
    const decoded = decodeSave(encodeSave(state, fixtureScenario), fixtureScenario);
    if (!decoded.ok) throw new Error(decoded.error.kind);
    expect(replay(campaign, decoded.value)).toEqual({ ok: true, value: state });
  });
});
