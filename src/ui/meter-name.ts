import type { Meter } from '../content/schema';
import { hasTextUnder } from '../i18n/keys';
import type { ScreenContext } from './screen-context';

/** A meter's short name for the strip and the chart's legend; a meter the interface has none for shows its full name. */
export function shortMeterName(words: Pick<ScreenContext, 't' | 'i18n'>, meter: Meter): string {
  return hasTextUnder(words.i18n, 'meters.short', meter.id)
    ? words.t(`meters.short.${meter.id}`)
    : words.t(meter.name);
}
