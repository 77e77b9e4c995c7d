import type { ScreenContext } from '../screen-context';
import type { Campaign, TurningPoint } from '../../engine';
import type { Ending } from '../../content/schema';
import { findOption } from '../../engine/position';
import { textFrom } from '../bilingual';
import { h } from '../dom';
import { turningDecisions } from '../outcome-text';

/** The report's core line: how many decisions turned the ending, or plainly none. */
export function turningCore(
  app: ScreenContext,
  points: readonly TurningPoint[],
  byClass: boolean,
): HTMLElement {
  const count = turningDecisions(points).length;
  const key =
    count === 0
      ? byClass
        ? 'analysis.turning.classNone'
        : 'analysis.turning.none'
      : byClass
        ? 'analysis.turning.classCount'
        : 'analysis.turning.count';
  return h(
    'p',
    { class: 'turning-core', 'data-count': count },
    textFrom(app, (inLanguage) => inLanguage(key, { count })),
  );
}

/**
 * Each decision where one other option, with every other choice and the seed kept, ends the run differently: the
 * decision, the option chosen, and each such option with the ending it leads to.
 */
export function turningSection(
  app: ScreenContext,
  points: readonly TurningPoint[],
  campaign: Campaign,
  endings: readonly Ending[],
): HTMLElement {
  const { t } = app;
  const decisions = turningDecisions(points);
  const label = (choice: { chapter: string; decision: string; option: string }) => {
    const option = findOption(campaign, choice);
    return (inLanguage: ScreenContext['t']) => (option ? inLanguage(option.label) : choice.option);
  };
  const endingTitle = (id: string) => {
    const ending = endings.find((candidate) => candidate.id === id);
    return (inLanguage: ScreenContext['t']) => (ending ? inLanguage(ending.title) : '—');
  };
  return h(
    'section',
    { class: 'turning-points', 'aria-labelledby': 'turning-heading' },
    h('h3', { id: 'turning-heading' }, t('analysis.turning.heading')),
    decisions.length === 0
      ? h('p', {}, t('analysis.turning.noneDetail'))
      : [
          h('p', {}, t('analysis.turning.intro')),
          h(
            'ul',
            { class: 'turning-list' },
            decisions.map((entry) => {
              const decision = campaign.chapters[entry.chapter]?.decisions.find(
                (d) => d.id === entry.decision,
              );
              const chosen = label({ ...entry, option: entry.chosen });
              return h(
                'li',
                { 'data-decision': `${entry.chapter}/${entry.decision}` },
                textFrom(app, (inLanguage) =>
                  inLanguage('analysis.turning.chose', {
                    decision: decision ? inLanguage(decision.title) : entry.decision,
                    option: chosen(inLanguage),
                  }),
                ),
                h(
                  'ul',
                  {},
                  entry.alternatives.map((alternative) =>
                    h(
                      'li',
                      { 'data-option': alternative.option, 'data-leads-to': alternative.ending },
                      textFrom(app, (inLanguage) =>
                        inLanguage('analysis.turning.instead', {
                          option: label({ ...entry, option: alternative.option })(inLanguage),
                          ending: endingTitle(alternative.ending)(inLanguage),
                        }),
                      ),
                    ),
                  ),
                ),
              );
            }),
          ),
        ],
  );
}
