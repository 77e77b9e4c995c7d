import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { flatten, namespaceFile } from '../content/load-real-content';

const srcDir = join(__dirname, '../../../src');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return /\.(ts|tsx|json)$/.test(entry.name) ? [path] : [];
  });
}

const source = sourceFiles(srcDir)
  .map((file) => readFileSync(file, 'utf8'))
  .join('\n');

const baseKey = (key: string) => key.replace(/_(zero|one|two|few|many|other)$/, '');
const uiKeys = [...new Set([...flatten(namespaceFile('en', 'ui')).keys()].map(baseKey))];

/**
 * Keys the code builds from a template literal rather than writing out. Each pattern must still be in the
 * source; the keys it lists count as used. Only keys named here are exempt, so a new key under the same
 * prefix still needs a use or an entry.
 */
const dynamic: { pattern: string; keys: string[] }[] = [
  // save-reading failures, by SaveError reason (title screen)
  {
    pattern: '`title.saveErrors.${',
    keys: [
      'empty',
      'not-json',
      'not-a-save',
      'too-new',
      'too-old',
      'damaged',
      'other-scenario',
      'newer-content',
      'unplayable',
      'content',
    ].map((k) => `title.saveErrors.${k}`),
  },
  // replacing a game in progress: by what replaces it, a new game or a code
  { pattern: '`title.replace.${', keys: ['title.replace.newGame', 'title.replace.code'] },
  {
    pattern: '`title.replace.confirm.${',
    keys: ['title.replace.confirm.newGame', 'title.replace.confirm.code'],
  },
  // an adviser's stance on an option
  { pattern: '`decision.${', keys: ['decision.for', 'decision.against'] },
  // thresholds a meter crossed
  {
    pattern: '`consequences.crossed.${',
    keys: ['consequences.crossed.dependence', 'consequences.crossed.collapse'],
  },
  // a source's side and stance in the framing panel
  {
    pattern: '`side.${',
    keys: ['azerbaijan', 'russia', 'independent', 'west', 'turkey', 'other'].map((k) => `side.${k}`),
  },
  {
    pattern: '`stance.${',
    keys: [
      'government',
      'azerbaijani-state',
      'azerbaijani-independent',
      'azerbaijani',
      'russian-state',
      'russian-independent',
      'russian',
      'armenian',
      'international',
      'ukrainian',
      'turkish',
      'kazakh',
      'other',
    ].map((k) => `stance.${k}`),
  },
  // a record's verification status
  {
    pattern: '`record.status.${',
    keys: ['confirmed', 'disputed', 'single-source'].map((k) => `record.status.${k}`),
  },
  {
    pattern: '`record.statusNote.${',
    keys: ['confirmed', 'disputed', 'single-source'].map((k) => `record.statusNote.${k}`),
  },
  // a meter's short name, by meter id
  {
    pattern: '`meters.short.${',
    keys: ['russia', 'turkey', 'west', 'economy', 'citizens', 'peace'].map((k) => `meters.short.${k}`),
  },
  // the stamp on the map when a threshold is crossed
  { pattern: '`stage.stamp.${', keys: ['stage.stamp.dependence', 'stage.stamp.collapse'] },
  // the knowledge check, before and after the campaign, and its answers
  { pattern: '`check.eyebrow.${', keys: ['check.eyebrow.before'] },
  { pattern: '`check.heading.${', keys: ['check.heading.before', 'check.heading.after'] },
  { pattern: '`check.intro.${', keys: ['check.intro.before', 'check.intro.after'] },
  { pattern: '`check.${', keys: ['check.right', 'check.wrong', 'check.notSure'] },
  // the report's columns and its knowledge-check lines
  {
    pattern: '`report.columns.${',
    keys: ['chapter', 'yours', 'baku', 'compared'].map((k) => `report.columns.${k}`),
  },
  { pattern: '`report.check.${', keys: ['report.check.before', 'report.check.after'] },
  // the model page: actor kinds, postures, rule conditions and assumptions
  { pattern: '`modelPage.kind.${', keys: ['modelPage.kind.power', 'modelPage.kind.stake'] },
  {
    pattern: '`modelPage.posture.${',
    keys: ['confront', 'conciliate', 'internationalise', 'wait', 'west', 'turkey'].map(
      (k) => `modelPage.posture.${k}`,
    ),
  },
  { pattern: '`modelPage.when.${', keys: ['modelPage.when.flag', 'modelPage.when.notFlag'] },
  {
    pattern: '`modelPage.assumption.${',
    keys: ['meters', 'moves', 'variation', 'oneDesk', 'record'].map((k) => `modelPage.assumption.${k}`),
  },
  // game-code failures, by reason
  {
    pattern: '`code.errors.${',
    keys: ['malformed', 'mistyped', 'unplayable', 'content'].map((k) => `code.errors.${k}`),
  },
  // why a class vote count is refused
  {
    pattern: '`vote.error.${',
    keys: ['unreadable', 'negative', 'fraction', 'tooLarge'].map((k) => `vote.error.${k}`),
  },
  // the results spreadsheet: its columns and the run's mode
  {
    pattern: '`results.spreadsheet.columns.${',
    keys: [
      'group',
      'mode',
      'number',
      'chapter',
      'decision',
      'choice',
      'baku',
      'same',
      'votes',
      'votesFor',
      'ending',
      'checkBefore',
      'checkAfter',
    ].map((k) => `results.spreadsheet.columns.${k}`),
  },
  {
    pattern: '`results.spreadsheet.mode.${',
    keys: ['results.spreadsheet.mode.solo', 'results.spreadsheet.mode.class'],
  },
  // the class summary: file-reading failures, and class or solo runs
  {
    pattern: '`summary.errors.${',
    keys: [
      'not-json',
      'spreadsheet',
      'not-a-result',
      'too-new',
      'other-scenario',
      'damaged',
      'unreadable',
    ].map((k) => `summary.errors.${k}`),
  },
  { pattern: '`summary.columns.${', keys: ['summary.columns.class', 'summary.columns.solo'] },
  { pattern: '`summary.mode.${', keys: ['summary.mode.class', 'summary.mode.solo'] },
  { pattern: '`summary.modeCount.${', keys: ['summary.modeCount.class', 'summary.modeCount.solo'] },
  // the approach table: kinds of response
  {
    pattern: '`analysis.approach.${',
    keys: ['confront', 'wait', 'conciliate', 'other'].map((k) => `analysis.approach.${k}`),
  },
];

const writtenOut = (key: string) =>
  [`'${key}'`, `"${key}"`, `'ui:${key}'`, `"ui:${key}"`].some((literal) => source.includes(literal));

describe('ui namespace keys', () => {
  it('each dynamic pattern is still in the source and builds only existing keys', () => {
    const known = new Set(uiKeys);
    for (const { pattern, keys } of dynamic) {
      expect(source.includes(pattern), pattern).toBe(true);
      for (const key of keys) expect(known.has(key), `${pattern} → ${key}`).toBe(true);
    }
  });

  it('every key is used in src/ (code or content data), written out or built by a listed pattern', () => {
    const built = new Set(dynamic.flatMap(({ keys }) => keys));
    const unused = uiKeys.filter((key) => !writtenOut(key) && !built.has(key));
    expect(unused).toEqual([]);
  });
});
