import type { ScreenContext } from '../screen-context';
import { thresholdCrossings, type MeterChange } from '../../engine';
import { textFrom } from '../bilingual';
import { h } from '../dom';

/** A line in the consequences' list for each danger line the choice crossed: dependence on a power, a stake's collapse. */
export function thresholdLines(app: ScreenContext, changes: readonly MeterChange[]): HTMLElement[] {
  const { scenario } = app.catalog;
  return thresholdCrossings(scenario, changes).map((crossing) => {
    const meter = scenario.meters.find((candidate) => candidate.id === crossing.meter);
    return h(
      'li',
      {
        class: `change threshold ${crossing.kind}`,
        'data-meter': crossing.meter,
        'data-threshold': crossing.kind,
      },
      h('span', { class: 'change-arrow', 'aria-hidden': 'true' }, '◆'),
      h(
        'span',
        { class: 'change-text' },
        textFrom(app, (inLanguage) =>
          inLanguage(`consequences.crossed.${crossing.kind}`, {
            meter: meter ? inLanguage(meter.name) : crossing.meter,
            value: crossing.to,
            line: crossing.line,
          }),
        ),
      ),
    );
  });
}
