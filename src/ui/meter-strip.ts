import type { MeterContext } from './meter-readout';
import { shortMeterName } from './meter-name';
import { h } from './dom';

/** Whether the stage (map and gauges) is unfolded on a phone; it starts folded so the text has the room. */
export class StageFold {
  private openNow = false;
  private readonly listeners = new Set<() => void>();

  get open(): boolean {
    return this.openNow;
  }

  set(open: boolean): void {
    if (open === this.openNow) return;
    this.openNow = open;
    for (const listener of this.listeners) listener();
  }

  onChange(listener: () => void): void {
    this.listeners.add(listener);
  }
}

/**
 * The phone's strip under the top bar: the six meters as small bars with their numbers and short names.
 * It is one button; a tap unfolds the map and the gauges below it, another tap (or Esc) folds them.
 * Screen readers get the meters from the readout (meter-readout.ts), so the bars here are hidden from them.
 */
export function mountMeterStrip(app: MeterContext, fold: StageFold, before: HTMLElement): void {
  const { catalog } = app;
  const { thresholds } = catalog.scenario;
  let latest: Record<string, number> = Object.fromEntries(
    catalog.scenario.meters.map((meter) => [meter.id, meter.start]),
  );
  const strip = h('button', { type: 'button', id: 'stage-strip', class: 'stage-strip' });
  before.before(strip);
  const values = new Map<string, { value: HTMLElement; fill: HTMLElement }>();

  const render = (meters: Record<string, number>) => {
    latest = meters;
    for (const meter of catalog.scenario.meters) {
      const parts = values.get(meter.id);
      if (!parts) continue;
      const value = meters[meter.id] ?? meter.start;
      parts.value.textContent = String(value);
      parts.fill.style.width = `${Math.min(100, Math.max(0, value))}%`;
    }
  };
  const build = () => {
    const { t } = app;
    values.clear();
    const cells = catalog.scenario.meters.map((meter) => {
      const value = h('span', { class: 'strip-value' });
      const fill = h('span', { class: 'strip-fill' });
      fill.style.background = meter.colour;
      const mark = h('span', { class: 'strip-mark' });
      const limit = meter.kind === 'power' ? thresholds.dependence : thresholds.collapse;
      mark.style.left = `${limit}%`;
      values.set(meter.id, { value, fill });
      return h(
        'span',
        { class: 'strip-meter', 'data-meter': meter.id },
        h('span', { class: 'strip-name' }, shortMeterName(app, meter)),
        value,
        h('span', { class: 'strip-bar' }, fill, mark),
      );
    });
    strip.setAttribute('aria-label', t('strip.label'));
    strip.replaceChildren(
      h('span', { class: 'strip-meters', 'aria-hidden': 'true' }, cells),
      h(
        'span',
        { class: 'strip-toggle', 'aria-hidden': 'true' },
        h('span', { class: 'strip-chevron' }),
        h('span', { class: 'strip-caption strip-caption-folded' }, t('strip.map')),
        h('span', { class: 'strip-caption strip-caption-open' }, t('strip.label')),
      ),
    );
    render(latest);
  };
  const showState = () => strip.setAttribute('aria-expanded', String(fold.open));

  strip.addEventListener('click', () => fold.set(!fold.open));
  fold.onChange(showState);
  // Esc folds an open stage before it would open the menu; a dialog keeps its own Esc.
  window.addEventListener(
    'keydown',
    (event) => {
      if (event.key !== 'Escape' || !fold.open || strip.getClientRects().length === 0) return;
      if (document.querySelector('dialog[open]')) return;
      event.preventDefault();
      event.stopPropagation();
      fold.set(false);
    },
    { capture: true },
  );
  app.events.on('meters', ({ meters }) => render(meters));
  app.events.on('language', build);
  build();
  showState();
}
