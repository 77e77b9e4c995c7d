import { text } from '../bilingual';
import type { App } from '../../app/app';
import type { Chapter, Option } from '../../content/schema';
import type { ChoiceOutcome, MeterChange } from '../../engine';
import { actionBar } from '../components/action-bar';
import { h } from '../dom';
import { formatSigned } from '../format';
import type { ScreenKeys } from '../keyboard';

export function meterChangeText(app: App, change: MeterChange): string {
  const meter = app.catalog.scenario.meters.find((candidate) => candidate.id === change.meter);
  return app.t('consequences.change', {
    meter: app.t(meter?.name ?? change.meter),
    delta: formatSigned(change.delta, app.language()),
    reason: app.t(change.reason),
  });
}

export function consequencesScreen(
  app: App,
  chapter: Chapter,
  option: Option,
  outcome: ChoiceOutcome,
  onContinue: () => void,
): { element: HTMLElement; keys: ScreenKeys } {
  const { t } = app;
  const action = actionBar(t('consequences.continue'), onContinue);
  const changes = outcome.changes;
  const element = h(
    'article',
    { class: 'screen dossier', 'aria-labelledby': 'consequences-heading' },
    h('p', { class: 'eyebrow' }, t('consequences.eyebrow', { number: chapter.number })),
    h('h1', { id: 'consequences-heading' }, t('consequences.heading')),
    h(
      'p',
      { class: 'lead' },
      t(app.classroom().mode === 'class' ? 'vote.classChose' : 'consequences.youChose', {
        option: t(option.label),
      }),
    ),
    h('h2', {}, t('consequences.meters')),
    changes.length
      ? h(
          'ul',
          { class: 'changes' },
          changes.map((change) =>
            h(
              'li',
              {
                class: `change ${change.delta > 0 ? 'up' : change.delta < 0 ? 'down' : 'flat'}`,
                'data-meter': change.meter,
              },
              h(
                'span',
                { class: 'change-arrow', 'aria-hidden': 'true' },
                change.delta > 0 ? '▲' : change.delta < 0 ? '▼' : '■',
              ),
              meterChangeText(app, change),
              change.delta === 0 ? ` ${t('consequences.clamped')}` : null,
              change.cause.kind === 'rule'
                ? h('span', { class: 'model-tag' }, t('consequences.modelTag'))
                : null,
            ),
          ),
        )
      : h('p', {}, t('consequences.noChange')),
    outcome.reactions.length
      ? [
          h('h2', {}, t('consequences.reactions')),
          h(
            'ul',
            { class: 'reactions' },
            outcome.reactions.map((reaction) =>
              h(
                'li',
                { class: 'reaction' },
                h('span', { class: 'model-tag' }, t('consequences.modelTag')),
                h('strong', {}, `${t(`model:actor.${reaction.actor}`)}: `),
                text(app, reaction.text),
              ),
            ),
          ),
        ]
      : null,
    h('p', { class: 'model-note' }, t('consequences.modelNote')),
    action.bar,
  );
  return { element, keys: { enter: onContinue } };
}
