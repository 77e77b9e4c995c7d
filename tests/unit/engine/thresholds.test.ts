import { describe, expect, it } from 'vitest';
import { thresholdCrossings, type MeterChange } from '../../../src/engine';
import { textKey } from '../support/text-key';

const scenario = {
  thresholds: { dependence: 85, collapse: 15 },
  meters: [
    { id: 'russia', kind: 'power' },
    { id: 'west', kind: 'power' },
    { id: 'economy', kind: 'stake' },
    { id: 'peace', kind: 'stake' },
  ],
} as unknown as Parameters<typeof thresholdCrossings>[0];

const change = (meter: string, from: number, to: number, rule = false): MeterChange => ({
  meter,
  delta: to - from,
  from,
  to,
  reason: textKey('x:reason'),
  cause: rule ? { kind: 'rule', rule: 'x', actor: 'moscow' } : { kind: 'option', option: 'o' },
});

describe('thresholdCrossings', () => {
  it('finds a power reaching the dependence line, the line itself included', () => {
    expect(thresholdCrossings(scenario, [change('russia', 80, 85)])).toEqual([
      { meter: 'russia', kind: 'dependence', line: 85, from: 80, to: 85 },
    ]);
  });

  it('finds a stake falling to the collapse line or below', () => {
    expect(thresholdCrossings(scenario, [change('economy', 20, 12)])).toEqual([
      { meter: 'economy', kind: 'collapse', line: 15, from: 20, to: 12 },
    ]);
    expect(thresholdCrossings(scenario, [change('peace', 16, 15)])).toHaveLength(1);
  });

  it('ignores a meter already past its line, one that stays short of it, and one moving away', () => {
    expect(
      thresholdCrossings(scenario, [
        change('russia', 86, 90),
        change('west', 70, 84),
        change('economy', 14, 10),
        change('peace', 15, 30),
      ]),
    ).toEqual([]);
  });

  it('does not take a power falling to a low value, or a stake rising high, for a crossing', () => {
    expect(thresholdCrossings(scenario, [change('russia', 30, 10), change('economy', 80, 95)])).toEqual([]);
  });

  it('judges a meter by where the whole choice took it: the option and then the rules', () => {
    expect(thresholdCrossings(scenario, [change('russia', 80, 84), change('russia', 84, 87, true)])).toEqual([
      { meter: 'russia', kind: 'dependence', line: 85, from: 80, to: 87 },
    ]);
    // Past the line and back within the same choice: not crossed.
    expect(thresholdCrossings(scenario, [change('russia', 80, 88), change('russia', 88, 83, true)])).toEqual(
      [],
    );
  });

  it('lists crossings in the meters’ order', () => {
    const found = thresholdCrossings(scenario, [change('economy', 20, 10), change('russia', 80, 90)]);
    expect(found.map((crossing) => crossing.meter)).toEqual(['russia', 'economy']);
  });
});
