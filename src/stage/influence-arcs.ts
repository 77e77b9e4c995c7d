import { asVectors } from './points';
import type Phaser from 'phaser';
import { hexToNumber } from './palette';

export interface Point {
  x: number;
  y: number;
}

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

/** Draws a power's pull on Baku as a curve whose weight follows the meter (0–100). */
export function drawInfluenceArc(
  g: Phaser.GameObjects.Graphics,
  from: Point,
  to: Point,
  colour: string,
  value: number,
  bow: number,
): void {
  const width = 1.5 + (value / 100) * 7;
  const points = Array.from({ length: 33 }, (_, i) => arcPoint(from, to, bow, i / 32));
  g.lineStyle(width + 3, 0x0f1720, 0.55);
  g.strokePoints(asVectors(points), false);
  g.lineStyle(width, hexToNumber(colour), 0.55 + (value / 100) * 0.4);
  g.strokePoints(asVectors(points), false);
}
