import { describe, expect, it } from 'vitest';
import { plotSeries } from '../../../src/ui/chart-geometry';

const box = { width: 600, height: 300, left: 40, right: 120, top: 20, bottom: 30 };

describe('plotSeries', () => {
  it('maps 0–100 onto the plot, first step at the left edge and last at the right', () => {
    const [series] = plotSeries([{ id: 'russia', values: [100, 50, 0] }], box);
    expect(series!.points).toEqual([
      { x: 40, y: 20 },
      { x: 260, y: 145 },
      { x: 480, y: 270 },
    ]);
  });

  it('keeps the end labels at least a line apart when the values end close together', () => {
    const plotted = plotSeries(
      ['a', 'b', 'c', 'd', 'e', 'f'].map((id) => ({ id, values: [50, 51] })),
      box,
    );
    const ys = plotted.map((series) => series.label.y).sort((a, b) => a - b);
    for (let i = 1; i < ys.length; i++) expect(ys[i]! - ys[i - 1]!).toBeGreaterThanOrEqual(14);
  });

  it('keeps labels inside the plot when values end at the edges', () => {
    const plotted = plotSeries(
      ['a', 'b', 'c'].map((id) => ({ id, values: [0, 0] })),
      box,
    );
    for (const series of plotted) expect(series.label.y).toBeLessThanOrEqual(270);
  });
});
