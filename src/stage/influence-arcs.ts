import type Phaser from 'phaser';
import { STAGE } from './palette';

export interface Point {
  x: number;
  y: number;
}

/** The points an arc is drawn through: enough for a smooth curve at any zoom the stage uses. */
export const ARC_SEGMENTS = 32;

/** A point on the quadratic curve from `from` to `to`, bowed sideways by `bow` of its length. */
export function arcPoint(from: Point, to: Point, bow: number, t: number): Point {
  const mid = { x: (from.x + to.x) / 2, y: (from.y + to.y) / 2 };
  const dx = to.x - from.x;
  const dy = to.y - from.y;
  const control = { x: mid.x - dy * bow, y: mid.y + dx * bow };
  const u = 1 - t;
  return {
    x: u * u * from.x + 2 * u * t * control.x + t * t * to.x,
    y: u * u * from.y + 2 * u * t * control.y + t * t * to.y,
  };
}

/** The arc's points, computed once: places do not move, so redrawing an arc allocates nothing. */
export function arcPoints(from: Point, to: Point, bow: number): Point[] {
  return Array.from({ length: ARC_SEGMENTS + 1 }, (_, i) => arcPoint(from, to, bow, i / ARC_SEGMENTS));
}

/** The weight of a power's arc, in map units, from its meter (0–100): a hairline at 0, 11 at 100. */
export function arcWidth(value: number): number {
  const clamped = Math.min(100, Math.max(0, value));
  return 1 + clamped / 10;
}

/** Draws a power's pull on Baku as a curve whose weight and strength follow the meter (0–100). */
export function drawInfluenceArc(
  g: Phaser.GameObjects.Graphics,
  points: Phaser.Math.Vector2[],
  colour: number,
  value: number,
): void {
  const width = arcWidth(value);
  g.lineStyle(width + 3, STAGE.night, 0.55);
  g.strokePoints(points, false);
  g.lineStyle(width, colour, 0.55 + (Math.min(100, Math.max(0, value)) / 100) * 0.4);
  g.strokePoints(points, false);
}
