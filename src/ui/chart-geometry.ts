export interface ChartSeries {
  id: string;
  values: readonly number[];
}

export interface ChartBox {
  width: number;
  height: number;
  /** Room left for the axis on the left and the labels on the right. */
  left: number;
  right: number;
  top: number;
  bottom: number;
}

export interface PlottedSeries {
  id: string;
  points: { x: number; y: number }[];
  /** Where the series' name goes, beside its last point, moved apart from the other names. */
  label: { x: number; y: number };
}

const LABEL_SPACING = 14;

/** Maps meter values (0–100) over the steps of a run onto a chart box; pure, so it can be tested. */
export function plotSeries(series: readonly ChartSeries[], box: ChartBox): PlottedSeries[] {
  const steps = Math.max(1, ...series.map((s) => s.values.length - 1));
  const plotWidth = box.width - box.left - box.right;
  const plotHeight = box.height - box.top - box.bottom;
  const x = (step: number) => box.left + (plotWidth * step) / steps;
  const y = (value: number) => box.top + plotHeight * (1 - Math.min(100, Math.max(0, value)) / 100);
  const plotted = series.map((s) => {
    const points = s.values.map((value, step) => ({ x: x(step), y: y(value) }));
    const last = points[points.length - 1] ?? { x: x(0), y: y(0) };
    return { id: s.id, points, label: { x: last.x + 8, y: last.y } };
  });
  spreadLabels(plotted, box.top, box.height - box.bottom);
  return plotted;
}

/** Pushes end labels apart vertically so that none overlaps, keeping them inside the plot. */
function spreadLabels(plotted: PlottedSeries[], top: number, bottom: number): void {
  const order = [...plotted].sort((a, b) => a.label.y - b.label.y);
  for (let i = 1; i < order.length; i++) {
    const above = order[i - 1]!;
    const current = order[i]!;
    if (current.label.y - above.label.y < LABEL_SPACING) current.label.y = above.label.y + LABEL_SPACING;
  }
  const overflow = (order[order.length - 1]?.label.y ?? 0) - bottom;
  if (overflow > 0) for (const item of order) item.label.y -= overflow;
  const underflow = top - (order[0]?.label.y ?? top);
  if (underflow > 0) for (const item of order) item.label.y += underflow;
}
