import type { Meter } from '../../content/schema';
import { more } from './more';
import { plotSeries, type ChartBox } from '../chart-geometry';
import { h, uniqueId } from '../dom';

const SVG = 'http://www.w3.org/2000/svg';
const DASHES = ['', '7 4', '2 4', '10 4 2 4', '4 3', '12 3'];

interface ChartVariant {
  box: ChartBox;
  className: string;
  /** The lines' end labels: full names where there is room, short ones on a phone. */
  name: (meter: Meter) => string;
}

/** For a wide card; on a phone its 13-unit labels would shrink to 6 px. */
const WIDE_BOX: ChartBox = { width: 720, height: 320, left: 44, right: 150, top: 16, bottom: 36 };
/** About as wide as a phone's card, so that its labels keep their size (CSS picks one of the two). */
const NARROW_BOX: ChartBox = { width: 330, height: 300, left: 34, right: 104, top: 14, bottom: 34 };
/** Rough advance of a digit or letter of the 13-unit axis text, to keep step labels from touching. */
const AXIS_CHARACTER = 7.5;
const AXIS_LABEL_GAP = 8;

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
  const common = { fill: colour, class: 'chart-point', 'stroke-width': 1 };
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
      return svg('circle', {
        cx: x,
        cy: y,
        r: 4.5,
        class: 'chart-point-hollow',
        stroke: colour,
        'stroke-width': 2.5,
      });
  }
}

export interface MeterChartTexts {
  title: string;
  description: string;
  stepLabel: (step: number) => string;
  meterName: (meter: Meter) => string;
  /** A short name for the lines' ends in the phone's chart; the full name when not given. */
  shortMeterName?: (meter: Meter) => string;
  tableCaption: string;
  /** How to read the chart, shown with the table. */
  howToRead?: string;
}

/**
 * The steps to label on the axis: the start, then every n-th step where the labels would crowd, and the
 * last step when there is room for it (in place of the labelled step just before it if need be).
 */
function labelledSteps(xs: readonly number[], label: (step: number) => string): Set<number> {
  const last = xs.length - 1;
  if (last < 1) return new Set([0]);
  const half = (step: number) => (label(step).length * AXIS_CHARACTER) / 2;
  const apart = (a: number, b: number) => xs[a]! + half(a) + AXIS_LABEL_GAP <= xs[b]! - half(b);
  const widest = Math.max(...xs.map((_, step) => (step ? 2 * half(step) : 0)));
  const stride = Math.max(1, Math.ceil((widest + AXIS_LABEL_GAP) / (xs[1]! - xs[0]!)));
  const shown = [0];
  for (let step = stride; step <= last; step += stride) if (apart(shown.at(-1)!, step)) shown.push(step);
  if (shown.at(-1) !== last) {
    while (shown.length > 1 && !apart(shown.at(-1)!, last)) shown.pop();
    if (apart(shown.at(-1)!, last)) shown.push(last);
  }
  return new Set(shown);
}

function chartSvg(
  meters: readonly Meter[],
  history: readonly Record<string, number>[],
  texts: MeterChartTexts,
  variant: ChartVariant,
): SVGSVGElement {
  const { box } = variant;
  const plotted = plotSeries(
    meters.map((meter) => ({ id: meter.id, values: history.map((step) => step[meter.id] ?? 0) })),
    box,
  );
  const plotBottom = box.height - box.bottom;
  const grid = [0, 25, 50, 75, 100].map((value) => {
    const y = box.top + (plotBottom - box.top) * (1 - value / 100);
    return svg(
      'g',
      {},
      svg('line', {
        x1: box.left,
        x2: box.width - box.right,
        y1: y,
        y2: y,
        class: 'chart-grid',
        'stroke-width': 1,
      }),
      svg('text', { x: box.left - 8, y: y + 4, 'text-anchor': 'end', class: 'chart-axis' }, String(value)),
    );
  });
  const xs = (plotted[0]?.points ?? []).map((point) => point.x);
  const shownSteps = labelledSteps(xs, texts.stepLabel);
  const steps = xs.flatMap((x, step) =>
    shownSteps.has(step)
      ? [
          svg(
            'text',
            { x, y: plotBottom + 22, 'text-anchor': 'middle', class: 'chart-axis' },
            texts.stepLabel(step),
          ),
        ]
      : [],
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
        variant.name(meter),
      ),
    );
  });
  const titleId = uniqueId('chart-title');
  const descriptionId = uniqueId('chart-desc');
  return svg(
    'svg',
    {
      viewBox: `0 0 ${box.width} ${box.height}`,
      role: 'img',
      'aria-labelledby': `${titleId} ${descriptionId}`,
      class: `meter-chart ${variant.className}`,
    },
    svg('title', { id: titleId }, texts.title),
    svg('desc', { id: descriptionId }, texts.description),
    ...grid,
    ...steps,
    ...lines,
  );
}

/**
 * All six meters over the run: one line per meter with its own dash and marker shape and its name at
 * the end, and the same numbers as a table for screen readers and for print. The chart comes in two
 * sizes, for a wide card and for a phone's, and CSS shows the one that fits (the other is not rendered).
 */
export function meterChart(
  meters: readonly Meter[],
  history: readonly Record<string, number>[],
  texts: MeterChartTexts,
): HTMLElement {
  const wide = chartSvg(meters, history, texts, {
    box: WIDE_BOX,
    className: 'meter-chart-wide',
    name: texts.meterName,
  });
  const narrow = chartSvg(meters, history, texts, {
    box: NARROW_BOX,
    className: 'meter-chart-narrow',
    name: texts.shortMeterName ?? texts.meterName,
  });
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
  // The numbers wait behind "More" on screen; print shows them (see the print rules for details.more).
  return h(
    'figure',
    { class: 'chart' },
    wide,
    narrow,
    more(
      texts.tableCaption,
      h('div', { class: 'table-wrap chart-data' }, table),
      texts.howToRead ? h('p', { class: 'hint' }, texts.howToRead) : null,
    ),
  );
}
