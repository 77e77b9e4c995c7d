export const LANGUAGES: string[];
export type Translate = (key: string) => string;
export function translator(language: string): Translate;
export interface CoreOption {
  id: string;
  label: string;
  line: string;
  gists: string[];
}
export interface ChapterCore {
  id: string;
  briefing: string;
  decisions: { id: string; prompt: string; options: CoreOption[]; debrief: string }[];
}
export function loadContent(): {
  chapters: { id: string; [key: string]: unknown }[];
  epilogue: { core: { text: string }[] };
  endings: { endings: { id: string; title: string; summary: string }[] };
  plans: Record<string, { chapters: string[]; check: boolean }>;
};
export function chapterCore(chapter: unknown, t: Translate): ChapterCore;
export function epilogueCore(epilogue: unknown, t: Translate): string[];
export function coreTexts(core: ChapterCore): string[];
