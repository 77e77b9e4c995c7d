import type { Campaign } from '../engine/types';
import { checkChapter, checkRecord, checkReferences, checkScenario } from './cross-check';
import {
  parseChapter,
  parseEndings,
  parseEpilogue,
  parseGlossary,
  parseKnowledgeCheck,
  parseRecord,
  parseScenario,
  type ContentError,
} from './parse';
import type {
  Chapter,
  Endings,
  Epilogue,
  Glossary,
  KnowledgeCheck,
  RecordFile,
  Scenario,
  TextKey,
} from './schema';
import scenarioData from './data/scenario.json';
import { err, ok, type Result } from '../lib/result';

const chapterFiles = import.meta.glob<unknown>('./data/chapters/*.json', { import: 'default' });

/** The loader of a chapter's file; an id that names no file (`__proto__` included) has none. */
function chapterFile(id: string): (() => Promise<unknown>) | undefined {
  const path = `./data/chapters/${id}.json`;
  return Object.hasOwn(chapterFiles, path) ? chapterFiles[path] : undefined;
}

/** A file that cannot be downloaded (offline, a dropped connection) becomes an error to show, never a crash. */
async function download<T>(file: string, fetch: () => Promise<T>): Promise<Result<T, ContentError[]>> {
  try {
    return ok(await fetch());
  } catch (problem) {
    const message = problem instanceof Error ? problem.message : String(problem);
    return err([{ file, message, unreachable: true }]);
  }
}

/** What follows the last decision: the epilogue and the endings. */
export interface Finale {
  epilogue: Epilogue;
  endings: Endings;
}

/** Loads and checks content on demand: the scenario index at boot, chapters and the record when first needed. */
export class ContentCatalog {
  private readonly chapters = new Map<string, Chapter>();
  private record: RecordFile | undefined;
  private finale: Finale | undefined;
  private check: KnowledgeCheck | undefined;
  private glossaryFile: Glossary | undefined;

  /** `loadTexts` fetches the translation namespaces that go with loaded content. */
  private constructor(
    readonly scenario: Scenario,
    private readonly loadTexts: (namespaces: string[]) => Promise<void>,
  ) {}

  static open(
    loadTexts: (namespaces: string[]) => Promise<void> = async () => {},
  ): Result<ContentCatalog, ContentError[]> {
    const parsed = parseScenario(scenarioData);
    if (!parsed.ok) return err([parsed.error]);
    const problems = checkScenario(parsed.value);
    if (problems.length) return err(problems.map((message) => ({ file: 'scenario.json', message })));
    return ok(new ContentCatalog(parsed.value, loadTexts));
  }

  /** Title keys of the chapters loaded so far, by chapter id. */
  chapterTitles(): Record<string, TextKey> {
    return Object.fromEntries([...this.chapters.values()].map((chapter) => [chapter.id, chapter.title]));
  }

  campaign(): Campaign {
    return { scenario: this.scenario, chapters: Object.fromEntries(this.chapters) };
  }

  /** The record, once the first chapter has loaded it. */
  recordFile(): RecordFile {
    if (!this.record) throw new Error('The record is read before any chapter was loaded.');
    return this.record;
  }

  async loadRecord(): Promise<Result<RecordFile, ContentError[]>> {
    if (this.record) return ok(this.record);
    const raw = await download('record.json', async () => {
      const [data] = await Promise.all([import('./data/record.json'), this.loadTexts(['record'])]);
      return data.default;
    });
    if (!raw.ok) return raw;
    const parsed = parseRecord(raw.value);
    if (!parsed.ok) return err([parsed.error]);
    const problems = checkRecord(parsed.value);
    if (problems.length) return err(problems.map((message) => ({ file: 'record.json', message })));
    this.record = parsed.value;
    return ok(parsed.value);
  }

  async loadChapters(ids: readonly string[]): Promise<Result<Campaign, ContentError[]>> {
    const record = await this.loadRecord();
    if (!record.ok) return record;
    // Fetch every missing chapter and its texts at once: each await costs a frame on a busy main thread.
    const missing = [...new Set(ids)].filter((id) => !this.chapters.has(id));
    const absent = missing.find((id) => !chapterFile(id));
    if (absent)
      return err([
        { file: `chapters/${absent}.json`, message: `The chapter file for "${absent}" is missing.` },
      ]);
    // The glossary comes with the first chapters so that their briefings can link its terms.
    const downloaded = await download(`chapters/${missing.join(', ')}`, async () => {
      const [files] = await Promise.all([
        Promise.all(missing.map((id) => chapterFile(id)!())),
        missing.length ? this.loadTexts(missing) : Promise.resolve(),
        this.loadGlossary(),
      ]);
      return files;
    });
    if (!downloaded.ok) return downloaded;
    const files = downloaded.value;
    for (const [index, id] of missing.entries()) {
      const file = `chapters/${id}.json`;
      const parsed = parseChapter(files[index], file);
      if (!parsed.ok) return err([parsed.error]);
      const problems = checkChapter(parsed.value, this.scenario, record.value);
      if (problems.length) return err(problems.map((message) => ({ file, message })));
      this.chapters.set(id, parsed.value);
    }
    return ok(this.campaign());
  }

  /** Parses a file that sits beside the chapters and checks every id it names. */
  private async loadExtra<T>(
    file: string,
    namespace: string,
    data: () => Promise<unknown>,
    parse: (data: unknown) => Result<T, ContentError>,
  ): Promise<Result<T, ContentError[]>> {
    const record = await this.loadRecord();
    if (!record.ok) return record;
    const raw = await download(file, async () => {
      const [loaded] = await Promise.all([data(), this.loadTexts([namespace])]);
      return loaded;
    });
    if (!raw.ok) return raw;
    const parsed = parse(raw.value);
    if (!parsed.ok) return err([parsed.error]);
    const problems = checkReferences(parsed.value, file, this.scenario, record.value);
    if (problems.length) return err(problems.map((message) => ({ file, message })));
    return ok(parsed.value);
  }

  async loadFinale(): Promise<Result<Finale, ContentError[]>> {
    if (this.finale) return ok(this.finale);
    const epilogue = await this.loadExtra(
      'epilogue.json',
      'epilogue',
      () => import('./data/epilogue.json').then((module) => module.default),
      parseEpilogue,
    );
    if (!epilogue.ok) return epilogue;
    const endings = await this.loadExtra(
      'endings.json',
      'endings',
      () => import('./data/endings.json').then((module) => module.default),
      parseEndings,
    );
    if (!endings.ok) return endings;
    this.finale = { epilogue: epilogue.value, endings: endings.value };
    return ok(this.finale);
  }

  async loadKnowledgeCheck(): Promise<Result<KnowledgeCheck, ContentError[]>> {
    if (this.check) return ok(this.check);
    const check = await this.loadExtra(
      'knowledge-check.json',
      'quiz',
      () => import('./data/knowledge-check.json').then((module) => module.default),
      parseKnowledgeCheck,
    );
    if (check.ok) this.check = check.value;
    return check;
  }

  /** The glossary, once loaded: screens link its terms when it is there and simply do not when it is not. */
  glossary(): Glossary | undefined {
    return this.glossaryFile;
  }

  async loadGlossary(): Promise<Result<Glossary, ContentError[]>> {
    if (this.glossaryFile) return ok(this.glossaryFile);
    const glossary = await this.loadExtra(
      'glossary.json',
      'glossary',
      () => import('./data/glossary.json').then((module) => module.default),
      parseGlossary,
    );
    if (glossary.ok) this.glossaryFile = glossary.value;
    return glossary;
  }
}
