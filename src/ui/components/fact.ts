import { text } from '../bilingual';
import type { ScreenContext } from '../screen-context';
import type { DatedFact, Fact } from '../../content/schema';
import { h } from '../dom';
import { formatDateOrRange } from '../format';
import { citations, entriesFor, statusStamp, weakestStatus } from './record-citation';

/** A sourced statement: its text, a status stamp when not simply confirmed, and its citations. */
export function factParagraph(
  app: ScreenContext,
  fact: Fact | DatedFact,
  tag: 'p' | 'li' = 'p',
): HTMLElement {
  const record = app.record();
  const status = weakestStatus(entriesFor(record, fact.records));
  const dated =
    'date' in fact
      ? h('span', { class: 'fact-date' }, `${formatDateOrRange(fact.date, app.language())}: `)
      : null;
  return h(
    tag,
    { class: 'fact' },
    dated,
    text(app, fact.text),
    ' ',
    status !== 'confirmed' ? statusStamp(app.t, status) : null,
    citations(app.t, fact.records, record, app.language()),
  );
}
