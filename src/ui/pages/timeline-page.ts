import type { ScreenContext } from '../screen-context';
import type { RecordEntry, Source } from '../../content/schema';
import { sourceLink, statusStamp } from '../components/record-citation';
import { h } from '../dom';
import { formatDateOrRange } from '../format';

export const timelineEntryId = (id: string) => `timeline-${id}`;

/** The record entries the campaign uses, in date order, each with its status, positions and sources. */
export function timelinePage(app: ScreenContext, highlight: readonly string[] = []): Node[] {
  const { t } = app;
  const record = app.record();
  const language = app.language();
  const used = new Set(Object.values(app.catalog.campaign().chapters).flatMap((chapter) => chapter.records));
  const entries = record.entries
    .filter((entry) => used.size === 0 || used.has(entry.id) || highlight.includes(entry.id))
    .sort((a, b) => a.date.localeCompare(b.date) || a.id.localeCompare(b.id));
  const source = (id: string) => record.sources.find((candidate) => candidate.id === id);
  const item = (entry: RecordEntry) =>
    h(
      'li',
      {
        id: timelineEntryId(entry.id),
        class: `timeline-entry${highlight.includes(entry.id) ? ' current' : ''}`,
      },
      h(
        'p',
        { class: 'timeline-date' },
        formatDateOrRange(entry.date, language),
        ` · ${entry.id} `,
        highlight.includes(entry.id) ? h('span', { class: 'tag' }, t('timeline.thisChapter')) : null,
        entry.status !== 'confirmed' ? statusStamp(t, entry.status) : null,
      ),
      h('h2', { class: 'timeline-title' }, t(entry.title)),
      h('p', {}, t(entry.summary)),
      entry.positions.length
        ? h(
            'ul',
            { class: 'positions' },
            entry.positions.map((position) =>
              h('li', {}, h('strong', {}, `${t(position.holder)}: `), t(position.text)),
            ),
          )
        : null,
      h(
        'ul',
        { class: 'sources' },
        entry.sources
          .map(source)
          .filter((s): s is Source => s !== undefined)
          .map((s) => h('li', {}, sourceLink(t, s, language))),
      ),
    );
  return [h('p', { class: 'lead' }, t('timeline.intro')), h('ol', { class: 'timeline' }, entries.map(item))];
}
