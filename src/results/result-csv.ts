import type { TOptions } from 'i18next';
import type { Decision, Ending } from '../content/schema';
import type { Campaign } from '../engine/types';
import type { KeysUnder, Translate } from '../i18n/keys';
import type { ResultFile } from './result-file';

export interface CsvWords {
  campaign: Campaign;
  endings: readonly Ending[];
  t: Translate;
}

/** The most options a decision has (the content schema allows 3–4): one vote column each. */
const VOTE_COLUMNS = 4;

/** Quotes a cell as RFC 4180 asks, and defuses text a spreadsheet would run as a formula. */
export function csvCell(value: string | number): string {
  const text = String(value);
  const safe = typeof value === 'string' && /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

const csvRow = (cells: readonly (string | number)[]) => cells.map(csvCell).join(',');

function headings(t: Translate): string[] {
  const column = (name: KeysUnder<'results.spreadsheet.columns'>, options?: TOptions) =>
    t(`results.spreadsheet.columns.${name}`, options);
  return [
    column('group'),
    column('mode'),
    column('number'),
    column('chapter'),
    column('decision'),
    column('choice'),
    column('baku'),
    column('same'),
    column('votes'),
    ...Array.from({ length: VOTE_COLUMNS }, (_, index) => column('votesFor', { number: index + 1 })),
    column('ending'),
    column('checkBefore'),
    column('checkAfter'),
  ];
}

/**
 * One row per decision, in words of the language on screen: chapter and decision titles, option labels,
 * the class's votes by option and the ending's title. Ids stay in the JSON copy of the run.
 */
export function resultToCsv(result: ResultFile, words: CsvWords): string {
  const { campaign, t } = words;
  const ending = result.ending === null ? undefined : words.endings.find((e) => e.id === result.ending);
  const endingTitle = ending ? t(ending.title) : (result.ending ?? '');
  const rows = result.decisions.map((played, index) => {
    // Ids from a file are looked up as own keys only: "toString" names no chapter.
    const chapter = Object.hasOwn(campaign.chapters, played.chapter)
      ? campaign.chapters[played.chapter]
      : undefined;
    const decision: Decision | undefined = chapter?.decisions.find((d) => d.id === played.decision);
    const label = (optionId: string) => {
      const option = decision?.options.find((o) => o.id === optionId);
      return option ? t(option.label) : optionId;
    };
    const votes = played.votes ?? [];
    const readableVotes = votes
      .map((count, position) => {
        const option = decision?.options[position];
        return `${position + 1}. ${option ? t(option.label) : ''}: ${count}`;
      })
      .join('; ');
    return [
      result.group,
      t(`results.spreadsheet.mode.${result.mode}`),
      index + 1,
      chapter
        ? t('results.spreadsheet.chapter', { number: chapter.number, title: t(chapter.title) })
        : played.chapter,
      decision ? t(decision.title) : played.decision,
      label(played.option),
      label(played.historical),
      t(played.option === played.historical ? 'results.spreadsheet.yes' : 'results.spreadsheet.no'),
      readableVotes,
      ...Array.from({ length: VOTE_COLUMNS }, (_, position) => votes[position] ?? ''),
      endingTitle,
      result.checks.before?.balanced ?? '',
      result.checks.after?.balanced ?? '',
    ];
  });
  return [headings(t), ...rows].map(csvRow).join('\r\n') + '\r\n';
}
