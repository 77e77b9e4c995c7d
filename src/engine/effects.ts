import type { Effect } from '../content/schema';
import { rollSpread } from './rng';
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
    const { roll, rngState: afterRoll } = rollSpread(rngState, effect.spread);
    rngState = afterRoll;
    const to = clampMeter(from + effect.delta + roll);
    next[effect.meter] = to;
    changes.push({ meter: effect.meter, delta: to - from, from, to, reason: effect.reason, cause });
  }
  return { meters: next, rng: rngState, changes };
}
