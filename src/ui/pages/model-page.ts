import type { ScreenContext } from '../screen-context';
import type { Condition, Rule } from '../../content/schema';
import { hasTextUnder } from '../../i18n/keys';
import { h } from '../dom';

function conditionText(app: ScreenContext, condition: Condition): string {
  const { t } = app;
  const meterName = (id: string) => {
    const meter = app.catalog.scenario.meters.find((candidate) => candidate.id === id);
    return meter ? t(meter.name) : id;
  };
  // Rules may read a tag the page has no word for; it is shown as it stands.
  const posture = (tag: string) =>
    hasTextUnder(app.i18n, 'modelPage.posture', tag) ? t(`modelPage.posture.${tag}`) : tag;
  switch (condition.kind) {
    case 'meterBelow':
      // Meters hold whole numbers, so "below 16" reads as the rules' own "15 or less".
      return t('modelPage.when.atMost', {
        meter: meterName(condition.meter),
        value: Math.ceil(condition.value) - 1,
      });
    case 'meterAtLeast':
      return t('modelPage.when.atLeast', { meter: meterName(condition.meter), value: condition.value });
    case 'tagCount':
      if (condition.lastChoices === 1)
        return t('modelPage.when.tagLast', { posture: posture(condition.tag) });
      return condition.lastChoices
        ? t('modelPage.when.tagRecent', {
            posture: posture(condition.tag),
            count: condition.atLeast,
            last: condition.lastChoices,
          })
        : t('modelPage.when.tag', {
            posture: posture(condition.tag),
            count: condition.atLeast,
          });
    case 'flag':
    case 'notFlag':
      return t(`modelPage.when.${condition.kind}`, { flag: condition.flag });
    case 'leads':
      return t('modelPage.when.leads', {
        meter: meterName(condition.meter),
        others: condition.over.map(meterName).join(', '),
        by: condition.by,
      });
    case 'spread':
      return t('modelPage.when.spread', {
        meters: condition.meters.map(meterName).join(', '),
        atMost: condition.atMost,
      });
  }
}

function ruleItem(app: ScreenContext, rule: Rule): HTMLElement {
  const { t } = app;
  return h(
    'li',
    { class: 'rule' },
    h('p', {}, h('strong', {}, `${t(`model:actor.${rule.actor}`)}: `), t(rule.explanation)),
    h(
      'p',
      { class: 'hint' },
      `${t('modelPage.triggers')} `,
      rule.when.map((condition) => conditionText(app, condition)).join(t('modelPage.and')),
      '. ',
      rule.cooldown ? t('modelPage.cooldown', { count: rule.cooldown }) : t('modelPage.once'),
    ),
  );
}

/** "How the model works": every meter, every rule and every assumption, in plain words. */
export function modelPage(app: ScreenContext): Node[] {
  const { t } = app;
  const { scenario } = app.catalog;
  const kinds = [
    ['counter-move', 'modelPage.counterMoves'],
    ['reaction', 'modelPage.reactions'],
    ['overshoot', 'modelPage.overshoot'],
  ] as const;
  return [
    h('p', { class: 'lead' }, t('modelPage.intro')),
    h('h2', {}, t('modelPage.meters')),
    h(
      'dl',
      { class: 'model-meters' },
      scenario.meters.map((meter) => [
        h('dt', {}, `${t(meter.name)} · ${t(`modelPage.kind.${meter.kind}`)}`),
        h('dd', {}, t(meter.assumption)),
      ]),
    ),
    h(
      'p',
      {},
      t('modelPage.thresholds', {
        dependence: scenario.thresholds.dependence,
        collapse: scenario.thresholds.collapse,
      }),
    ),
    h('h2', {}, t('modelPage.choices')),
    h('p', {}, t('modelPage.choicesText')),
    h('h2', {}, t('modelPage.notes')),
    h('p', {}, t('modelPage.notesText')),
    ...kinds.flatMap(([kind, heading]) => [
      h('h2', {}, t(heading)),
      h(
        'ul',
        { class: 'rules' },
        scenario.rules.filter((rule) => rule.kind === kind).map((rule) => ruleItem(app, rule)),
      ),
    ]),
    h('h2', {}, t('modelPage.endings')),
    h('p', {}, t('modelPage.endingsText')),
    h('h2', {}, t('modelPage.assumptions')),
    h(
      'ul',
      {},
      (['meters', 'moves', 'variation', 'oneDesk', 'record'] as const).map((key) =>
        h('li', {}, t(`modelPage.assumption.${key}`)),
      ),
    ),
  ];
}
