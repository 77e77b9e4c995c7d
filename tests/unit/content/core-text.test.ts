import { describe, expect, it } from 'vitest';
import {
  LANGUAGES,
  chapterCore,
  coreTexts,
  epilogueCore,
  loadContent,
  translator,
} from '../../../scripts/core-text.mjs';
import {
  CORE_BUDGETS,
  budgetFor,
  countWords,
  fleschKincaidGrade,
  longestSentence,
  sentences,
} from '../../../scripts/readability.mjs';

const content = loadContent();

describe('the readability check', () => {
  it('cuts sentences at their ends, not at abbreviations, initials, decimals or a quote mid-sentence', () => {
    expect(sentences('The U.S. said 3.5 million. “Is this it?” he asked. Then J. Smith left!')).toEqual([
      'The U.S. said 3.5 million.',
      '“Is this it?” he asked.',
      'Then J. Smith left!',
    ]);
  });

  it('counts words with letters or digits, not dashes', () => {
    expect(countWords('Baku, 4–7 May 2025 — a test.')).toBe(6);
  });

  it('grades plain text low and dense text high', () => {
    expect(fleschKincaidGrade(['The cat sat on the mat. It was warm.'])).toBeLessThan(3);
    expect(
      fleschKincaidGrade([
        'The intergovernmental consultations regarding compensation mechanisms necessitated comprehensive multilateral negotiations concerning international aviation liability.',
      ]),
    ).toBeGreaterThan(16);
  });
});

describe.each(LANGUAGES)('core text in %s', (language) => {
  const t = translator(language);
  const chapters = content.chapters.map((chapter) => [chapter.id, chapter] as const);
  const budget = (words: number) => budgetFor(words, language);

  it.each(chapters)('%s keeps to the budgets', (_, chapter) => {
    const core = chapterCore(chapter, t);
    const over: string[] = [];
    const check = (what: string, text: string, limit: number) => {
      if (countWords(text) > limit) over.push(`${what}: ${countWords(text)} words, over ${limit}`);
    };
    check('briefing', core.briefing, budget(CORE_BUDGETS.briefing));
    for (const decision of core.decisions) {
      check(`${decision.id} debrief`, decision.debrief, budget(CORE_BUDGETS.debrief));
      for (const option of decision.options) {
        check(`${decision.id} ${option.id} line`, option.line, budget(CORE_BUDGETS.optionLine));
        if (sentences(option.line).length !== 1)
          over.push(`${decision.id} ${option.id}: the line is not one sentence`);
        for (const gist of option.gists) {
          if (sentences(gist).length !== 1)
            over.push(`${decision.id} ${option.id}: a case is not one sentence: ${gist}`);
        }
      }
    }
    expect(over).toEqual([]);
  });

  it.each(chapters)('%s has no sentence over the limit', (_, chapter) => {
    const core = chapterCore(chapter, t);
    const limit = budget(CORE_BUDGETS.sentence);
    const long = coreTexts(core).filter((text) => longestSentence(text) > limit);
    expect(long).toEqual([]);
  });

  it('the epilogue core keeps to its budget, with short sentences', () => {
    const texts = epilogueCore(content.epilogue, t);
    expect(texts.reduce((sum, text) => sum + countWords(text), 0)).toBeLessThanOrEqual(
      budget(CORE_BUDGETS.epilogue),
    );
    expect(texts.filter((text) => longestSentence(text) > budget(CORE_BUDGETS.sentence))).toEqual([]);
  });
});

describe('English core readability', () => {
  const t = translator('en');
  it.each(content.chapters.map((chapter) => [chapter.id, chapter] as const))(
    '%s reads at grade 9 or below',
    (_, chapter) => {
      expect(fleschKincaidGrade(coreTexts(chapterCore(chapter, t)))).toBeLessThanOrEqual(CORE_BUDGETS.grade);
    },
  );

  it('the epilogue reads at grade 9 or below', () => {
    expect(fleschKincaidGrade(epilogueCore(content.epilogue, t))).toBeLessThanOrEqual(CORE_BUDGETS.grade);
  });
});
