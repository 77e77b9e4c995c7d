/** The languages the game ships, by their own names. A language is added by adding its folder in locales/. */
export const LANGUAGE_NAMES: Readonly<Record<string, string>> = {
  en: 'English',
  ru: 'Русский',
  az: 'Azərbaycanca',
  tr: 'Türkçe',
};

export const DEFAULT_LANGUAGE = 'en';

/** The first of the wanted languages (URL, saved choice, browser list) that the game has, matching `az-Latn-AZ` to `az`. */
export function pickLanguage(
  wanted: readonly (string | null | undefined)[],
  available: readonly string[],
): string {
  for (const tag of wanted) {
    if (!tag) continue;
    const lower = tag.toLowerCase();
    const base = lower.split(/[-_]/)[0] ?? lower;
    const match = available.find((lng) => lng === lower) ?? available.find((lng) => lng === base);
    if (match) return match;
  }
  return available.includes(DEFAULT_LANGUAGE) ? DEFAULT_LANGUAGE : (available[0] ?? DEFAULT_LANGUAGE);
}
