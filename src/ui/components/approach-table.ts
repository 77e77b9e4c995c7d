import type { ScreenContext } from '../screen-context';
import type { ApproachProfile } from '../../engine';
import { h } from '../dom';
import { approachRows, type ApproachCell } from '../outcome-text';

/** A count in words ("3 of 5 (60%)") over a bar of the same share; the bar repeats the words for the eye only. */
function cellContent(app: ScreenContext, cell: ApproachCell): HTMLElement[] {
  const bar = h('span', { class: 'approach-bar', 'aria-hidden': 'true' });
  // Set through the CSSOM: the Content-Security-Policy refuses a style="" attribute.
  bar.style.setProperty('--share', `${cell.share}%`);
  return [h('span', { class: 'approach-count' }, app.t('analysis.approach.cell', { ...cell })), bar];
}

/** How often the run confronted, waited or conciliated, beside Baku's real path, as a table. */
export function approachSection(
  app: ScreenContext,
  run: ApproachProfile,
  real: ApproachProfile,
  byClass: boolean,
): HTMLElement {
  const { t } = app;
  const runColumn = t(byClass ? 'analysis.approach.classChoices' : 'analysis.approach.yours');
  const realColumn = t('analysis.approach.baku');
  return h(
    'section',
    { class: 'approach', 'aria-labelledby': 'approach-heading' },
    h(
      'h3',
      { id: 'approach-heading' },
      t(byClass ? 'analysis.approach.classHeading' : 'analysis.approach.heading'),
    ),
    h(
      'div',
      { class: 'table-wrap' },
      h(
        'table',
        // On a narrow screen the rows stack, as the report's table does, each cell named from data-label.
        { class: 'report-table approach-table' },
        h('caption', {}, t('analysis.approach.caption')),
        h(
          'thead',
          {},
          h(
            'tr',
            {},
            h('td', {}),
            h('th', { scope: 'col' }, runColumn),
            h('th', { scope: 'col' }, realColumn),
          ),
        ),
        h(
          'tbody',
          {},
          approachRows(run, real).map((row) =>
            h(
              'tr',
              { 'data-approach': row.approach },
              h('th', { scope: 'row' }, t(`analysis.approach.${row.approach}`)),
              h(
                'td',
                { class: 'approach-run', 'data-count': row.run.count, 'data-label': runColumn },
                cellContent(app, row.run),
              ),
              h(
                'td',
                { class: 'approach-real', 'data-count': row.real.count, 'data-label': realColumn },
                cellContent(app, row.real),
              ),
            ),
          ),
        ),
      ),
    ),
  );
}
