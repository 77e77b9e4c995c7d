import { describe, expect, it } from 'vitest';
import { computeLayout, TOPBAR_HEIGHT, type Rect } from '../../../src/ui/layout';

const inside = (rect: Rect, width: number, height: number) =>
  rect.x >= 0 && rect.y >= 0 && rect.x + rect.width <= width && rect.y + rect.height <= height;
const overlap = (a: Rect, b: Rect) =>
  a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

describe('layout', () => {
  it.each([
    [1920, 1080, 'wide'],
    [1280, 720, 'wide'],
    [1366, 768, 'wide'],
    [390, 844, 'tall'],
    [768, 1024, 'tall'],
  ] as const)('at %i×%i it is %s, with map, meters and card on screen and apart', (width, height, mode) => {
    const layout = computeLayout(width, height);
    expect(layout.mode).toBe(mode);
    for (const rect of [layout.map, layout.meters, layout.card])
      expect(inside(rect, width, height)).toBe(true);
    expect(overlap(layout.card, layout.meters)).toBe(false);
    expect(overlap(layout.card, layout.map)).toBe(false);
    expect(layout.map.y).toBeGreaterThanOrEqual(TOPBAR_HEIGHT);
  });

  it('leaves the map out on a short screen, such as a phone zoomed to 200%, so the card keeps its room', () => {
    const zoomed = computeLayout(195, 422);
    expect(zoomed.map.height).toBe(0);
    expect(zoomed.card.height).toBeGreaterThan(422 * 0.4);
    expect(overlap(zoomed.card, zoomed.meters)).toBe(false);
    expect(inside(zoomed.card, 195, 422)).toBe(true);
    expect(computeLayout(390, 844).map.height).toBeGreaterThan(0);
  });

  it('keeps the card wide enough to read on a laptop and tall enough on a phone', () => {
    expect(computeLayout(1280, 720).card.width).toBeGreaterThanOrEqual(440);
    expect(computeLayout(390, 844).card.height).toBeGreaterThan(844 * 0.45);
  });
});
