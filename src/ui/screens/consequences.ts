import { text, textFrom } from '../bilingual';
import type { ScreenContext } from '../screen-context';
import type { Chapter, Option } from '../../content/schema';
import { voteKey, type ChoiceOutcome, type MeterChange } from '../../engine';
import { actionBar } from '../components/action-bar';
import { classSplit } from '../components/class-split';
import { thresholdLines } from '../components/threshold-lines';
import { h } from '../dom';
import type { ScreenKeys } from '../keyboard';
import { describeChange } from '../outcome-text';

/**
 * "Economy −4: the reason" in the given language (the player's by default), with what it needs said beside it: an
 * uncertain effect's chance and whether it happened, or a meter at its limit.
 */
export function meterChangeLine(
  app: ScreenContext,
  change: MeterChange,
  t: ScreenContext['t'] = app.t,
  language: string = app.language(),
): string {
  const meter = app.catalog.scenario.meters.find((candidate) => candidate.id === change.meter);
  return describeChange(
    change,
    meter ? t(meter.name) : change.meter,
    (key, options) => t(key, options),
    language,
  );
}

export function consequencesScreen(
  app: ScreenContext,
  chapter: Chapter,
  option: Option,
  outcome: ChoiceOutcome,
  onContinue: () => void,
): { element: HTMLElement; keys: ScreenKeys } {
  const { t } = app;
  const action = actionBar(t('consequences.continue'), onContinue);
  const changes = outcome.changes;
  const choice = outcome.state.history.at(-1);
  const decision = chapter.decisions.find((candidate) => candidate.id === choice?.decision);
  const votes = decision && outcome.state.votes[voteKey(chapter.id, decision.id)];
  const element = h(
    'article',
    { class: 'screen dossier', 'aria-labelledby': 'consequences-heading' },
    h('p', { class: 'eyebrow' }, t('consequences.eyebrow', { number: chapter.number })),
    h('h1', { id: 'consequences-heading' }, t('consequences.heading')),
    h(
      'p',
      { class: 'lead' },
      textFrom(app, (inLanguage) =>
        inLanguage(app.classroom().mode === 'class' ? 'vote.classChose' : 'consequences.youChose', {
          option: inLanguage(option.label),
        }),
      ),
    ),
    // What Baku did stays out of the split here: the record comes with the debrief.
    decision && votes
      ? classSplit(app, decision, votes, { played: option.id, showHistory: false, compact: true })
      : null,
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
                'data-chance': change.chance ? (change.chance.happened ? 'happened' : 'missed') : null,
              },
              h(
                'span',
                { class: 'change-arrow', 'aria-hidden': 'true' },
                change.delta > 0 ? '▲' : change.delta < 0 ? '▼' : '■',
              ),
              h(
                'span',
                { class: 'change-text' },
                textFrom(app, (inLanguage, language) => meterChangeLine(app, change, inLanguage, language)),
              ),
              change.cause.kind === 'rule'
                ? h('span', { class: 'model-tag' }, t('consequences.modelTag'))
                : null,
            ),
          ),
          thresholdLines(app, changes),
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
