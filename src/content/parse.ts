import { z } from './zod';
import { err, ok, type Result } from '../lib/result';
import { Chapter, Endings, Epilogue, Glossary, KnowledgeCheck, RecordFile, Scenario } from './schema';

export interface ContentError {
  file: string;
  message: string;
  /** The file could not be downloaded (offline, a dropped connection): nothing is wrong with it. */
  unreachable?: boolean;
}

function parseWith<T>(schema: z.ZodType<T>, data: unknown, file: string): Result<T, ContentError> {
  const parsed = schema.safeParse(data);
  return parsed.success ? ok(parsed.data) : err({ file, message: z.prettifyError(parsed.error) });
}

export const parseScenario = (data: unknown, file = 'scenario.json') => parseWith(Scenario, data, file);
export const parseChapter = (data: unknown, file: string) => parseWith(Chapter, data, file);
export const parseRecord = (data: unknown, file = 'record.json') => parseWith(RecordFile, data, file);
export const parseEpilogue = (data: unknown, file = 'epilogue.json') => parseWith(Epilogue, data, file);
export const parseEndings = (data: unknown, file = 'endings.json') => parseWith(Endings, data, file);
export const parseKnowledgeCheck = (data: unknown, file = 'knowledge-check.json') =>
  parseWith(KnowledgeCheck, data, file);
export const parseGlossary = (data: unknown, file = 'glossary.json') => parseWith(Glossary, data, file);
