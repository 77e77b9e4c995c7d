import type { Effect } from '../content/schema';
import { nextRandom, rollSpread } from './rng';
import type { ChangeCause, MeterChange } from './types';

export const METER_MIN = 0;
export const METER_MAX = 100;

export const clampMeter = (value: number): number => Math.min(METER_MAX, Math.max(METER_MIN, value));

export interface EffectsApplied {
  meters: Record<string, number>;
  rng: number;
  changes: MeterChange[];
  unknownMeter?: string;
}

/** Draws whether an effect with a `chance` applies; an effect without one always applies and draws nothing. */
function drawChance(rngState: number, chance: number | undefined): { happened: boolean; rngState: number } {
  if (chance === undefined) return { happened: true, rngState };
  const { value, rngState: next } = nextRandom(rngState);
  return { happened: value < chance, rngState: next };
}

/**
 * Applies effects in order. An uncertain effect draws its chance first and, only when it happens, its spread; one
 * that does not happen leaves its meter as it was and is still reported, with `chance.happened` false.
 */
export function applyEffects(
  meters: Readonly<Record<string, number>>,
  rng: number,
  effects: readonly Effect[],
  cause: ChangeCause,
): EffectsApplied {
  const next = { ...meters };
  const changes: MeterChange[] = [];
  let rngState = rng;
  for (const effect of effects) {
    const from = next[effect.meter];
    if (from === undefined) return { meters: next, rng: rngState, changes, unknownMeter: effect.meter };
    const drawn = drawChance(rngState, effect.chance);
    rngState = drawn.rngState;
    const chance =
      effect.chance === undefined
        ? {}
        : { chance: { probability: effect.chance, happened: drawn.happened, planned: effect.delta } };
    if (!drawn.happened) {
      changes.push({
        meter: effect.meter,
        delta: 0,
        from,
        to: from,
        reason: effect.reason,
        cause,
        ...chance,
      });
      continue;
    }
    const { roll, rngState: afterRoll } = rollSpread(rngState, effect.spread);
    rngState = afterRoll;
    const to = clampMeter(from + effect.delta + roll);
    next[effect.meter] = to;
    changes.push({
      meter: effect.meter,
      delta: to - from,
      from,
      to,
      reason: effect.reason,
      cause,
      ...chance,
    });
  }
  return { meters: next, rng: rngState, changes };
}
