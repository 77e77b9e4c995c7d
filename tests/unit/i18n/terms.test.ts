import { describe, expect, it } from 'vitest';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { flatten, localesDir, namespaceFile } from '../content/load-real-content';

/**
 * The fixed terms of locales/README.md ("Fixed terms" and "Words to keep apart"), enforced over every locale file.
 * A failure names `language/namespace:key` and what is wrong with it.
 */

const namespaces = readdirSync(join(localesDir, 'en'))
  .filter((file) => file.endsWith('.json'))
  .map((file) => file.replace(/\.json$/, ''))
  .sort();

const texts = (language: string, namespace: string) => flatten(namespaceFile(language, namespace));

/** Every text of a language with its English twin, as `language/namespace:key`. */
function pairs(language: string): { id: string; english: string; text: string }[] {
  return namespaces.flatMap((namespace) => {
    const english = texts('en', namespace);
    return [...texts(language, namespace)].map(([key, text]) => ({
      id: `${language}/${namespace}:${key}`,
      english:
        english.get(key) ?? english.get(key.replace(/_(zero|one|two|few|many|other)$/, '_other')) ?? '',
      text,
    }));
  });
}

const sentences = (text: string) => text.split(/(?<=[.;!?:])\s+/);

/** English that says the plane was shot down (the accusation, or the words themselves). */
const SHOT_DOWN = /\b(shot (the plane |it )?down|shoot(ing)?[- ]down|downing|downed)\b/i;
/** "brought the plane down" allows either the shot-down verb or a plain "crashed". */
const BROUGHT_DOWN = /\b(brought|bring|brings) (the plane |it )?down\b/i;
/** "hit" said of a building, a depot, servers or in "hit back" is not the plane. */
const OTHER_TARGET = /\bhit back\b|embass|airport|depot|servers|news sites|SOCAR/i;
/** A text about the flight: a sentence in it that says "hit" is said of the plane. */
const ABOUT_THE_PLANE = /\b(plane|aircraft|airliner|flight|AZAL|Embraer|airspace)\b/i;

export function saysPlaneWasHit(english: string): boolean {
  return (
    ABOUT_THE_PLANE.test(english) &&
    sentences(english).some((sentence) => /\bhit\b/i.test(sentence) && !OTHER_TARGET.test(sentence))
  );
}
export const saysShotDown = (english: string) => SHOT_DOWN.test(english);

/** The verbs of locales/README.md: hit = az "isabət", tr "isabet"; shot down = az "vurul-/vurub", tr "düşür-". */
const VERBS = {
  az: { hit: /isabət/i, shotDown: /\bvur(ul|ub|du|ma|an|duğ|muş)/i },
  tr: { hit: /isabet/i, shotDown: /düşür(ül|dü|me|mü|en|ül)/i },
} as const;
/** Turkish "vurul-/vurdu" of a plane reads as "shot down": neither meaning may use it. */
const TR_AMBIGUOUS = /\bvur(ul|du|an|duğ)/i;

describe('hit and shot down are different verbs in Azerbaijani and Turkish', () => {
  it('finds both kinds of English text (the check below has something to check)', () => {
    const english = pairs('az').map((pair) => pair.english);
    expect(english.filter(saysPlaneWasHit).length).toBeGreaterThan(5);
    expect(english.filter(saysShotDown).length).toBeGreaterThan(5);
    expect(saysPlaneWasHit('The plane was hit in Russian airspace.')).toBe(true);
    expect(saysPlaneWasHit('Drones hit Nakhchivan airport; the plane case stayed open.')).toBe(false);
    expect(saysShotDown('Aliyev said the plane had been shot down.')).toBe(true);
  });

  it.each(['az', 'tr'] as const)('%s', (language) => {
    const verbs = VERBS[language];
    const problems: string[] = [];
    for (const { id, english, text } of pairs(language)) {
      const hit = saysPlaneWasHit(english);
      const down = saysShotDown(english);
      if (hit && !verbs.hit.test(text)) problems.push(`${id}: English says "hit"; use the hit verb`);
      if (down && !verbs.shotDown.test(text))
        problems.push(`${id}: English says "shot down"; use the shot-down verb`);
      if (hit && !down && verbs.shotDown.test(text))
        problems.push(`${id}: English says only "hit", but the text uses the shot-down verb`);
      const otherDown = BROUGHT_DOWN.test(english) || OTHER_TARGET.test(english);
      if (!down && !hit && !otherDown && ABOUT_THE_PLANE.test(english) && verbs.shotDown.test(text))
        problems.push(`${id}: the text uses the shot-down verb where English does not say "shot down"`);
      if (language === 'tr' && (hit || down) && TR_AMBIGUOUS.test(text))
        problems.push(`${id}: "vurul-/vurdu" of the plane is ambiguous; use "isabet" or "düşür-"`);
    }
    expect(problems).toEqual([]);
  });
});

/** Words that must not appear in a language, each with the fixed term to use instead. */
const BANNED: Record<string, [RegExp, string][]> = {
  tr: [
    // A prosecutor opens an investigation; a "dava" is a trial. Up to three words may stand between.
    [
      /(ceza|cinayet) dava\S*(\s+\S+){0,3}?\s+(aç(?!ıkla)|kapat)/i,
      '"(cezai) soruşturma başlattı / sonlandırdı"',
    ],
    [/(?<!(ceza|cinayet) )\bdava\S*(\s+\S+){0,3}?\s+(kapat|sonlandır)/i, '"soruşturmayı sonlandırdı"'],
    [/Avrupa Konseyi Başkan/i, '"AB Konseyi Başkanı" (Costa presides over the European Council)'],
    [/müfettiş/i, '"soruşturmacılar"'],
    [/(?<!Milli |Millet )\bMeclis/u, '"Milli Meclis" (Azerbaijan\'s parliament)'],
  ],
  az: [
    [/qisas/i, '"cavab tədbiri"'],
    [/yeni tabda/i, '"yeni vərəqdə"'],
  ],
  ru: [
    [/(^|[^а-яё])мест(ь|и|ью)(?![а-яё])/i, '"ответные меры"'],
    [/уничтожени\S* самол[её]т/i, '"крушение самолёта"'],
    [/человеческая цена/i, '"человеческие жертвы"'],
    [/бакинск\S* отдел/i, '"штаб в Баку"'],
  ],
};

describe('fixed terms', () => {
  it.each(Object.keys(BANNED))('%s uses none of the words it must not', (language) => {
    const problems = pairs(language).flatMap(({ id, text }) =>
      BANNED[language]!.filter(([pattern]) => pattern.test(text)).map(
        ([pattern, instead]) => `${id}: “${text.match(pattern)![0].trim()}” → ${instead}`,
      ),
    );
    expect(problems).toEqual([]);
  });
});

describe('Russian plural forms', () => {
  it('show the number in every _one form, which also serves 21, 31 and so on', () => {
    const problems = pairs('ru')
      .filter(({ id, text }) => /_one$/.test(id) && !text.includes('{{count}}'))
      .map(({ id, text }) => `${id}: ${text}`);
    expect(problems).toEqual([]);
  });
});
