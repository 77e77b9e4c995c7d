// `npm run words`: the words of core text per chapter and per lesson plan, in each language, with the English
// Flesch–Kincaid grade and each language's longest sentence. "Class" counts what the projector shows before
// "More" (briefing, question, options, debrief); "solo" adds the advisers' one-sentence cases.
import { LANGUAGES, chapterCore, coreTexts, epilogueCore, loadContent, translator } from './core-text.mjs';
import { countWords, fleschKincaidGrade, longestSentence } from './readability.mjs';

const content = loadContent();
const sum = (values) => values.reduce((total, value) => total + value, 0);

function chapterFigures(chapter, t) {
  const core = chapterCore(chapter, t);
  const classTexts = [
    core.briefing,
    ...core.decisions.flatMap((d) => [d.prompt, ...d.options.flatMap((o) => [o.label, o.line]), d.debrief]),
  ];
  const texts = coreTexts(core);
  return {
    class: sum(classTexts.map(countWords)),
    solo: sum(texts.map(countWords)),
    texts,
  };
}

const pad = (value, width) => String(value).padStart(width);
const plans = {
  ...Object.fromEntries(Object.entries(content.plans).map(([name, plan]) => [name, plan.chapters])),
  all: content.chapters.map((chapter) => chapter.id),
};

for (const language of LANGUAGES) {
  const t = translator(language);
  console.log(`\n${language}`);
  console.log(
    `  ${'chapter'.padEnd(10)} ${pad('class', 6)} ${pad('solo', 6)} ${pad('grade', 6)} ${pad('longest', 8)}`,
  );
  const figures = new Map();
  for (const chapter of content.chapters) {
    const f = chapterFigures(chapter, t);
    figures.set(chapter.id, f);
    const grade = language === 'en' ? fleschKincaidGrade(f.texts).toFixed(1) : '–';
    const longest = Math.max(...f.texts.map(longestSentence));
    console.log(
      `  ${chapter.id.padEnd(10)} ${pad(f.class, 6)} ${pad(f.solo, 6)} ${pad(grade, 6)} ${pad(longest, 8)}`,
    );
  }
  const epilogue = epilogueCore(content.epilogue, t);
  const epilogueWords = sum(epilogue.map(countWords));
  const grade = language === 'en' ? fleschKincaidGrade(epilogue).toFixed(1) : '–';
  console.log(
    `  ${'epilogue'.padEnd(10)} ${pad(epilogueWords, 6)} ${pad(epilogueWords, 6)} ${pad(grade, 6)} ${pad(Math.max(...epilogue.map(longestSentence)), 8)}`,
  );
  for (const [name, ids] of Object.entries(plans)) {
    const chosen = ids.map((id) => figures.get(id));
    const texts = [...chosen.flatMap((f) => f.texts), ...epilogue];
    const planGrade = language === 'en' ? ` · grade ${fleschKincaidGrade(texts).toFixed(1)}` : '';
    console.log(
      `  plan ${name.padEnd(5)} class ${sum(chosen.map((f) => f.class)) + epilogueWords} words · solo ${
        sum(chosen.map((f) => f.solo)) + epilogueWords
      } words${planGrade} (core content; chrome, meters and the report come on top)`,
    );
  }
}
