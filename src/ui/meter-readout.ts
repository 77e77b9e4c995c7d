import type { InterfaceEvents, ScreenContext } from './screen-context';
import { h } from './dom';

/** What the meter readouts read: the meters' names and starting values, and the meters as they change. */
export interface MeterContext extends Pick<ScreenContext, 't' | 'i18n' | 'catalog'> {
  readonly events: Pick<InterfaceEvents, 'on'>;
}

/** The meters as real DOM meters for assistive technology; the stage draws the same values. */
export function mountMeterReadout(app: MeterContext, container: HTMLElement): void {
  const { catalog } = app;
  let latest: Record<string, number> = Object.fromEntries(
    catalog.scenario.meters.map((meter) => [meter.id, meter.start]),
  );
  const items = new Map<string, HTMLElement>();
  const render = (meters: Record<string, number>) => {
    latest = meters;
    for (const meter of catalog.scenario.meters) {
      const element = items.get(meter.id);
      const value = meters[meter.id] ?? meter.start;
      if (!element) continue;
      element.setAttribute('aria-valuenow', String(value));
      element.setAttribute('aria-valuetext', app.t('meters.valueText', { value }));
      element.textContent = `${app.t(meter.name)}: ${value}`;
    }
  };
  const build = () => {
    items.clear();
    const groups = (['power', 'stake'] as const).map((kind) =>
      h(
        'ul',
        { 'aria-label': app.t(kind === 'power' ? 'meters.powers' : 'meters.stakes') },
        catalog.scenario.meters
          .filter((meter) => meter.kind === kind)
          .map((meter) => {
            const element = h('span', {
              role: 'meter',
              'aria-label': app.t(meter.name),
              'aria-valuemin': 0,
              'aria-valuemax': 100,
              'data-meter': meter.id,
            });
            items.set(meter.id, element);
            return h('li', {}, element);
          }),
      ),
    );
    container.replaceChildren(h('h2', {}, app.t('meters.heading')), ...groups);
    render(latest);
  };
  app.events.on('meters', ({ meters }) => render(meters));
  app.events.on('language', build);
  build();
}
