import type { TFunction } from 'i18next';
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

/**
 * A sentence put together from several texts (a meter's name, a signed change, a reason), in the player's language
 * and, in the bilingual view, put together again in the second language beneath it.
 */
export function textFrom(
  app: App,
  compose: (t: TFunction, language: string) => string,
): (string | HTMLElement)[] {
  const primary = compose(app.t, app.language());
  const second = app.secondLanguage();
  if (!second) return [primary];
  const translated = compose(app.i18n.getFixedT(second), second);
  return [primary, h('span', { class: 'second-language', lang: second }, translated)];
}
