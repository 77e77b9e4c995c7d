import type { ScreenContext } from '../screen-context';
import type { Ending } from '../../content/schema';
import type { GameState, HistoricalRun } from '../../engine';
import { textFrom } from '../bilingual';
import { h } from '../dom';

/**
 * Where the model puts the path Baku really took, in one sentence that says it is the simulation: the ending it
 * leads to, or that it is the same as the run's. Null when the model gave Baku's path no ending.
 */
export function realPathLine(
  app: ScreenContext,
  runEnding: Ending | undefined,
  real: HistoricalRun,
): HTMLElement | null {
  const ending = real.ending;
  if (!ending) return null;
  const key = ending.id === runEnding?.id ? 'analysis.real.same' : 'analysis.real.lead';
  return h(
    'p',
    { class: 'real-path-line', 'data-real-ending': ending.id },
    textFrom(app, (inLanguage) => inLanguage(key, { ending: inLanguage(ending.title) })),
  );
}

/** The run's ending and final meters beside those the model gives Baku's real choices. */
export function realPathTable(
  app: ScreenContext,
  run: { state: GameState; ending: Ending | undefined },
  real: HistoricalRun,
  byClass: boolean,
): HTMLElement {
  const { t } = app;
  const meterRows = app.catalog.scenario.meters.map((meter) =>
    h(
      'tr',
      { 'data-meter': meter.id },
      h('th', { scope: 'row' }, t(meter.name)),
      h('td', {}, String(run.state.meters[meter.id] ?? 0)),
      h('td', {}, String(real.state.meters[meter.id] ?? 0)),
    ),
  );
  return h(
    'div',
    { class: 'table-wrap' },
    h(
      'table',
      { class: 'report-table real-path-table' },
      h('caption', {}, t(byClass ? 'analysis.real.classCaption' : 'analysis.real.caption')),
      h(
        'thead',
        {},
        h(
          'tr',
          {},
          h('td', {}),
          h('th', { scope: 'col' }, t(byClass ? 'analysis.real.classRun' : 'analysis.real.yours')),
          h('th', { scope: 'col' }, t('analysis.real.baku')),
        ),
      ),
      h(
        'tbody',
        {},
        h(
          'tr',
          { class: 'real-path-ending' },
          h('th', { scope: 'row' }, t('analysis.real.ending')),
          h('td', {}, run.ending ? t(run.ending.title) : '—'),
          h('td', {}, real.ending ? t(real.ending.title) : '—'),
        ),
        meterRows,
      ),
    ),
  );
}
