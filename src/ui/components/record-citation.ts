import type { TFunction } from 'i18next';
import type { RecordEntry, RecordFile, Source } from '../../content/schema';
import { formatDateOrRange } from '../format';
import { h, uniqueId } from '../dom';
import { LANGUAGE_NAMES } from '../../i18n/languages';

const STATUS_WEIGHT: Record<RecordEntry['status'], number> = {
  confirmed: 0,
  'single-source': 1,
  disputed: 2,
};

/** The least certain status among the cited entries: one disputed entry makes the fact disputed. */
export function weakestStatus(entries: readonly RecordEntry[]): RecordEntry['status'] {
  return entries.reduce<RecordEntry['status']>(
    (weakest, entry) => (STATUS_WEIGHT[entry.status] > STATUS_WEIGHT[weakest] ? entry.status : weakest),
    'confirmed',
  );
}

export function statusStamp(t: TFunction, status: RecordEntry['status']): HTMLElement {
  return h(
    'span',
    { class: `stamp stamp-${status}`, title: t(`record.statusNote.${status}`) },
    t(`record.status.${status}`),
  );
}

function languageName(lang: string, uiLanguage: string): string {
  try {
    return new Intl.DisplayNames([uiLanguage], { type: 'language' }).of(lang) ?? lang;
  } catch {
    return LANGUAGE_NAMES[lang] ?? lang;
  }
}

export function sourceLink(t: TFunction, source: Source, uiLanguage: string): HTMLElement {
  return h(
    'span',
    { class: 'source' },
    h('span', { class: 'source-publisher' }, source.publisher),
    ' — ',
    h(
      'a',
      {
        href: source.url,
        target: '_blank',
        rel: 'noopener noreferrer',
        lang: source.titleLang ?? source.lang,
        class: 'source-title',
      },
      source.title,
      h('span', { class: 'sr-only' }, ` ${t('debrief.opensNewTab')}`),
    ),
    source.date ? ` — ${formatDateOrRange(source.date, uiLanguage)}` : '',
    source.lang !== uiLanguage
      ? h(
          'span',
          { class: 'source-lang' },
          ` (${t('debrief.sourceLanguage', { language: languageName(source.lang, uiLanguage) })})`,
        )
      : '',
  );
}

function entryPanel(
  t: TFunction,
  entry: RecordEntry,
  record: RecordFile,
  uiLanguage: string,
  id: string,
): HTMLElement {
  const sources = entry.sources
    .map((sourceId) => record.sources.find((source) => source.id === sourceId))
    .filter((source): source is Source => source !== undefined);
  return h(
    'div',
    { class: 'record-entry', id, hidden: true },
    h(
      'p',
      { class: 'record-entry-head' },
      h('strong', {}, `${entry.id} · ${t(entry.title)}`),
      ' ',
      h('span', { class: 'record-date' }, formatDateOrRange(entry.date, uiLanguage)),
      ' ',
      statusStamp(t, entry.status),
    ),
    h('p', {}, t(entry.summary)),
    entry.positions.length
      ? h(
          'ul',
          { class: 'positions', 'aria-label': t('record.positions') },
          entry.positions.map((position) =>
            h('li', {}, h('strong', {}, `${t(position.holder)}: `), t(position.text)),
          ),
        )
      : null,
    h(
      'ul',
      { class: 'sources' },
      sources.map((source) => h('li', {}, sourceLink(t, source, uiLanguage))),
    ),
  );
}

/** Citation chips for a fact: each opens its record entry (date, status, summary and sources) in place. */
export function citations(
  t: TFunction,
  recordIds: readonly string[],
  record: RecordFile,
  uiLanguage: string,
): HTMLElement {
  const chips = h('span', { class: 'cites' });
  const panels = h('span', { class: 'cite-panels' });
  for (const recordId of recordIds) {
    const entry = record.entries.find((candidate) => candidate.id === recordId);
    if (!entry) continue;
    const panelId = uniqueId(`entry-${recordId}`);
    const panel = entryPanel(t, entry, record, uiLanguage, panelId);
    const chip = h(
      'button',
      {
        type: 'button',
        class: 'cite',
        'aria-expanded': 'false',
        'aria-controls': panelId,
        'aria-label': t('record.citeLabel', { id: recordId }),
      },
      recordId,
    );
    chip.addEventListener('click', () => {
      const open = chip.getAttribute('aria-expanded') !== 'true';
      chip.setAttribute('aria-expanded', String(open));
      panel.hidden = !open;
    });
    chips.append(chip);
    panels.append(panel);
  }
  return h('span', { class: 'citation' }, chips, panels);
}

export function entriesFor(record: RecordFile, ids: readonly string[]): RecordEntry[] {
  return ids
    .map((id) => record.entries.find((entry) => entry.id === id))
    .filter((e): e is RecordEntry => e !== undefined);
}

/** The source a printed citation names: the first with a publication date, else the first listed. */
function paperSource(entry: RecordEntry, record: RecordFile): Source | undefined {
  const sources = entry.sources
    .map((sourceId) => record.sources.find((source) => source.id === sourceId))
    .filter((source): source is Source => source !== undefined);
  return sources.find((source) => source.date) ?? sources[0];
}

/**
 * A record id as it reads on paper, where no chip can open: "R13 — Trend, 28 December 2024". An undated
 * source takes the date of the entry itself.
 */
export function paperCitation(entry: RecordEntry, record: RecordFile, uiLanguage: string): string {
  const source = paperSource(entry, record);
  if (!source) return `${entry.id}, ${formatDateOrRange(entry.date, uiLanguage)}`;
  return `${entry.id} — ${source.publisher}, ${formatDateOrRange(source.date ?? entry.date, uiLanguage)}`;
}

/** The printed citations of a fact, one after another: "R11 — …; R12 — …". */
export function paperCitations(
  recordIds: readonly string[],
  record: RecordFile,
  uiLanguage: string,
): HTMLElement {
  return h(
    'span',
    { class: 'paper-cites' },
    entriesFor(record, recordIds)
      .map((entry) => paperCitation(entry, record, uiLanguage))
      .join('; '),
  );
}
