import { describe, expect, it } from 'vitest';
import { focusFrame } from '../../../src/stage/map-camera';
import { MAP_HEIGHT, MAP_WIDTH } from '../../../src/stage/region-projection';

describe('the map camera’s frame', () => {
  it('shows the whole region when nothing is focused', () => {
    const frame = focusFrame([], true, { width: MAP_WIDTH / 2, height: MAP_HEIGHT / 2 });
    expect(frame.centre).toEqual({ x: MAP_WIDTH / 2, y: MAP_HEIGHT / 2 });
    expect(frame.zoom).toBeCloseTo(0.5);
  });

  it('centres on the focused places with room around them', () => {
    const frame = focusFrame(
      [
        { x: 400, y: 300 },
        { x: 500, y: 340 },
      ],
      false,
      { width: 560, height: 480 },
    );
    expect(frame.centre).toEqual({ x: 450, y: 320 });
    // The box is 100 + 2·90 wide and 40 + 2·90 tall: the width sets the zoom.
    expect(frame.zoom).toBeCloseTo(2);
  });

  it('zooms no further in than four times, even on a single place', () => {
    expect(focusFrame([{ x: 10, y: 10 }], false, { width: 4000, height: 4000 }).zoom).toBe(4);
    expect(focusFrame([], true, { width: 1, height: 1 }).zoom).toBe(0.2);
  });
});
