import { describe, expect, it } from 'vitest';
import { keysIn } from '../../../src/content/cross-check';
import {
  chapterFiles,
  flatten,
  languages,
  loadChapter,
  loadRecord,
  namespaceFile,
} from './load-real-content';

/**
 * "Leave out casualty details" hides a chapter's `briefing.sensitive` facts and nothing else, so every other text of a
 * chapter must describe no injuries: saying that someone "died of injuries" is allowed, how they were hurt is not.
 */
const INJURY_DESCRIPTIONS: Record<string, RegExp> = {
  en: /blunt|fractur|haematom|internal organs|bruis|swollen|bloodied|chest deformation|beating|visible injur|\bshock\b/i,
  ru: /тупым|перелом|гематом|внутренние органы|синяк|отёк|окровавлен|деформаци|избиени|видимыми травм|(?<![а-яё])шок/i,
  az: /küt travma|sınıq|hematom|daxili orqan|göyərmə|şişkinlik|deformasiya|döyülərək|görünən xəsarət|(?<![a-zəğıöüşç])şok/i,
  tr: /künt|kırık|hematom|iç organ|morluk|şişlik|deformasyon|dövülerek|görülür yara|(?<![a-zçğıöşü])şok/i,
};

const chapters = chapterFiles().map(loadChapter);
const sources = loadRecord().sources;
const files = new Map<string, Map<string, string>>();
const text = (language: string, key: string) => {
  const [namespace, path] = key.split(':') as [string, string];
  const id = `${language}/${namespace}`;
  if (!files.has(id)) files.set(id, flatten(namespaceFile(language, namespace)));
  return files.get(id)!.get(path) ?? '';
};

/** The chapter's keys that stay on screen when the setting is on, and those it hides. */
function split(chapter: (typeof chapters)[number]) {
  const hidden = new Set(keysIn(chapter.briefing.sensitive));
  return { shown: keysIn(chapter).filter((key) => !hidden.has(key)), hidden: [...hidden] };
}

describe('leaving out casualty details in the chapters', () => {
  it('the patterns catch the detail they guard against, in every language', () => {
    const yekaterinburg = chapters.find((chapter) => chapter.id === 'ch04')!;
    for (const language of languages()) {
      const hidden = split(yekaterinburg).hidden.map((key) => text(language, key));
      expect(
        hidden.some((detail) => INJURY_DESCRIPTIONS[language]!.test(detail)),
        language,
      ).toBe(true);
    }
  });

  it.each(languages())(
    '%s: Yekaterinburg keeps its injury descriptions in the facts the setting hides',
    (language) => {
      const yekaterinburg = chapters.find((chapter) => chapter.id === 'ch04')!;
      const shown = split(yekaterinburg)
        .shown.filter((key) => INJURY_DESCRIPTIONS[language]!.test(text(language, key)))
        .map((key) => `${key}: ${text(language, key)}`);
      expect(shown).toEqual([]);
    },
  );

  it.each(languages())('%s: no chapter shows an injury description outside its hidden facts', (language) => {
    const shown = chapters.flatMap((chapter) =>
      split(chapter)
        .shown.filter((key) => INJURY_DESCRIPTIONS[language]!.test(text(language, key)))
        .map((key) => `${key}: ${text(language, key)}`),
    );
    expect(shown).toEqual([]);
  });

  it('no debrief lists a source whose original title describes injuries', () => {
    const titled = chapters.flatMap((chapter) =>
      chapter.decisions.flatMap((decision) =>
        [...decision.debrief.sources, ...decision.debrief.framing.map((framing) => framing.source)]
          .map((id) => sources.find((source) => source.id === id))
          .filter(
            (source) =>
              source && Object.values(INJURY_DESCRIPTIONS).some((words) => words.test(source.title)),
          )
          .map((source) => `${chapter.id}/${decision.id}: ${source!.publisher}: ${source!.title}`),
      ),
    );
    expect(titled).toEqual([]);
  });
});
