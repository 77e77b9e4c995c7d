import type { App } from '../app/app';
import { h } from './dom';

/**
 * A content text in the player's language and, in the bilingual view, the same text in the second
 * language beneath it, marked with its own `lang` so screen readers switch voice.
 */
export function text(app: App, key: string, options?: Record<string, unknown>): (string | HTMLElement)[] {
  const primary = app.t(key, options);
  const second = app.secondLanguage();
  if (!second) return [primary];
  const translated = app.i18n.getFixedT(second)(key, options);
  return [primary, h('span', { class: 'second-language', lang: second }, translated)];
}
