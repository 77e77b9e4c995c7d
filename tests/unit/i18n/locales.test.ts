import { describe, expect, it } from 'vitest';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { flatten, languages, localesDir, namespaceFile } from '../content/load-real-content';

const namespaces = readdirSync(join(localesDir, 'en'))
  .filter((file) => file.endsWith('.json'))
  .map((file) => file.replace(/\.json$/, ''));
import { pickLanguage } from '../../../src/i18n/languages';

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

describe('plural rules that later languages rely on', () => {
  it('Russian needs one/few/many/other, Azerbaijani and Turkish one/other', () => {
    const categories = (lng: string) => new Intl.PluralRules(lng).resolvedOptions().pluralCategories.sort();
    expect(categories('ru')).toEqual(['few', 'many', 'one', 'other']);
    expect(categories('az')).toEqual(['one', 'other']);
    expect(categories('tr')).toEqual(['one', 'other']);
  });
});

describe('Azerbaijani style (locales/README.md)', () => {
  const chapterFiles = namespaces.filter((namespace) => /^ch\d\d$/.test(namespace));
  const AZ_MONTH = '(yanvar|fevral|mart|aprel|may|iyun|iyul|avqust|sentyabr|oktyabr|noyabr|dekabr)';
  const DATELINE = new RegExp(
    `^Bakı, ((\\d{1,2}(–\\d{1,2})? )?${AZ_MONTH}(–${AZ_MONTH})? \\d{4}-(cü|ci) il|\\d{4}-(cü|ci) ilin (?!${AZ_MONTH})\\p{L}+)\\. `,
    'u',
  );

  it('option labels are commands in the imperative, not infinitives in -maq/-mək', () => {
    const infinitives = chapterFiles.flatMap((namespace) =>
      [...flatten(namespaceFile('az', namespace))]
        .filter(([key, text]) => /\.options\.[^.]+\.label$/.test(key) && /(maq|mək)\b/u.test(text))
        .map(([key, text]) => `${namespace}:${key}: ${text}`),
    );
    expect(infinitives).toEqual([]);
  });

  it('every chapter lead opens with a dateline written day, month, year', () => {
    for (const namespace of chapterFiles) {
      const lead = flatten(namespaceFile('az', namespace)).get('briefing.lead') ?? '';
      expect(lead, namespace).toMatch(DATELINE);
    }
  });
});
