import { text } from '../bilingual';
import type { ScreenContext } from '../screen-context';
import type { Ending, Endings } from '../../content/schema';
import type { GameState, HistoricalRun } from '../../engine';
import { actionBar } from '../components/action-bar';
import { factParagraph } from '../components/fact';
import { more } from '../components/more';
import { realPathLine, realPathTable } from '../components/real-path';
import { h } from '../dom';
import { formatDateOrRange } from '../format';
import type { ScreenKeys } from '../keyboard';

/** The modelled outcome of the run, set beside the real situation as of the record's last entry. */
export function endingScreen(
  app: ScreenContext,
  endings: Endings,
  ending: Ending,
  onContinue: () => void,
  /** The run and where the model puts Baku's real choices, set beside it. */
  real?: { state: GameState; path: HistoricalRun },
): { element: HTMLElement; keys: ScreenKeys } {
  const { t } = app;
  const byClass = real ? app.classroom().mode === 'class' || Object.keys(real.state.votes).length > 0 : false;
  const action = actionBar(t('endingScreen.continue'), onContinue);
  const element = h(
    'article',
    { class: 'screen ending', 'aria-labelledby': 'ending-heading', 'data-ending': ending.id },
    h('p', { class: 'eyebrow' }, t('endingScreen.eyebrow')),
    h('h1', { id: 'ending-heading' }, t(ending.title)),
    h(
      'section',
      { class: 'model-box', 'aria-labelledby': 'ending-model' },
      h('h2', { id: 'ending-model' }, t('endingScreen.model')),
      h('p', { class: 'lead' }, text(app, ending.summary)),
      real ? realPathLine(app, ending, real.path) : null,
    ),
    real
      ? more(t('more.realPath'), realPathTable(app, { state: real.state, ending }, real.path, byClass))
      : null,
    more(
      t('more.ending'),
      h('h2', {}, t('endingScreen.tradeoffs')),
      h('p', {}, text(app, ending.tradeoffs)),
      h(
        'section',
        { class: 'reality-box', 'aria-labelledby': 'ending-reality' },
        h(
          'h2',
          { id: 'ending-reality' },
          t('endingScreen.reality', { date: formatDateOrRange(endings.reality.asOf, app.language()) }),
        ),
        h(
          'ul',
          { class: 'dated' },
          endings.reality.facts.map((fact) => factParagraph(app, fact, 'li')),
        ),
      ),
      h('h2', {}, t('endingScreen.comparison')),
      h('p', {}, text(app, ending.comparison)),
    ),
    h('p', { class: 'model-note' }, t('endingScreen.modelNote')),
    action.bar,
  );
  return { element, keys: { enter: onContinue } };
}
