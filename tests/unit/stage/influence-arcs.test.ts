import { describe, expect, it } from 'vitest';
import { ARC_SEGMENTS, arcPoint, arcPoints, arcWidth } from '../../../src/stage/influence-arcs';

describe('an influence arc’s width', () => {
  it('grows with the meter, from a hairline to a heavy stroke', () => {
    expect(arcWidth(0)).toBe(1);
    expect(arcWidth(100)).toBe(11);
    expect(arcWidth(60)).toBeGreaterThan(arcWidth(53));
    expect(arcWidth(53)).toBeGreaterThan(arcWidth(35));
  });

  it('shows a change of a few points as a visible change of weight', () => {
    expect(arcWidth(67) - arcWidth(60)).toBeCloseTo(0.7);
  });

  it('stays within its range for values outside 0–100', () => {
    expect(arcWidth(-5)).toBe(arcWidth(0));
    expect(arcWidth(140)).toBe(arcWidth(100));
  });
});

describe('an influence arc’s points', () => {
  const from = { x: 0, y: 0 };
  const to = { x: 100, y: 0 };

  it('run from the power to Baku', () => {
    const points = arcPoints(from, to, 0.2);
    expect(points).toHaveLength(ARC_SEGMENTS + 1);
    expect(points[0]).toEqual(from);
    expect(points.at(-1)).toEqual(to);
  });

  it('bow to one side by the bow given', () => {
    expect(arcPoint(from, to, 0.2, 0.5).y).toBeCloseTo(10);
    expect(arcPoint(from, to, -0.2, 0.5).y).toBeCloseTo(-10);
  });
});
