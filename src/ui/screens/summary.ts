import type { App } from '../../app/app';
import type { ChoiceMade, GameState } from '../../engine';
import { findOption } from '../../engine/position';
import { button, h } from '../dom';
import type { ScreenKeys } from '../keyboard';

export function summaryScreen(
  app: App,
  state: GameState,
  actions: { playAgain: () => void; toTitle: () => void },
): { element: HTMLElement; keys: ScreenKeys } {
  const { t } = app;
  const campaign = app.catalog.campaign();
  const decisionOf = (choice: ChoiceMade) =>
    campaign.chapters[choice.chapter]?.decisions.find((d) => d.id === choice.decision);
  const matches = state.history.filter((choice) => decisionOf(choice)?.historical === choice.option).length;
  const again = h(
    'button',
    { type: 'button', class: 'primary' },
    t('end.playAgain'),
    ' ',
    h('kbd', { 'aria-hidden': 'true' }, 'Enter'),
  );
  again.addEventListener('click', actions.playAgain);

  const element = h(
    'article',
    { class: 'screen archive', 'aria-labelledby': 'summary-heading' },
    h('h1', { id: 'summary-heading' }, t('end.heading')),
    h('p', { class: 'lead' }, t('end.intro')),
    h('h2', {}, t('end.decisions')),
    h(
      'ul',
      {},
      state.history.map((choice) => {
        const decision = decisionOf(choice);
        const historical = decision && findOption(campaign, { ...choice, option: decision.historical });
        return h(
          'li',
          {},
          t('end.decisionLine', {
            title: decision ? t(decision.title) : choice.decision,
            yours: t(findOption(campaign, choice)?.label ?? choice.option),
            history: historical ? t(historical.label) : '',
          }),
        );
      }),
    ),
    h('p', {}, t('end.matches', { count: matches, total: state.history.length })),
    h('h2', {}, t('end.meters')),
    h(
      'ul',
      {},
      app.catalog.scenario.meters.map((meter) =>
        h(
          'li',
          {},
          t('end.meterLine', {
            meter: t(meter.name),
            value: state.meters[meter.id] ?? 0,
            start: meter.start,
          }),
        ),
      ),
    ),
    h('p', { class: 'model-note' }, t('end.modelNote')),
    h(
      'div',
      { class: 'title-actions' },
      again,
      button(t('end.toTitle'), actions.toTitle, { class: 'secondary' }),
    ),
  );
  return { element, keys: { enter: actions.playAgain } };
}
