import type { Meter } from '../content/schema';
import type { Pen } from './canvas-pen';
import { RUSSIAN_FLAG, STAGE } from './palette';

type Graphics = Pen;

function star(g: Graphics, x: number, y: number, outer: number, inner: number): void {
  const points = Array.from({ length: 10 }, (_, i) => {
    const radius = i % 2 === 0 ? outer : inner;
    const angle = -Math.PI / 2 + (i * Math.PI) / 5;
    return { x: x + Math.cos(angle) * radius, y: y + Math.sin(angle) * radius };
  });
  g.fillPoints(points, true);
}

/** Each meter's emblem, drawn in white on its coloured disc, so the meter reads without its colour. */
const drawers: Record<Meter['glyph'], (g: Graphics, x: number, y: number, r: number, disc: number) => void> =
  {
    tricolour(g, x, y, r) {
      const w = r * 1.3;
      const stripe = r * 0.36;
      RUSSIAN_FLAG.forEach((colour, i) => {
        g.fillStyle(colour, 1);
        g.fillRect(x - w / 2, y - stripe * 1.5 + i * stripe, w, stripe);
      });
      g.lineStyle(1, STAGE.emblem, 1);
      g.strokeRect(x - w / 2, y - stripe * 1.5, w, stripe * 3);
    },
    crescent(g, x, y, r, disc) {
      g.fillStyle(STAGE.emblem, 1);
      g.fillCircle(x - r * 0.12, y, r * 0.6);
      g.fillStyle(disc, 1);
      g.fillCircle(x + r * 0.05, y, r * 0.48);
      g.fillStyle(STAGE.emblem, 1);
      star(g, x + r * 0.42, y, r * 0.22, r * 0.09);
    },
    stars(g, x, y, r) {
      g.fillStyle(STAGE.emblem, 1);
      for (let i = 0; i < 12; i++) {
        const angle = (i * Math.PI) / 6;
        star(g, x + Math.cos(angle) * r * 0.55, y + Math.sin(angle) * r * 0.55, r * 0.13, r * 0.055);
      }
    },
    scales(g, x, y, r) {
      g.lineStyle(Math.max(1.5, r * 0.1), STAGE.emblem, 1);
      g.lineBetween(x, y - r * 0.55, x, y + r * 0.5);
      g.lineBetween(x - r * 0.6, y - r * 0.35, x + r * 0.6, y - r * 0.35);
      g.lineBetween(x - r * 0.3, y + r * 0.5, x + r * 0.3, y + r * 0.5);
      g.fillStyle(STAGE.emblem, 1);
      g.slice(x - r * 0.55, y - r * 0.05, r * 0.25, 0, Math.PI, false);
      g.fillPath();
      g.slice(x + r * 0.55, y - r * 0.05, r * 0.25, 0, Math.PI, false);
      g.fillPath();
    },
    figures(g, x, y, r) {
      g.fillStyle(STAGE.emblem, 1);
      for (const dx of [-0.3, 0.3]) {
        g.fillCircle(x + dx * r, y - r * 0.3, r * 0.17);
        g.fillRoundedRect(x + dx * r - r * 0.2, y - r * 0.08, r * 0.4, r * 0.55, r * 0.12);
      }
    },
    branch(g, x, y, r) {
      g.lineStyle(Math.max(1.5, r * 0.09), STAGE.emblem, 1);
      g.lineBetween(x - r * 0.55, y + r * 0.45, x + r * 0.5, y - r * 0.5);
      g.fillStyle(STAGE.emblem, 1);
      for (const t of [0.2, 0.45, 0.7]) {
        const px = x - r * 0.55 + t * r * 1.05;
        const py = y + r * 0.45 - t * r * 0.95;
        g.fillEllipse(px - r * 0.16, py - r * 0.1, r * 0.3, r * 0.14);
        g.fillEllipse(px + r * 0.12, py + r * 0.12, r * 0.3, r * 0.14);
      }
    },
  };

export function drawEmblem(
  g: Graphics,
  meter: Pick<Meter, 'glyph' | 'colour'>,
  x: number,
  y: number,
  r: number,
): void {
  const disc = Number.parseInt(meter.colour.slice(1), 16);
  g.fillStyle(disc, 1);
  g.fillCircle(x, y, r);
  g.lineStyle(2, STAGE.emblem, 0.85);
  g.strokeCircle(x, y, r);
  drawers[meter.glyph](g, x, y, r, disc);
}
