import type { TFunction, TOptions } from 'i18next';
import type { TextKey } from '../content/schema';
import type { Words } from './screen-context';
import { h } from './dom';

/**
 * A content text in the player's language and, in the bilingual view, the same text in the second
 * language beneath it, marked with its own `lang` so screen readers switch voice.
 */
export function text(app: Words, key: TextKey, options?: TOptions): (string | HTMLElement)[] {
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
  app: Words,
  compose: (t: TFunction, language: string) => string,
): (string | HTMLElement)[] {
  const primary = compose(app.t, app.language());
  const second = app.secondLanguage();
  if (!second) return [primary];
  const translated = compose(app.i18n.getFixedT(second), second);
  return [primary, h('span', { class: 'second-language', lang: second }, translated)];
}
