import type Phaser from 'phaser';

/** Phaser's Graphics accepts any {x, y} points at run time; its type declarations ask for Vector2. */
export const asVectors = (points: readonly { x: number; y: number }[]): Phaser.Math.Vector2[] =>
  points as unknown as Phaser.Math.Vector2[];
