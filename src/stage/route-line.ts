import Phaser from 'phaser';
import type { Point } from './influence-arcs';
import { STAGE } from './palette';

const DASH = 6;
const DASH_STEP = 10;

/** Draws a dashed route through the points, the first `progress` (0–1) of it. */
export function drawRoute(g: Phaser.GameObjects.Graphics, points: readonly Point[], progress: number): void {
  g.clear();
  if (points.length < 2) return;
  const segments = points.length - 1;
  const reach = progress * segments;
  g.lineStyle(2.5, STAGE.route, 0.95);
  for (let i = 0; i < segments; i++) {
    const share = Phaser.Math.Clamp(reach - i, 0, 1);
    if (share <= 0) break;
    const a = points[i]!;
    const b = points[i + 1]!;
    const length = Math.hypot(b.x - a.x, b.y - a.y);
    for (let d = 0; d < length * share; d += DASH_STEP) {
      const t1 = d / length;
      const t2 = Math.min(share, (d + DASH) / length);
      g.lineBetween(
        a.x + (b.x - a.x) * t1,
        a.y + (b.y - a.y) * t1,
        a.x + (b.x - a.x) * t2,
        a.y + (b.y - a.y) * t2,
      );
    }
  }
}
