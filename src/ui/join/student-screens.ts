import type { TFunction } from 'i18next';
import type { Chapter, Decision, KnowledgeStatement, RecordFile } from '../../content/schema';
import type { CheckScore } from '../../engine';
import { citations, entriesFor, sourceLink, statusStamp, weakestStatus } from '../components/record-citation';
import { more } from '../components/more';
import { h } from '../dom';

/** What the student's screens read from: the texts in the student's language and the record. */
export interface StudentTexts {
  t: TFunction;
  language: string;
}

export interface StudentScreen {
  element: HTMLElement;
  /** The control to focus when the screen comes up, if not its heading. */
  focus?: HTMLElement;
}

/** The code form: the only thing a student types. No name, no account. */
export function codeScreen(
  { t }: StudentTexts,
  typed: string,
  error: string,
  onJoin: (code: string) => void,
): StudentScreen {
  const input = h('input', {
    id: 'session-code',
    name: 'code',
    type: 'text',
    value: typed,
    autocomplete: 'off',
    autocapitalize: 'characters',
    spellcheck: 'false',
    maxlength: 12,
    enterkeyhint: 'go',
    class: 'session-code-input',
    'aria-describedby': 'session-code-help session-code-error',
    'aria-invalid': error ? 'true' : null,
  });
  const message = h('p', { id: 'session-code-error', class: 'form-error', role: 'alert' }, error);
  const form = h(
    'form',
    { class: 'join-form', novalidate: true },
    h('label', { for: 'session-code' }, t('live:student.codeLabel')),
    h('p', { id: 'session-code-help', class: 'hint' }, t('live:student.codeHelp')),
    input,
    message,
    h('button', { type: 'submit', class: 'primary' }, t('live:student.submit')),
  );
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    onJoin(input.value);
  });
  // The last attempt's message goes once the code is being typed again.
  input.addEventListener('input', () => {
    input.removeAttribute('aria-invalid');
    message.textContent = '';
  });
  const element = h(
    'section',
    { class: 'screen join-screen', 'aria-labelledby': 'join-heading' },
    h('p', { class: 'eyebrow' }, t('app.name')),
    h('h1', { id: 'join-heading' }, t('live:student.heading')),
    h('p', { class: 'lead' }, t('live:student.intro')),
    form,
  );
  return { element, focus: error || !typed ? input : undefined };
}

/** A screen with one message: waiting for the teacher, look at the projector, the session has ended. */
export function messageScreen({ t }: StudentTexts, heading: string, message: string): StudentScreen {
  return {
    element: h(
      'section',
      { class: 'screen join-screen', 'aria-labelledby': 'join-heading' },
      h('p', { class: 'eyebrow' }, t('app.name')),
      h('h1', { id: 'join-heading' }, heading),
      h('p', { class: 'lead' }, message),
    ),
  };
}

export interface VoteState {
  open: boolean;
  /** This device's vote, as the server has it. */
  mine?: string;
  /** The option the class played, once the teacher has played it. */
  played?: string;
}

/** A decision on the student's device: the question, the options' core text, and "Vote". */
export function voteScreen(
  { t }: StudentTexts,
  chapter: Chapter,
  decision: Decision,
  state: VoteState,
  onVote: (option: string) => Promise<boolean>,
): StudentScreen {
  const labelOf = (id: string | undefined) => {
    const option = decision.options.find((candidate) => candidate.id === id);
    return option ? t(option.label) : '';
  };
  const status = h('p', { class: 'vote-status', role: 'status' });
  const showMine = (mine: string | undefined) => {
    status.textContent = mine
      ? t(state.open ? 'live:student.voted' : 'live:student.yourVote', { option: labelOf(mine) })
      : state.open
        ? ''
        : t('live:student.noVote');
  };
  showMine(state.mine);
  const error = h('p', { class: 'form-error', role: 'alert' });
  const radios = decision.options.map((option, index) => {
    const radio = h('input', {
      type: 'radio',
      name: 'student-option',
      value: option.id,
      id: `student-option-${option.id}`,
      checked: option.id === state.mine,
      disabled: !state.open,
    });
    radio.addEventListener('change', () => (error.textContent = ''));
    return h(
      'label',
      { class: 'option', for: radio.id },
      radio,
      h('span', { class: 'option-number', 'aria-hidden': 'true' }, String(index + 1)),
      h(
        'span',
        { class: 'option-body' },
        h('span', { class: 'option-label' }, t(option.label)),
        h('span', { class: 'option-line' }, t(option.line)),
      ),
    );
  });
  const send = h(
    'button',
    { type: 'submit', class: 'primary', disabled: !state.open },
    t('live:student.vote'),
  );
  const form = h(
    'form',
    { class: 'student-vote', novalidate: true },
    h('fieldset', { class: 'options' }, h('legend', { class: 'sr-only' }, t('decision.options')), radios),
    // Pinned to the foot of the phone's screen: the vote as sent and "Vote", wherever the options are scrolled.
    h('div', { class: 'vote-foot' }, status, error, state.open ? send : null),
  );
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const picked = form.querySelector<HTMLInputElement>('input[name="student-option"]:checked')?.value;
    if (!picked) {
      error.textContent = t('live:student.pickFirst');
      return;
    }
    send.disabled = true;
    void onVote(picked).then((sent) => {
      send.disabled = false;
      if (sent) showMine(picked);
      else error.textContent = t('live:student.voteFailed');
    });
  });
  const element = h(
    'article',
    { class: 'screen join-screen', 'aria-labelledby': 'join-heading' },
    h('p', { class: 'eyebrow' }, t(chapter.title)),
    h('h1', { id: 'join-heading' }, t(decision.title)),
    h('p', { class: 'prompt' }, t(decision.prompt)),
    state.open ? null : h('p', { class: 'notice' }, t('live:student.closed')),
    state.played ? h('p', { class: 'lead' }, t('vote.classChose', { option: labelOf(state.played) })) : null,
    form,
  );
  return { element };
}

/** The debrief as the projector shows it after the reveal: the class's choice beside Baku's, the core, the sources. */
export function studentDebrief(
  { t, language }: StudentTexts,
  record: RecordFile,
  chapter: Chapter,
  decision: Decision,
  played: string,
  counts: readonly number[],
): StudentScreen {
  const labelOf = (id: string) => {
    const option = decision.options.find((candidate) => candidate.id === id);
    return option ? t(option.label) : '';
  };
  const same = played === decision.historical;
  const core = decision.debrief.core;
  const status = weakestStatus(entriesFor(record, core.records));
  const sources = decision.debrief.sources
    .map((id) => record.sources.find((source) => source.id === id))
    .filter((source) => source !== undefined);
  const element = h(
    'article',
    { class: 'screen join-screen archive', 'aria-labelledby': 'join-heading' },
    h('p', { class: 'eyebrow' }, t(chapter.title)),
    h('h1', { id: 'join-heading' }, t(decision.title)),
    h(
      'dl',
      { class: 'student-versus' },
      h('dt', {}, t('vote.classChoice')),
      h('dd', {}, labelOf(played)),
      h('dt', {}, t('debrief.bakuChose')),
      h('dd', {}, labelOf(decision.historical)),
    ),
    h(
      'p',
      { class: `verdict ${same ? 'same' : 'different'}` },
      h('span', { 'aria-hidden': 'true' }, same ? '= ' : '≠ '),
      t(same ? 'vote.classSame' : 'debrief.different'),
    ),
    h(
      'p',
      { class: 'fact' },
      t(core.text),
      ' ',
      status !== 'confirmed' ? statusStamp(t, status) : null,
      citations(t, core.records, record, language),
    ),
    h(
      'section',
      { class: 'class-split', 'aria-labelledby': 'student-split' },
      h('h2', { id: 'student-split' }, t('vote.splitHeading')),
      h(
        'ul',
        { class: 'student-split' },
        decision.options.map((option, index) => {
          // The same marks, in words, as the projector's split.
          const marks = [
            option.id === played ? t('vote.played') : null,
            option.id === decision.historical ? t('vote.history') : null,
          ].filter(Boolean);
          const line = t('live:student.splitLine', {
            number: index + 1,
            option: t(option.label),
            count: counts[index] ?? 0,
          });
          return h(
            'li',
            { class: option.id === played ? 'split-played' : null },
            marks.length ? `${line} — ${marks.join(', ')}` : line,
          );
        }),
      ),
    ),
    more(
      t('live:student.moreSources'),
      h('h2', {}, t('debrief.sources')),
      h(
        'ul',
        { class: 'sources' },
        sources.map((source) => h('li', {}, sourceLink(t, source, language))),
      ),
    ),
  );
  return { element };
}

/** The knowledge check on the student's own device; once handed in, the student's own score. */
export function studentCheck(
  { t }: StudentTexts,
  statements: readonly KnowledgeStatement[],
  phase: 'before' | 'after',
  score: CheckScore | null,
  onSubmit: (answers: Record<string, boolean>) => Promise<boolean>,
): StudentScreen {
  const heading = h(
    'h1',
    { id: 'join-heading' },
    t(phase === 'before' ? 'check.heading.before' : 'check.heading.after'),
  );
  if (score) {
    return {
      element: h(
        'section',
        { class: 'screen join-screen', 'aria-labelledby': 'join-heading' },
        h('p', { class: 'eyebrow' }, t(phase === 'before' ? 'check.eyebrow.before' : 'check.eyebrow.after')),
        heading,
        h(
          'p',
          { class: 'lead student-score' },
          t('live:student.score', {
            right: score.trueRight + score.falseRight,
            total: score.trueTotal + score.falseTotal,
          }),
        ),
        h('p', {}, t('check.scoreLine', { ...score })),
        h('p', { class: 'hint' }, t('live:student.checkSent')),
      ),
    };
  }
  const form = h('form', { class: 'check-form', novalidate: true });
  const choice = (name: string, value: 'true' | 'false' | 'unsure', label: string) =>
    h(
      'label',
      { class: 'check-choice' },
      h('input', { type: 'radio', name, value, checked: value === 'unsure' }),
      ' ',
      label,
    );
  form.append(
    ...statements.map((statement, index) => {
      const name = `check-${statement.id}`;
      return h(
        'fieldset',
        { class: 'check-item' },
        h('legend', {}, h('span', { class: 'check-number' }, `${index + 1}. `), t(statement.text)),
        h(
          'div',
          { class: 'check-choices' },
          choice(name, 'true', t('check.true')),
          choice(name, 'false', t('check.false')),
          choice(name, 'unsure', t('check.unsure')),
        ),
      );
    }),
  );
  const error = h('p', { class: 'form-error', role: 'alert' });
  const send = h('button', { type: 'submit', class: 'primary' }, t('check.submit'));
  form.append(error, send);
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const data = new FormData(form);
    const answers: Record<string, boolean> = {};
    for (const statement of statements) {
      const value = data.get(`check-${statement.id}`);
      if (value === 'true' || value === 'false') answers[statement.id] = value === 'true';
    }
    send.disabled = true;
    void onSubmit(answers).then((sent) => {
      send.disabled = false;
      if (!sent) error.textContent = t('live:student.answerFailed');
    });
  });
  return {
    element: h(
      'section',
      { class: 'screen join-screen check', 'aria-labelledby': 'join-heading' },
      h('p', { class: 'eyebrow' }, t(phase === 'before' ? 'check.eyebrow.before' : 'check.eyebrow.after')),
      heading,
      h('p', { class: 'hint' }, t('check.scoring')),
      form,
    ),
  };
}
