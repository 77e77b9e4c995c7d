import { describe, expect, it } from 'vitest';
import { fitGaugeName, gaugeBar, gaugeFrame, type NameMeasure } from '../../../src/stage/gauge-layout';
import { stageTextSizes } from '../../../src/stage/text-sizes';

/** Every letter half as wide as the size; a line 1.2 sizes high. */
const measure: NameMeasure = {
  width: (text, size) => Math.ceil(text.length * size * 0.5),
  lineHeight: (size) => size * 1.2,
};
const SOLO = stageTextSizes(false, 720);

describe('a gauge name that must fit its room', () => {
  it('keeps its size when it fits', () => {
    expect(fitGaugeName('Russia', 100, 15, 12, true, measure)).toEqual({
      lines: ['Russia'],
      size: 15,
      wrapped: false,
    });
  });

  it('shrinks a little before anything else', () => {
    // 12 letters: 90 px at 15, 78 at 13.
    expect(fitGaugeName('Peace track!', 80, 15, 12, true, measure)).toEqual({
      lines: ['Peace track!'],
      size: 13,
      wrapped: false,
    });
  });

  it('wraps onto two lines at its smallest size where the cell is roomy', () => {
    const fitted = fitGaugeName('Граждане за рубежом', 70, 15, 12, true, measure);
    expect(fitted.wrapped).toBe(true);
    expect(fitted.size).toBe(12);
    expect(fitted.lines).toEqual(['Граждане за', 'рубежом']);
    for (const line of fitted.lines) expect(measure.width(line, 12)).toBeLessThanOrEqual(70);
  });

  it('in a short cell shrinks to 10 px, then ends in an ellipsis that fits', () => {
    const fitted = fitGaugeName('Xaricdəki vətəndaşlar', 70, 12, 12, false, measure);
    expect(fitted.wrapped).toBe(false);
    expect(fitted.size).toBe(10);
    expect(fitted.lines).toHaveLength(1);
    expect(fitted.lines[0]).toMatch(/…$/);
    expect(measure.width(fitted.lines[0]!, 10)).toBeLessThanOrEqual(70);
  });

  it('leaves the name out where not even a few letters fit', () => {
    expect(fitGaugeName('Economy', 20, 12, 12, false, measure).lines).toEqual([]);
  });

  it('does not wrap a name that would stand taller than the room above the bar', () => {
    const tall: NameMeasure = { ...measure, lineHeight: () => 20 };
    const fitted = fitGaugeName('Citizens living abroad', 70, 15, 12, true, tall);
    expect(fitted.wrapped).toBe(false);
  });
});

describe('a gauge cell', () => {
  it('puts the number on the bar in a narrow or short cell, and leaves the bar room for it', () => {
    expect(gaugeFrame(190, 60, SOLO).valueOnBar).toBe(false);
    expect(gaugeFrame(140, 60, SOLO).valueOnBar).toBe(true);
    expect(gaugeFrame(190, 40, SOLO)).toMatchObject({ compact: true, valueOnBar: true, emblemRadius: 12 });
    const wide = gaugeBar(190, 60, 24);
    const narrow = gaugeBar(140, 60, 24);
    expect(wide.x + wide.width).toBe(190 - 2);
    expect(narrow.x + narrow.width).toBe(140 - 2 - 24 - 6);
  });
});
