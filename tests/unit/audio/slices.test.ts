import { describe, expect, it } from 'vitest';
import { runInSlices } from '../../../src/audio/slices';

function* countTo(n: number, trace: number[]): Generator<void, string> {
  for (let i = 1; i <= n; i++) {
    trace.push(i);
    yield;
  }
  return 'done';
}

describe('runInSlices', () => {
  it('hands the thread back between slices, before the first one too, and returns the result', async () => {
    const trace: number[] = [];
    const pauses: number[] = [];
    const pause = () => {
      pauses.push(trace.length);
      return Promise.resolve();
    };
    // A budget of zero lets exactly one step run per slice.
    const result = await runInSlices(countTo(3, trace), { budgetMs: 0, pause });
    expect(result).toBe('done');
    expect(trace).toEqual([1, 2, 3]);
    expect(pauses).toEqual([0, 1, 2, 3]);
  });

  it('does no work inside the call that starts it', () => {
    const trace: number[] = [];
    void runInSlices(countTo(3, trace));
    expect(trace).toEqual([]);
  });

  it('runs many steps in one slice when the budget allows', async () => {
    const trace: number[] = [];
    let pauses = 0;
    const pause = () => {
      pauses++;
      return Promise.resolve();
    };
    await runInSlices(countTo(50, trace), { budgetMs: 60_000, pause });
    expect(trace).toHaveLength(50);
    expect(pauses).toBe(1);
  });
});
