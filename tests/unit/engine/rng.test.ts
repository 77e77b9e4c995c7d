import { describe, expect, it } from 'vitest';
import { nextRandom, rollSpread } from '../../../src/engine/rng';

describe('seeded random numbers', () => {
  it('gives the same sequence for the same seed and stays in [0, 1)', () => {
    const sequence = (seed: number) => {
      const values: number[] = [];
      let state = seed;
      for (let i = 0; i < 100; i++) {
        const next = nextRandom(state);
        values.push(next.value);
        state = next.rngState;
      }
      return values;
    };
    expect(sequence(123)).toEqual(sequence(123));
    expect(sequence(123)).not.toEqual(sequence(124));
    expect(sequence(5).every((v) => v >= 0 && v < 1)).toBe(true);
  });

  it('rolls spreads within bounds and covers both ends', () => {
    const rolls = new Set<number>();
    let state = 99;
    for (let i = 0; i < 500; i++) {
      const { roll, rngState } = rollSpread(state, 2);
      rolls.add(roll);
      state = rngState;
    }
    expect([...rolls].sort()).toEqual([-1, -2, 0, 1, 2].sort());
  });

  it('consumes no randomness when there is no spread', () => {
    expect(rollSpread(77, 0)).toEqual({ roll: 0, rngState: 77 });
  });
});
