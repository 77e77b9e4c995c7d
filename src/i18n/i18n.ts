import i18next, { type BackendModule, type i18n as I18n } from 'i18next';
import { DEFAULT_LANGUAGE } from './languages';

const localeFiles = import.meta.glob<Record<string, unknown>>('../../locales/*/*.json', {
  import: 'default',
});

/** Languages that have at least an interface file in locales/. */
export const availableLanguages: readonly string[] = [
  ...new Set(
    Object.keys(localeFiles)
      .filter((path) => path.endsWith('/ui.json'))
      .map((path) => path.split('/').at(-2) ?? DEFAULT_LANGUAGE),
  ),
].sort();

const localeBackend: BackendModule = {
  type: 'backend',
  init() {},
  read(language, namespace, callback) {
    const load = localeFiles[`../../locales/${language}/${namespace}.json`];
    if (!load) {
      callback(null, {});
      return;
    }
    load().then(
      (resources) => callback(null, resources),
      (problem: unknown) => callback(problem instanceof Error ? problem.message : String(problem), false),
    );
  },
};

export const BOOT_NAMESPACES = ['ui', 'model'] as const;

export async function createI18n(language: string): Promise<I18n> {
  const instance = i18next.createInstance();
  await instance.use(localeBackend).init({
    lng: language,
    fallbackLng: DEFAULT_LANGUAGE,
    supportedLngs: [...availableLanguages],
    load: 'currentOnly',
    ns: [...BOOT_NAMESPACES],
    defaultNS: 'ui',
    interpolation: { escapeValue: false },
    returnEmptyString: false,
  });
  return instance;
}

/**
 * Makes sure the texts of `namespaces` are here in each of `languages`, downloading those that are not, again after
 * a failed try (i18next never retries a failed download by itself). True when every one is here.
 */
export async function loadTexts(
  i18n: I18n,
  languages: readonly string[],
  namespaces: readonly string[],
): Promise<boolean> {
  const missing = (language: string) => namespaces.filter((ns) => !i18n.hasResourceBundle(language, ns));
  const lacking = languages.filter((language) => missing(language).length > 0);
  if (lacking.length) await i18n.reloadResources(lacking, [...new Set(lacking.flatMap(missing))]);
  return languages.every((language) => missing(language).length === 0);
}

/** The namespaces loaded so far, which a language switched to must have too. */
export function namespacesInUse(i18n: I18n): string[] {
  return [i18n.options.ns ?? []].flat().filter((ns): ns is string => typeof ns === 'string');
}
