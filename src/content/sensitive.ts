import type { RecordEntry, RecordFile } from './schema';

const softened = new WeakMap<RecordFile, RecordFile>();

function soften(entry: RecordEntry): RecordEntry {
  return {
    ...entry,
    summary: entry.softSummary ?? entry.summary,
    positions: entry.positions.map((position) => ({ ...position, text: position.softText ?? position.text })),
  };
}

/**
 * The record as a class sees it: when the teacher leaves casualty details out, every entry with a softened
 * summary (or position) shows that instead, wherever the record is read (timeline, citations, framing).
 */
export function recordForClass(record: RecordFile, hideSensitive: boolean): RecordFile {
  if (!hideSensitive) return record;
  let soft = softened.get(record);
  if (!soft) {
    soft = { ...record, entries: record.entries.map(soften) };
    softened.set(record, soft);
  }
  return soft;
}
