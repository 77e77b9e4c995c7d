import type { RecordEntry, RecordFile, Source, TextKey } from './schema';

const softenedEntries = new WeakMap<RecordFile, RecordEntry[]>();

function soften(entry: RecordEntry): RecordEntry {
  return {
    ...entry,
    summary: entry.softSummary ?? entry.summary,
    positions: entry.positions.map((position) => ({ ...position, text: position.softText ?? position.text })),
  };
}

/** Source titles are shown as they stand, untranslated, so a soft title is put into words here, in `language`. */
function softenTitle(source: Source, translate: (key: TextKey) => string, language: string): Source {
  return source.softTitle ? { ...source, title: translate(source.softTitle), titleLang: language } : source;
}

/**
 * The record as a class sees it: when the teacher leaves casualty details out, every entry with a softened
 * summary (or position) shows that instead, and every source with a soft title shows it, translated with
 * `translate` into `language`, in place of its headline, wherever the record is read (timeline, citations,
 * framing).
 */
export function recordForClass(
  record: RecordFile,
  hideSensitive: boolean,
  translate: (key: TextKey) => string,
  language: string,
): RecordFile {
  if (!hideSensitive) return record;
  let entries = softenedEntries.get(record);
  if (!entries) {
    entries = record.entries.map(soften);
    softenedEntries.set(record, entries);
  }
  return {
    ...record,
    entries,
    sources: record.sources.map((source) => softenTitle(source, translate, language)),
  };
}
