import type { ScreenContext } from '../screen-context';
import type { Framing, Source } from '../../content/schema';
import type { UiKey } from '../../i18n/keys';
import { text } from '../bilingual';
import { h } from '../dom';
import { citations, sourceLink } from './record-citation';

/** The slip's label names the publisher's stance from the record; the framing's side only when the source is missing. */
export const slipLabelKey = (framing: Framing, origin: Source | undefined): UiKey =>
  origin ? `stance.${origin.stance}` : `side.${framing.side}`;

/**
 * How one outlet framed an event: who published it (the source's stance, which the record keeps per publisher),
 * the publisher, the framing and the source's link.
 */
export function framingSlip(app: ScreenContext, framing: Framing): HTMLElement {
  const { t } = app;
  const record = app.record();
  const origin = record.sources.find((candidate) => candidate.id === framing.source);
  return h(
    'figure',
    { class: `slip slip-${framing.side}` },
    h(
      'figcaption',
      {},
      h('span', { class: 'slip-side' }, t(slipLabelKey(framing, origin))),
      origin ? ` · ${origin.publisher}` : '',
    ),
    h('p', {}, text(app, framing.text), ' ', citations(t, framing.records, record, app.language())),
    origin ? h('p', { class: 'slip-source' }, sourceLink(t, origin, app.language())) : null,
  );
}

/** The sources of a debrief or the epilogue as links, with each publisher's stance when asked. */
export function sourceList(app: ScreenContext, ids: readonly string[], withStance: boolean): HTMLElement {
  const { t } = app;
  const sources = app.record().sources;
  return h(
    'ul',
    { class: 'sources' },
    ids
      .map((id) => sources.find((candidate) => candidate.id === id))
      .filter((s): s is Source => s !== undefined)
      .map((s) =>
        h(
          'li',
          {},
          sourceLink(t, s, app.language()),
          withStance ? h('span', { class: 'hint' }, ` · ${t(`stance.${s.stance}`)}`) : null,
        ),
      ),
  );
}
