import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  parseChapter,
  parseEndings,
  parseEpilogue,
  parseGlossary,
  parseKnowledgeCheck,
  parseRecord,
  parseScenario,
} from '../../../src/content/parse';
import type { Chapter, RecordFile, Scenario } from '../../../src/content/schema';
import type { Campaign } from '../../../src/engine/types';

const root = join(import.meta.dirname, '../../..');
const dataDir = join(root, 'src/content/data');
export const localesDir = join(root, 'locales');

export const readJson = (path: string): unknown => JSON.parse(readFileSync(path, 'utf8'));

function unwrap<T>(
  result: { ok: true; value: T } | { ok: false; error: { file: string; message: string } },
): T {
  if (!result.ok) throw new Error(`${result.error.file}\n${result.error.message}`);
  return result.value;
}

export function loadScenario(): Scenario {
  return unwrap(parseScenario(readJson(join(dataDir, 'scenario.json'))));
}

export function loadRecord(): RecordFile {
  return unwrap(parseRecord(readJson(join(dataDir, 'record.json'))));
}

export function chapterFiles(): string[] {
  return readdirSync(join(dataDir, 'chapters')).filter((file) => file.endsWith('.json'));
}

export function loadChapter(file: string): Chapter {
  return unwrap(parseChapter(readJson(join(dataDir, 'chapters', file)), file));
}

/** The real scenario with every chapter loaded, as the engine plays it. */
export function loadCampaign(): Campaign {
  return {
    scenario: loadScenario(),
    chapters: Object.fromEntries(
      chapterFiles()
        .map(loadChapter)
        .map((chapter) => [chapter.id, chapter]),
    ),
  };
}

export const languages = (): string[] => readdirSync(localesDir).filter((name) => !name.includes('.'));

export function namespaceFile(language: string, namespace: string): Record<string, unknown> | null {
  try {
    return readJson(join(localesDir, language, `${namespace}.json`)) as Record<string, unknown>;
  } catch {
    return null;
  }
}

/** Whether `ns:path.to.key` resolves to a non-empty string in a language (plural forms count). */
export function hasText(language: string, key: string): boolean {
  const [namespace, path] = key.split(':') as [string, string];
  let node: unknown = namespaceFile(language, namespace);
  const parts = path.split('.');
  for (const [index, part] of parts.entries()) {
    if (typeof node !== 'object' || node === null) return false;
    const record = node as Record<string, unknown>;
    const last = index === parts.length - 1;
    node = last && !(part in record) ? record[`${part}_other`] : record[part];
  }
  return typeof node === 'string' && node.trim().length > 0;
}

/** Every string leaf of a locale file, as `path.to.key` → text. */
export function flatten(node: unknown, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  if (typeof node === 'string') out.set(prefix, node);
  else if (typeof node === 'object' && node !== null) {
    for (const [key, value] of Object.entries(node)) {
      for (const [k, v] of flatten(value, prefix ? `${prefix}.${key}` : key)) out.set(k, v);
    }
  }
  return out;
}

export function loadFinaleFiles() {
  return {
    epilogue: unwrap(parseEpilogue(readJson(join(dataDir, 'epilogue.json')))),
    endings: unwrap(parseEndings(readJson(join(dataDir, 'endings.json')))),
    check: unwrap(parseKnowledgeCheck(readJson(join(dataDir, 'knowledge-check.json')))),
    glossary: unwrap(parseGlossary(readJson(join(dataDir, 'glossary.json')))),
  };
}

/** Every content namespace with English text a player reads. */
export const contentNamespaces = (): string[] => [
  'record',
  'model',
  'epilogue',
  'endings',
  'quiz',
  'glossary',
  ...chapterFiles().map((file) => file.replace(/\.json$/, '')),
];
