import { afterEach, describe, expect, it, vi } from 'vitest';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { flatten, languages, localesDir, namespaceFile } from '../content/load-real-content';

const namespaces = readdirSync(join(localesDir, 'en'))
  .filter((file) => file.endsWith('.json'))
  .map((file) => file.replace(/\.json$/, ''));
import { pickLanguage } from '../../../src/i18n/languages';
import { formatDateOrRange, formatSigned, setMonthNames } from '../../../src/ui/format';

const placeholders = (text: string) =>
  [...text.matchAll(/{{\s*([\w.]+)\s*}}/g)].map((match) => match[1]).sort();

describe('locale files', () => {
  it('English has the interface, model and content namespaces', () => {
    for (const namespace of ['ui', 'model', 'record', 'ch01'])
      expect(namespaceFile('en', namespace), namespace).not.toBeNull();
  });

  it('no string is empty and no placeholder is malformed', () => {
    for (const language of languages()) {
      for (const namespace of namespaces) {
        for (const [key, text] of flatten(namespaceFile(language, namespace))) {
          expect(text.trim(), `${language}/${namespace}:${key}`).not.toBe('');
          expect(text, `${language}/${namespace}:${key}`).not.toMatch(/{{[^}]*$|^[^{]*}}/);
        }
      }
    }
  });

  it('every other language has exactly the English keys with the same placeholders', () => {
    for (const language of languages().filter((lng) => lng !== 'en')) {
      for (const namespace of namespaces) {
        const en = flatten(namespaceFile('en', namespace));
        const other = flatten(namespaceFile(language, namespace));
        const strip = (key: string) => key.replace(/_(zero|one|two|few|many|other)$/, '');
        expect(new Set([...other.keys()].map(strip)), `${language}/${namespace}`).toEqual(
          new Set([...en.keys()].map(strip)),
        );
        for (const [key, text] of other) {
          const english = en.get(key) ?? en.get(`${strip(key)}_other`) ?? en.get(strip(key)) ?? '';
          // A plural form may show the count even where English spells out "one" (Russian uses _one for 21, 31…).
          const theirs = placeholders(text).filter((name) => !(name === 'count' && key !== strip(key)));
          const ours = placeholders(english).filter((name) => !(name === 'count' && key !== strip(key)));
          expect(theirs, `${language}/${namespace}:${key}`).toEqual(ours);
        }
      }
    }
  });
});

describe('translations', () => {
  it('leave no sentence in English', () => {
    for (const language of languages().filter((lng) => lng !== 'en')) {
      for (const namespace of namespaces) {
        const en = flatten(namespaceFile('en', namespace));
        const untranslated = [...flatten(namespaceFile(language, namespace))]
          .filter(
            ([key, text]) =>
              text === en.get(key) && text.split(/\s+/).filter((w) => /^[a-z]{3,}$/.test(w)).length >= 3,
          )
          .map(([key]) => `${language}/${namespace}:${key}`);
        expect(untranslated).toEqual([]);
      }
    }
  });

  it('give Russian every plural form where English has plural forms', () => {
    for (const namespace of namespaces) {
      const russian = flatten(namespaceFile('ru', namespace));
      if (russian.size === 0) continue;
      const plurals = [...flatten(namespaceFile('en', namespace)).keys()].filter((key) =>
        key.endsWith('_other'),
      );
      for (const key of plurals) {
        const base = key.replace(/_other$/, '');
        for (const form of ['one', 'few', 'many', 'other'])
          expect(russian.has(`${base}_${form}`), `ru/${namespace}:${base}_${form}`).toBe(true);
      }
    }
  });
});

describe('choosing the language', () => {
  const available = ['az', 'en', 'ru', 'tr'];
  it('takes the first wanted language the game has, matching regional tags to the base language', () => {
    expect(pickLanguage(['ru-RU', 'en'], available)).toBe('ru');
    expect(pickLanguage([null, 'az-Latn-AZ'], available)).toBe('az');
    expect(pickLanguage(['de', 'TR'], available)).toBe('tr');
  });
  it('falls back to English for a language the game does not have', () => {
    expect(pickLanguage(['xx', 'de'], available)).toBe('en');
    expect(pickLanguage([], ['en'])).toBe('en');
  });
});

describe("the game's own dates and signed numbers in each language", () => {
  // Intl's spacing (thin, narrow or plain) varies between ICU versions and says nothing about the game.
  const squeeze = (text: string) => text.replace(/\s+/gu, '');
  const monthsOf = (language: string) =>
    (flatten(namespaceFile(language, 'ui')).get('dates.months') ?? '').split(',');
  const dates: Record<string, [day: string, sameMonth: string, twoMonths: string, twoYears: string]> = {
    en: [
      '25 December 2024',
      '25–29 December 2024',
      '30 June – 2 July 2025',
      '28 December 2024 – 2 January 2025',
    ],
    ru: [
      '25 декабря 2024 г.',
      '25–29 декабря 2024 г.',
      '30 июня – 2 июля 2025 г.',
      '28 декабря 2024 г. – 2 января 2025 г.',
    ],
    az: ['25 dekabr 2024', '25 – 29 dekabr 2024', '30 iyun – 2 iyul 2025', '28 dekabr 2024 – 2 yanvar 2025'],
    tr: ['25 Aralık 2024', '25–29 Aralık 2024', '30 Haziran – 2 Temmuz 2025', '28 Aralık 2024 – 2 Ocak 2025'],
  };
  const values = ['2024-12-25', '2024-12-25/2024-12-29', '2025-06-30/2025-07-02', '2024-12-28/2025-01-02'];

  afterEach(() => vi.restoreAllMocks());

  it('covers every language the game ships', () => {
    expect(Object.keys(dates).sort()).toEqual(languages().sort());
  });

  it('writes a day, a range within a month, across months and across years in the reader language', () => {
    for (const [language, expected] of Object.entries(dates))
      values.forEach((value, index) =>
        expect(squeeze(formatDateOrRange(value, language)), `${language} ${value}`).toBe(
          squeeze(expected[index]!),
        ),
      );
  });

  it("names each month as the locale file's month list does, so the fallback reads like Intl", () => {
    for (const language of languages()) {
      const months = monthsOf(language);
      expect(months, language).toHaveLength(12);
      months.forEach((month, index) => {
        const date = `2024-${String(index + 1).padStart(2, '0')}-15`;
        expect(formatDateOrRange(date, language), `${language} ${date}`).toContain(month);
      });
    }
  });

  it("falls back to the locale file's month names where the browser's Intl lacks the language", () => {
    // What a browser without Azerbaijani or Turkish data prints: numbered months.
    vi.spyOn(Intl, 'DateTimeFormat').mockImplementation(
      class {
        format = () => '2024 M12 25';
        formatRange = () => '2024 M12 25 – 2025 M01 02';
      } as unknown as typeof Intl.DateTimeFormat,
    );
    for (const [language, expected] of Object.entries(dates)) {
      setMonthNames(language, monthsOf(language));
      // Russian keeps Intl's "г." where Intl has it; with the fallback it reads like az and tr, without it.
      const plain = (text: string) => squeeze(text).replace(/г\./gu, '');
      expect(plain(formatDateOrRange(values[0]!, language)), language).toBe(plain(expected[0]));
      expect(plain(formatDateOrRange(values[3]!, language)), language).toBe(plain(expected[3]));
    }
  });

  it('writes signed changes with a real minus sign and the language own digit grouping', () => {
    const thousands: Record<string, string> = { en: '−1,234', ru: '−1234', az: '−1.234', tr: '−1.234' };
    for (const language of languages()) {
      expect(formatSigned(-8, language), language).toBe('−8');
      expect(formatSigned(4, language), language).toBe('+4');
      expect(formatSigned(0, language), language).toBe('0');
      expect(squeeze(formatSigned(-1234, language)), language).toBe(thousands[language]);
    }
  });
});
