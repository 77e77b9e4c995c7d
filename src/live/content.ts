// The whole campaign for the live-session server, bundled at build time (the browser loads chapters lazily instead).
import { parseChapter, parseKnowledgeCheck, parseScenario } from '../content/parse';
import type { Chapter } from '../content/schema';
import scenarioData from '../content/data/scenario.json';
import knowledgeCheckData from '../content/data/knowledge-check.json';
import type { LiveContent } from './session';

const chapterFiles = import.meta.glob<unknown>('../content/data/chapters/*.json', {
  import: 'default',
  eager: true,
});

/** Parses the scenario, every chapter and the knowledge check; throws on content that fails its schema. */
export function loadLiveContent(): LiveContent {
  const scenario = parseScenario(scenarioData);
  if (!scenario.ok) throw new Error(scenario.error.message);
  const chapters: Record<string, Chapter> = {};
  for (const [path, data] of Object.entries(chapterFiles)) {
    const parsed = parseChapter(data, path);
    if (!parsed.ok) throw new Error(parsed.error.message);
    chapters[parsed.value.id] = parsed.value;
  }
  const check = parseKnowledgeCheck(knowledgeCheckData);
  if (!check.ok) throw new Error(check.error.message);
  return {
    campaign: { scenario: scenario.value, chapters },
    statements: check.value.statements.map((statement) => statement.id),
  };
}
