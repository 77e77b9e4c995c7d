// Word counts and readability for the game's texts, shared by the unit tests and `npm run words`.

const WORD = /[\p{L}\p{N}]/u;

/** The words of a text: runs of non-space characters that hold a letter or a digit. */
export function words(text) {
  return text.split(/\s+/).filter((token) => WORD.test(token));
}

export function countWords(text) {
  return words(text).length;
}

// Abbreviations whose full stop does not end a sentence, in the four languages.
const ABBREVIATIONS = /\b(?:Mr|Mrs|Dr|St|No|vs|etc|e\.g|i\.e|U\.S|Jr|Sr|г|гг|т\.е|т\.д|им|ул|prof|Prof)\.$/u;

/** Sentences: a text cut after ., ! or ? (closing quotes and brackets kept) when a space and a new sentence follow. */
export function sentences(text) {
  const result = [];
  const pattern = /[^.!?…]+(?:[.!?…]+["”»)\]]*|$)/gu;
  let carry = '';
  for (const match of text.matchAll(pattern)) {
    const piece = carry + match[0];
    const trimmed = piece.trim();
    // A full stop inside a number (3.5) or after an abbreviation or an initial (J. Smith) does not end a sentence.
    const rest = text.slice(match.index + match[0].length);
    const initial = /(?:^|\s)\p{Lu}\.$/u.test(trimmed);
    if (rest && (ABBREVIATIONS.test(trimmed) || initial || /^\S/u.test(rest) || /^\s+\p{Ll}/u.test(rest))) {
      carry = piece;
      continue;
    }
    carry = '';
    if (countWords(trimmed) > 0) result.push(trimmed);
  }
  if (carry.trim() && countWords(carry) > 0) result.push(carry.trim());
  return result;
}

/** The number of words in the longest sentence of a text. */
export function longestSentence(text) {
  return Math.max(0, ...sentences(text).map(countWords));
}

/** English syllables by the usual vowel-group rule; digits count one syllable per digit group. */
export function syllables(word) {
  const letters = word.toLowerCase().replace(/[^a-z]/g, '');
  if (!letters) return /\d/.test(word) ? 1 : 0;
  if (letters.length <= 3) return 1;
  const trimmed = letters.replace(/(?:[^laeiouy]es|[^laeiouy]ed|[^laeiouy]e)$/, '').replace(/^y/, '');
  const groups = trimmed.match(/[aeiouy]{1,2}/g);
  return Math.max(1, groups ? groups.length : 1);
}

/** Flesch–Kincaid grade level of English texts taken together. */
export function fleschKincaidGrade(texts) {
  let wordCount = 0;
  let sentenceCount = 0;
  let syllableCount = 0;
  for (const text of texts) {
    const found = sentences(text);
    sentenceCount += found.length;
    for (const sentence of found) {
      const list = words(sentence);
      wordCount += list.length;
      syllableCount += list.reduce((sum, word) => sum + syllables(word), 0);
    }
  }
  if (!wordCount || !sentenceCount) return 0;
  return 0.39 * (wordCount / sentenceCount) + 11.8 * (syllableCount / wordCount) - 15.59;
}

/** The budgets of core text, in English words; ru, az and tr may use 25% more. */
export const CORE_BUDGETS = {
  briefing: 120,
  optionLine: 25,
  debrief: 120,
  epilogue: 250,
  sentence: 25,
  grade: 9,
};

export const LANGUAGE_ALLOWANCE = { en: 1, ru: 1.25, az: 1.25, tr: 1.25 };

/** A budget in words for a language: English as given, the others 25% more. */
export function budgetFor(words, language) {
  return Math.floor(words * (LANGUAGE_ALLOWANCE[language] ?? 1.25));
}
