import { text } from '../bilingual';
import type { ScreenContext } from '../screen-context';
import type { Chapter, Decision } from '../../content/schema';
import { actionBar } from '../components/action-bar';
import { factParagraph } from '../components/fact';
import { discussionTimer } from '../components/discussion-timer';
import { more } from '../components/more';
import { runNotes } from '../components/run-notes';
import { classChoice, MAX_VOTES, parseVoteCount } from '../../engine';
import { Countdown } from '../countdown';
import { h } from '../dom';
import { formatDateOrRange } from '../format';
import { keysOrTouch } from '../input-hints';
import type { ScreenKeys } from '../keyboard';

type Option = Decision['options'][number];

/** The advisers' cases for and against an option: one sentence each (`gist`), or the full argument (`text`). */
function adviceList(app: ScreenContext, option: Option, length: 'gist' | 'text'): HTMLElement {
  const adviserName = (id: string) => {
    const adviser = app.catalog.scenario.advisers.find((candidate) => candidate.id === id);
    return adviser ? app.t(adviser.name) : id;
  };
  return h(
    'ul',
    { class: 'advice' },
    option.advice.map((advice) =>
      h(
        'li',
        { class: `advice-${advice.stance}` },
        h('span', { class: 'advice-stance' }, `${app.t(`decision.${advice.stance}`)} — `),
        h('span', { class: 'advice-who' }, `${adviserName(advice.adviser)}: `),
        text(app, advice[length]),
      ),
    ),
  );
}

/**
 * What an option's "More" holds: on the projector the one-sentence cases too, since the core there is the label and
 * the line; alone, the cases are core and "More" holds the concrete steps and the full arguments.
 */
function optionMore(app: ScreenContext, option: Option, classMode: boolean): HTMLDetailsElement {
  return more(
    app.t(classMode ? 'more.arguments' : 'more.fullArguments'),
    classMode ? adviceList(app, option, 'gist') : null,
    h('p', { class: 'option-detail' }, text(app, option.detail)),
    h('h3', { class: 'more-heading' }, app.t('more.fullArgumentsHeading')),
    adviceList(app, option, 'text'),
  );
}

/** What the player has picked or typed on a decision so far, so that rebuilding it (a language switch) keeps it. */
export interface DecisionDraft {
  option?: string;
  /** The vote counts as typed, option by option. */
  votes?: string[];
  /** The discussion's countdown, which goes on through a rebuild. */
  timer?: Countdown;
}

interface VoteField {
  /** The field and its visible label, beside the option. */
  box: HTMLElement;
  /** The message under the option while its count cannot be read. */
  message: HTMLElement;
  input: HTMLInputElement;
  /** The count, or null (and the message shows) while the field holds what is not a whole number from 0 to 999. */
  check: () => number | null;
}

/** Class mode: the field for an option's votes, named with the option for screen readers. */
function voteField(
  app: ScreenContext,
  option: Option,
  index: number,
  typed: string | undefined,
  hintId: string,
): VoteField {
  const { t } = app;
  const id = `votes-${option.id}`;
  const messageId = `${id}-error`;
  const input = h('input', {
    type: 'number',
    id,
    min: 0,
    max: MAX_VOTES,
    step: 1,
    value: typed ?? '0',
    inputmode: 'numeric',
    class: 'vote-input',
    // The visible label says only "Votes"; the name says for which option, starting with the same word.
    'aria-label': t('vote.label', { number: index + 1, option: t(option.label) }),
    'aria-describedby': `${messageId} ${hintId}`,
  });
  const message = h('p', { id: messageId, class: 'vote-error' });
  const check = () => {
    const read = parseVoteCount(input.value, input.validity.badInput);
    message.textContent = read.ok ? '' : t(`vote.error.${read.error}`);
    if (read.ok) input.removeAttribute('aria-invalid');
    else input.setAttribute('aria-invalid', 'true');
    return read.ok ? read.value : null;
  };
  const box = h(
    'div',
    { class: 'option-vote' },
    h('label', { for: id, class: 'vote-label' }, t('vote.votes')),
    input,
  );
  return { box, message, input, check };
}

/** A live session's vote at the foot of the decision, in place of the typed counts (`live-vote.ts`). */
export interface LiveVotePanel {
  element: HTMLElement;
  /** The panel's button or Enter: closes the vote, or plays the option picked after a tie. */
  enter: (picked: string | null) => void;
}

export function decisionScreen(
  app: ScreenContext,
  chapter: Chapter,
  decision: Decision,
  onConfirm: (optionId: string, votes?: number[]) => void,
  draft: DecisionDraft = {},
  live?: LiveVotePanel,
): { element: HTMLElement; keys: ScreenKeys } {
  const { t } = app;
  const index = chapter.decisions.indexOf(decision) + 1;
  const classMode = app.classroom().mode === 'class';
  const voteHintId = 'vote-hint';
  const fields =
    classMode && !live
      ? decision.options.map((option, i) => voteField(app, option, i, draft.votes?.[i], voteHintId))
      : null;
  const voteMessage = h('p', { class: 'form-error', role: 'alert' });
  let selected: string | null = null;
  /** Each field's count; null while any field holds what is not a count. */
  const readCounts = (): number[] | null => {
    const counts = fields?.map((field) => field.check()) ?? [];
    return counts.every((count) => count !== null) ? counts : null;
  };
  const confirm = () => {
    if (live) {
      live.enter(selected);
      return;
    }
    if (!fields) {
      if (selected) onConfirm(selected);
      return;
    }
    const counts = readCounts();
    if (!counts) {
      voteMessage.textContent = t('vote.fix');
      fields.find((field) => field.input.getAttribute('aria-invalid') === 'true')?.input.focus();
      return;
    }
    const choice = classChoice(decision.options, counts, selected);
    const labelOf = (id: string) => {
      const at = decision.options.findIndex((option) => option.id === id);
      return `${at + 1}. ${t(decision.options[at]!.label)}`;
    };
    if (choice.kind === 'play') onConfirm(choice.option, counts);
    else if (choice.kind === 'tie')
      voteMessage.textContent = t('vote.tie', { options: choice.tied.map(labelOf).join(' · ') });
    else voteMessage.textContent = t('vote.none');
  };
  const action = actionBar(t(classMode ? 'vote.confirm' : 'decision.confirm'), confirm);
  action.button.disabled = !classMode;
  for (const field of fields ?? []) {
    field.input.addEventListener('input', () => {
      draft.votes = fields!.map((each) => each.input.value);
      field.check();
      const readable = readCounts() !== null;
      action.button.disabled = !readable;
      if (readable && voteMessage.textContent === t('vote.fix')) voteMessage.textContent = '';
    });
    // Enter in a vote field plays the class's choice, as the button's key hint says.
    field.input.addEventListener('keydown', (event) => {
      if (event.key !== 'Enter') return;
      event.preventDefault();
      confirm();
    });
  }
  action.button.setAttribute('aria-describedby', 'confirm-hint');
  const confirmHint = h('p', { id: 'confirm-hint', class: 'hint' }, t('decision.confirmHint'));

  const radios = decision.options.map((option, i) => {
    const radio = h('input', { type: 'radio', name: 'option', value: option.id, id: `option-${option.id}` });
    const select = () => {
      selected = option.id;
      draft.option = option.id;
      voteMessage.textContent = '';
      action.button.disabled = fields ? readCounts() === null : false;
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
    const field = fields?.[i];
    // A live session's options take the compact layout of typed counts, so that all of them fit on the projector.
    const card = h(
      'div',
      { class: field || live ? 'option-item has-vote' : 'option-item' },
      h(
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
          h('span', { class: 'option-line' }, text(app, option.line)),
          classMode ? null : adviceList(app, option, 'gist'),
        ),
      ),
      field?.box,
      optionMore(app, option, classMode),
      field?.message,
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
    { class: 'screen dossier decision', 'aria-labelledby': 'decision-heading' },
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
      ? more(
          t('decision.context'),
          decision.context.map((fact) => factParagraph(app, fact)),
        )
      : null,
    h('p', { class: 'prompt', id: 'decision-prompt' }, text(app, decision.prompt)),
    runNotes(app, decision.notes, classMode ? 1 : 2),
    classMode
      ? // On the projector each field's "Votes" says enough, and a tie explains itself when it happens.
        live
        ? null
        : h('p', { class: 'sr-only', id: voteHintId }, t('vote.hint'))
      : h(
          'p',
          { class: 'hint' },
          keysOrTouch(
            t('decision.hint', { count: decision.options.length }),
            t('decision.hintTouch', { count: decision.options.length }),
          ),
        ),
    h(
      'fieldset',
      { class: 'options' },
      h('legend', { class: 'sr-only' }, t('decision.options')),
      radios.map((r) => r.card),
    ),
    classMode ? null : voteMessage,
    classMode ? null : confirmHint,
    live?.element ?? action.bar,
  );
  if (classMode) {
    // The timer, the vote's messages and the button stay pinned at the panel's foot, in view however long it is.
    const bar = live?.element ?? action.bar;
    const minutes = app.classroom().timerMinutes;
    if (minutes > 0) bar.prepend(discussionTimer(app, (draft.timer ??= new Countdown(minutes * 60))));
    if (!live) bar.prepend(voteMessage);
    bar.classList.add('class-bar');
    if (fields && readCounts() === null) action.button.disabled = true;
  }
  return { element, keys: { digit: pick, enter: confirm } };
}
