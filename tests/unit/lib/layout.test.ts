import { describe, expect, it } from 'vitest';
import { computeLayout, TOPBAR_HEIGHT, type Rect } from '../../../src/lib/layout';

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
    // A phone's stage shows once the strip is opened; elsewhere it always shows.
    const layout = computeLayout(width, height, true);
    expect(layout.mode).toBe(mode);
    expect(layout.stageShown).toBe(true);
    for (const rect of [layout.map, layout.meters, layout.card])
      expect(inside(rect, width, height)).toBe(true);
    expect(overlap(layout.card, layout.meters)).toBe(false);
    expect(overlap(layout.card, layout.map)).toBe(false);
    expect(layout.map.y).toBeGreaterThanOrEqual(TOPBAR_HEIGHT);
  });

  it.each([
    [1920, 1080, false],
    [1280, 720, false],
    [1280, 720, true],
    [390, 844, false],
    [768, 1024, false],
  ] as const)(
    'at %i×%i (projector %s) the stage box holds the map and meters and leaves the card out',
    (width, height, projector) => {
      const layout = computeLayout(width, height, true, projector);
      const holds = (outer: Rect, inner: Rect) =>
        inner.x >= outer.x &&
        inner.y >= outer.y &&
        inner.x + inner.width <= outer.x + outer.width &&
        inner.y + inner.height <= outer.y + outer.height;
      expect(holds(layout.stage, layout.map)).toBe(true);
      expect(holds(layout.stage, layout.meters)).toBe(true);
      expect(overlap(layout.stage, layout.card)).toBe(false);
      expect(inside(layout.stage, width, height)).toBe(true);
      // No more canvas than the map and meters need: at most the box around them.
      const right = Math.max(layout.map.x + layout.map.width, layout.meters.x + layout.meters.width);
      const bottom = Math.max(layout.map.y + layout.map.height, layout.meters.y + layout.meters.height);
      expect(layout.stage.width * layout.stage.height).toBeLessThanOrEqual(right * (bottom - layout.stage.y));
    },
  );

  it('folds a phone’s stage into a strip of at most 15% of the screen, and gives the card at least 70%', () => {
    const folded = computeLayout(390, 844);
    expect(folded.stageShown).toBe(false);
    expect(folded.strip).not.toBeNull();
    expect(folded.strip!.y).toBe(TOPBAR_HEIGHT);
    expect(folded.strip!.height).toBeLessThanOrEqual(844 * 0.15);
    expect(folded.card.height).toBeGreaterThanOrEqual(844 * 0.7);
    expect(overlap(folded.card, folded.strip!)).toBe(false);
    expect(inside(folded.card, 390, 844)).toBe(true);
    const open = computeLayout(390, 844, true);
    expect(overlap(open.strip!, open.map)).toBe(false);
    expect(open.map).toEqual(folded.map);
  });

  it('has no strip where there is room for the stage', () => {
    for (const [width, height] of [
      [1280, 720],
      [768, 1024],
    ] as const) {
      expect(computeLayout(width, height).strip).toBeNull();
      expect(computeLayout(width, height).stageShown).toBe(true);
    }
  });

  it('leaves the map out on a short screen, such as a phone zoomed to 200%, so the card keeps its room', () => {
    const zoomed = computeLayout(195, 422, true);
    expect(zoomed.map.height).toBe(0);
    expect(zoomed.card.height).toBeGreaterThan(422 * 0.4);
    expect(overlap(zoomed.card, zoomed.meters)).toBe(false);
    expect(inside(zoomed.card, 195, 422)).toBe(true);
    expect(computeLayout(195, 422).card.height).toBeGreaterThan(422 * 0.6);
    expect(computeLayout(390, 844).map.height).toBeGreaterThan(0);
  });

  it('keeps the card wide enough to read on a laptop and tall enough on a phone', () => {
    expect(computeLayout(1280, 720).card.width).toBeGreaterThanOrEqual(440);
    expect(computeLayout(390, 844).card.height).toBeGreaterThan(844 * 0.7);
  });

  it('gives a projector a card in proportion to the screen, for the class’s large type, and wider meter cells', () => {
    for (const [width, height] of [
      [1920, 1080],
      [1280, 720],
    ] as const) {
      const projector = computeLayout(width, height, false, true);
      expect(projector.card.width).toBeGreaterThan(computeLayout(width, height).card.width);
      expect(projector.card.width / width).toBeCloseTo(0.64, 2);
      expect(projector.meterColumns).toBe(2);
      expect(inside(projector.card, width, height)).toBe(true);
      expect(overlap(projector.card, projector.meters)).toBe(false);
      expect(overlap(projector.card, projector.map)).toBe(false);
    }
  });
});
