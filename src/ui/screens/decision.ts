import { text } from '../bilingual';
import type { App } from '../../app/app';
import type { Chapter, Decision } from '../../content/schema';
import { actionBar } from '../components/action-bar';
import { factParagraph } from '../components/fact';
import { h } from '../dom';
import { formatDateOrRange } from '../format';
import type { ScreenKeys } from '../keyboard';

function adviceList(app: App, option: Decision['options'][number]): HTMLElement {
  const adviser = (id: string) => app.catalog.scenario.advisers.find((candidate) => candidate.id === id);
  return h(
    'ul',
    { class: 'advice' },
    option.advice.map((advice) =>
      h(
        'li',
        { class: `advice-${advice.stance}` },
        h('span', { class: 'advice-stance' }, `${app.t(`decision.${advice.stance}`)} — `),
        h('span', { class: 'advice-who' }, `${app.t(adviser(advice.adviser)?.name ?? '')}: `),
        text(app, advice.text),
      ),
    ),
  );
}

export function decisionScreen(
  app: App,
  chapter: Chapter,
  decision: Decision,
  onConfirm: (optionId: string) => void,
): { element: HTMLElement; keys: ScreenKeys } {
  const { t } = app;
  const index = chapter.decisions.indexOf(decision) + 1;
  let selected: string | null = null;
  const action = actionBar(t('decision.confirm'), () => selected && onConfirm(selected));
  action.button.disabled = true;
  action.button.setAttribute('aria-describedby', 'confirm-hint');
  const confirmHint = h('p', { id: 'confirm-hint', class: 'hint' }, t('decision.confirmHint'));

  const radios = decision.options.map((option, i) => {
    const radio = h('input', { type: 'radio', name: 'option', value: option.id, id: `option-${option.id}` });
    radio.addEventListener('change', () => {
      selected = option.id;
      action.button.disabled = false;
      confirmHint.hidden = true;
      app.sound.play('tick');
    });
    const card = h(
      'label',
      { class: 'option', for: radio.id },
      radio,
      h('span', { class: 'option-number', 'aria-hidden': 'true' }, String(i + 1)),
      h(
        'span',
        { class: 'option-body' },
        h(
          'span',
          { class: 'option-label' },
          h('span', { class: 'sr-only' }, `${t('decision.optionNumber', { number: i + 1 })}: `),
          text(app, option.label),
        ),
        h('span', { class: 'option-detail' }, text(app, option.detail)),
        adviceList(app, option),
      ),
    );
    return { radio, card };
  });

  const pick = (digit: number) => {
    const choice = radios[digit - 1];
    if (!choice) return;
    choice.radio.checked = true;
    choice.radio.dispatchEvent(new Event('change'));
    choice.radio.focus();
  };

  const element = h(
    'article',
    { class: 'screen dossier', 'aria-labelledby': 'decision-heading' },
    h(
      'p',
      { class: 'eyebrow' },
      t('decision.eyebrow', {
        number: chapter.number,
        index,
        count: chapter.decisions.length,
        dates: formatDateOrRange(decision.date, app.language()),
      }),
    ),
    h('h1', { id: 'decision-heading' }, t(decision.title)),
    decision.context.length
      ? [h('h2', {}, t('decision.context')), decision.context.map((fact) => factParagraph(app, fact))]
      : null,
    h('p', { class: 'prompt', id: 'decision-prompt' }, text(app, decision.prompt)),
    h('p', { class: 'hint' }, t('decision.hint', { count: decision.options.length })),
    h(
      'fieldset',
      { class: 'options' },
      h('legend', { class: 'sr-only' }, t('decision.options')),
      radios.map((r) => r.card),
    ),
    confirmHint,
    action.bar,
  );
  return { element, keys: { digit: pick, enter: () => selected && onConfirm(selected) } };
}
