import { text } from '../bilingual';
import type { App } from '../../app/app';
import type { Chapter, Decision } from '../../content/schema';
import { actionBar } from '../components/action-bar';
import { factParagraph } from '../components/fact';
import { countVotes } from '../../engine';
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

/** Class mode: a number field per option for the class's votes. */
/** What the player has picked or typed on a decision so far, so that rebuilding it (a language switch) keeps it. */
export interface DecisionDraft {
  option?: string;
  votes?: number[];
}

function voteFields(
  app: App,
  decision: Decision,
  draft: DecisionDraft,
): { element: HTMLElement; counts: () => number[] } {
  const inputs = decision.options.map((option, i) =>
    h('input', {
      type: 'number',
      id: `votes-${option.id}`,
      min: 0,
      max: 999,
      step: 1,
      value: draft.votes?.[i] ?? 0,
      inputmode: 'numeric',
      class: 'vote-input',
    }),
  );
  const counts = () => inputs.map((input) => Math.max(0, Math.floor(Number(input.value) || 0)));
  for (const input of inputs) input.addEventListener('input', () => (draft.votes = counts()));
  const element = h(
    'fieldset',
    { class: 'votes' },
    h('legend', {}, app.t('vote.heading')),
    h('p', { class: 'hint' }, app.t('vote.hint')),
    h(
      'div',
      { class: 'vote-grid' },
      decision.options.map((option, i) =>
        h(
          'p',
          { class: 'vote-row' },
          h(
            'label',
            { for: `votes-${option.id}` },
            app.t('vote.label', { number: i + 1, option: app.t(option.label) }),
          ),
          inputs[i]!,
        ),
      ),
    ),
  );
  return { element, counts };
}

/** Class mode: a countdown for the discussion; it stops by itself when the screen goes. */
function discussionTimer(app: App, minutes: number): HTMLElement {
  const display = h('p', { class: 'timer', role: 'timer', 'aria-live': 'off' });
  let left = minutes * 60;
  const show = () => {
    const time = `${Math.floor(left / 60)}:${String(left % 60).padStart(2, '0')}`;
    display.textContent = left > 0 ? app.t('timer.label', { time }) : app.t('timer.done');
  };
  show();
  let shown = false;
  const tick = window.setInterval(() => {
    if (display.isConnected) shown = true;
    else if (shown) {
      window.clearInterval(tick);
      return;
    }
    left = Math.max(0, left - 1);
    show();
    if (left === 0) {
      window.clearInterval(tick);
      app.overlay.announce(app.t('timer.done'));
      app.sound.play('bell');
    }
  }, 1000);
  return display;
}

export function decisionScreen(
  app: App,
  chapter: Chapter,
  decision: Decision,
  onConfirm: (optionId: string, votes?: number[]) => void,
  draft: DecisionDraft = {},
): { element: HTMLElement; keys: ScreenKeys } {
  const { t } = app;
  const index = chapter.decisions.indexOf(decision) + 1;
  const classMode = app.classroom().mode === 'class';
  const votes = classMode ? voteFields(app, decision, draft) : null;
  const voteMessage = h('p', { class: 'form-error', role: 'alert' });
  let selected: string | null = null;
  const confirm = () => {
    if (!votes) {
      if (selected) onConfirm(selected);
      return;
    }
    const counts = votes.counts();
    const result = countVotes(decision.options, counts);
    const labelOf = (id: string) => {
      const at = decision.options.findIndex((option) => option.id === id);
      return `${at + 1}. ${t(decision.options[at]!.label)}`;
    };
    if (result.winner) onConfirm(result.winner, counts);
    else if (result.tied.length && selected && result.tied.includes(selected)) onConfirm(selected, counts);
    else if (result.tied.length)
      voteMessage.textContent = t('vote.tie', { options: result.tied.map(labelOf).join(' · ') });
    else if (selected) onConfirm(selected, counts);
    else voteMessage.textContent = t('vote.none');
  };
  // Enter in a vote field plays the class's choice, as the button's key hint says.
  votes?.element.addEventListener('keydown', (event) => {
    if (event.key !== 'Enter' || !(event.target instanceof HTMLInputElement)) return;
    event.preventDefault();
    confirm();
  });
  const action = actionBar(t(classMode ? 'vote.confirm' : 'decision.confirm'), confirm);
  action.button.disabled = !classMode;
  action.button.setAttribute('aria-describedby', 'confirm-hint');
  const confirmHint = h('p', { id: 'confirm-hint', class: 'hint' }, t('decision.confirmHint'));

  const radios = decision.options.map((option, i) => {
    const radio = h('input', { type: 'radio', name: 'option', value: option.id, id: `option-${option.id}` });
    const select = () => {
      selected = option.id;
      draft.option = option.id;
      voteMessage.textContent = '';
      action.button.disabled = false;
      confirmHint.hidden = true;
    };
    radio.addEventListener('change', () => {
      select();
      app.sound.play('tick');
    });
    if (draft.option === option.id) {
      radio.checked = true;
      select();
    }
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
    // In class mode the vote field's own hint says how the option is chosen.
    classMode ? null : h('p', { class: 'hint' }, t('decision.hint', { count: decision.options.length })),
    h(
      'fieldset',
      { class: 'options' },
      h('legend', { class: 'sr-only' }, t('decision.options')),
      radios.map((r) => r.card),
    ),
    votes?.element,
    classMode && app.classroom().timerMinutes > 0 ? discussionTimer(app, app.classroom().timerMinutes) : null,
    voteMessage,
    classMode ? null : confirmHint,
    action.bar,
  );
  return { element, keys: { digit: pick, enter: confirm } };
}
