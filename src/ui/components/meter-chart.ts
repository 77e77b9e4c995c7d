import type { Meter } from '../../content/schema';
import { plotSeries } from '../chart-geometry';
import { h } from '../dom';

const SVG = 'http://www.w3.org/2000/svg';
const DASHES = ['', '7 4', '2 4', '10 4 2 4', '4 3', '12 3'];
const BOX = { width: 720, height: 320, left: 44, right: 150, top: 16, bottom: 36 };

function svg<K extends keyof SVGElementTagNameMap>(
  tag: K,
  attributes: Record<string, string | number>,
  ...children: (SVGElement | string)[]
): SVGElementTagNameMap[K] {
  const element = document.createElementNS(SVG, tag);
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, String(value));
  element.append(...children);
  return element;
}

/** A distinct shape for each meter, so that the lines can be told apart without colour. */
function marker(shape: number, x: number, y: number, colour: string): SVGElement {
  const common = { fill: colour, stroke: '#1b1b1b', 'stroke-width': 1 };
  switch (shape % 6) {
    case 0:
      return svg('circle', { cx: x, cy: y, r: 4.5, ...common });
    case 1:
      return svg('rect', { x: x - 4, y: y - 4, width: 8, height: 8, ...common });
    case 2:
      return svg('polygon', { points: `${x},${y - 5} ${x + 5},${y + 4} ${x - 5},${y + 4}`, ...common });
    case 3:
      return svg('polygon', {
        points: `${x},${y - 5.5} ${x + 5.5},${y} ${x},${y + 5.5} ${x - 5.5},${y}`,
        ...common,
      });
    case 4:
      return svg('path', {
        d: `M${x - 4} ${y - 4}L${x + 4} ${y + 4}M${x + 4} ${y - 4}L${x - 4} ${y + 4}`,
        stroke: colour,
        'stroke-width': 2.5,
      });
    default:
      return svg('circle', { cx: x, cy: y, r: 4.5, fill: '#fff', stroke: colour, 'stroke-width': 2.5 });
  }
}

export interface MeterChartTexts {
  title: string;
  description: string;
  stepLabel: (step: number) => string;
  meterName: (meter: Meter) => string;
  tableCaption: string;
}

/**
 * All six meters over the run: one line per meter with its own dash and marker shape and its name at
 * the end, and the same numbers as a table for screen readers and for print.
 */
export function meterChart(
  meters: readonly Meter[],
  history: readonly Record<string, number>[],
  texts: MeterChartTexts,
): HTMLElement {
  const plotted = plotSeries(
    meters.map((meter) => ({ id: meter.id, values: history.map((step) => step[meter.id] ?? 0) })),
    BOX,
  );
  const plotBottom = BOX.height - BOX.bottom;
  const grid = [0, 25, 50, 75, 100].map((value) => {
    const y = BOX.top + (plotBottom - BOX.top) * (1 - value / 100);
    return svg(
      'g',
      {},
      svg('line', {
        x1: BOX.left,
        x2: BOX.width - BOX.right,
        y1: y,
        y2: y,
        stroke: '#c9c1b1',
        'stroke-width': 1,
      }),
      svg('text', { x: BOX.left - 8, y: y + 4, 'text-anchor': 'end', class: 'chart-axis' }, String(value)),
    );
  });
  const steps = (plotted[0]?.points ?? []).map((point, step) =>
    svg(
      'text',
      { x: point.x, y: plotBottom + 22, 'text-anchor': 'middle', class: 'chart-axis' },
      texts.stepLabel(step),
    ),
  );
  const lines = plotted.map((series, index) => {
    const meter = meters[index]!;
    return svg(
      'g',
      { class: 'chart-series', 'data-meter': meter.id },
      svg('polyline', {
        points: series.points.map((p) => `${p.x},${p.y}`).join(' '),
        fill: 'none',
        stroke: meter.colour,
        'stroke-width': 2.5,
        'stroke-dasharray': DASHES[index % DASHES.length]!,
      }),
      ...series.points.map((p) => marker(index, p.x, p.y, meter.colour)),
      marker(index, series.label.x + 2, series.label.y, meter.colour),
      svg(
        'text',
        { x: series.label.x + 12, y: series.label.y + 4, class: 'chart-label' },
        texts.meterName(meter),
      ),
    );
  });
  const chart = svg(
    'svg',
    {
      viewBox: `0 0 ${BOX.width} ${BOX.height}`,
      role: 'img',
      'aria-labelledby': 'chart-title chart-desc',
      class: 'meter-chart',
    },
    svg('title', { id: 'chart-title' }, texts.title),
    svg('desc', { id: 'chart-desc' }, texts.description),
    ...grid,
    ...steps,
    ...lines,
  );
  const table = h(
    'table',
    { class: 'chart-table' },
    h('caption', {}, texts.tableCaption),
    h(
      'thead',
      {},
      h(
        'tr',
        {},
        h('th', { scope: 'col' }, ''),
        history.map((_, step) => h('th', { scope: 'col' }, texts.stepLabel(step))),
      ),
    ),
    h(
      'tbody',
      {},
      meters.map((meter) =>
        h(
          'tr',
          {},
          h('th', { scope: 'row' }, texts.meterName(meter)),
          history.map((step) => h('td', {}, String(step[meter.id] ?? 0))),
        ),
      ),
    ),
  );
  return h('figure', { class: 'chart' }, chart, h('div', { class: 'table-wrap chart-data' }, table));
}
