export function words(text: string): string[];
export function countWords(text: string): number;
export function sentences(text: string): string[];
export function longestSentence(text: string): number;
export function syllables(word: string): number;
export function fleschKincaidGrade(texts: readonly string[]): number;
export const CORE_BUDGETS: {
  briefing: number;
  optionLine: number;
  debrief: number;
  epilogue: number;
  sentence: number;
  grade: number;
};
export const LANGUAGE_ALLOWANCE: Record<string, number>;
export function budgetFor(words: number, language: string): number;
