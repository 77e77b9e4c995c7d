import { parseResultFile, type ResultFile, type ResultFileError } from './result-file';

/** A picked file: its text, or the reason the browser could not read it. */
export interface PickedFile {
  name: string;
  text: PromiseSettledResult<string>;
}

export interface CountedFile {
  name: string;
  result: ResultFile;
  /** The run's content, so the same run picked again (under any file name) counts once. */
  fingerprint: string;
}

export type RefusalReason = ResultFileError | { kind: 'unreadable' };

export interface Collection {
  counted: CountedFile[];
  /** Files left out because the same run was already counted from `sameAs`. */
  duplicates: { name: string; sameAs: string }[];
  refused: { name: string; reason: RefusalReason }[];
}

export const emptyCollection = (): Collection => ({ counted: [], duplicates: [], refused: [] });

/** Adds newly picked files to those counted so far; each file is judged alone, so one bad file drops no other. */
export function collectResults(
  previous: Collection,
  picked: readonly PickedFile[],
  scenarioId: string,
): Collection {
  const counted = [...previous.counted];
  const duplicates = [...previous.duplicates];
  const refused = [...previous.refused];
  const byFingerprint = new Map(counted.map((file) => [file.fingerprint, file.name]));
  for (const file of picked) {
    if (file.text.status === 'rejected') {
      refused.push({ name: file.name, reason: { kind: 'unreadable' } });
      continue;
    }
    const parsed = parseResultFile(file.text.value, scenarioId);
    if (!parsed.ok) {
      refused.push({ name: file.name, reason: parsed.error });
      continue;
    }
    // The parsed run, not the raw text: the same run saved with other spacing is still the same run.
    const fingerprint = JSON.stringify(parsed.value);
    const sameAs = byFingerprint.get(fingerprint);
    if (sameAs !== undefined) {
      duplicates.push({ name: file.name, sameAs });
      continue;
    }
    byFingerprint.set(fingerprint, file.name);
    counted.push({ name: file.name, result: parsed.value, fingerprint });
  }
  return { counted, duplicates, refused };
}
