// The core text of the content (what a screen shows before "More"), read from the content and locale files.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

const root = join(import.meta.dirname, '..');
const dataDir = join(root, 'src/content/data');
const readJson = (path) => JSON.parse(readFileSync(path, 'utf8'));

export const LANGUAGES = readdirSync(join(root, 'locales'))
  .filter((name) => !name.includes('.'))
  .sort();

/** A translation function over the locale files of one language: `t('ch01:briefing.core')`. */
export function translator(language) {
  const cache = new Map();
  const namespace = (name) => {
    if (!cache.has(name)) cache.set(name, readJson(join(root, 'locales', language, `${name}.json`)));
    return cache.get(name);
  };
  return (key) => {
    const [ns, path] = key.split(':');
    let node = namespace(ns);
    for (const part of path.split('.')) node = node?.[part];
    if (typeof node !== 'string') throw new Error(`${language}: no text for ${key}`);
    return node;
  };
}

export function loadContent() {
  const scenario = readJson(join(dataDir, 'scenario.json'));
  const chapters = scenario.chapters.map((id) => readJson(join(dataDir, 'chapters', `${id}.json`)));
  return {
    chapters,
    epilogue: readJson(join(dataDir, 'epilogue.json')),
    endings: readJson(join(dataDir, 'endings.json')),
    plans: readJson(join(dataDir, 'lesson-plans.json')),
  };
}

/** A chapter's core texts in one language, by kind. */
export function chapterCore(chapter, t) {
  return {
    id: chapter.id,
    briefing: t(chapter.briefing.core.text),
    decisions: chapter.decisions.map((decision) => ({
      id: decision.id,
      prompt: t(decision.prompt),
      options: decision.options.map((option) => ({
        id: option.id,
        label: t(option.label),
        line: t(option.line),
        gists: option.advice.map((advice) => t(advice.gist)),
      })),
      debrief: t(decision.debrief.core.text),
    })),
  };
}

export const epilogueCore = (epilogue, t) => epilogue.core.map((fact) => t(fact.text));

/** Every core text of a chapter as a flat list: what a reader meets before opening "More". */
export function coreTexts(core) {
  return [
    core.briefing,
    ...core.decisions.flatMap((decision) => [
      decision.prompt,
      ...decision.options.flatMap((option) => [option.label, option.line, ...option.gists]),
      decision.debrief,
    ]),
  ];
}
