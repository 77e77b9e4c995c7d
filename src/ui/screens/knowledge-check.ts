import { text } from '../bilingual';
import type { ScreenContext } from '../screen-context';
import type { KnowledgeStatement } from '../../content/schema';
import type { CheckPhase, CheckScore } from '../../engine';
import { actionBar } from '../components/action-bar';
import { citations } from '../components/record-citation';
import { button, h } from '../dom';
import type { ScreenKeys } from '../keyboard';

type Answer = 'true' | 'false' | 'unsure';

/** True-or-false statements from the record; "not sure" is allowed and counts as not right. */
export function checkScreen(
  app: ScreenContext,
  statements: readonly KnowledgeStatement[],
  phase: CheckPhase,
  actions: { submit: (answers: Record<string, boolean>) => void; skip?: () => void },
): { element: HTMLElement; keys: ScreenKeys } {
  const { t } = app;
  const form = h('form', { class: 'check-form', novalidate: true });
  const items = statements.map((statement, index) => {
    const name = `check-${statement.id}`;
    const choice = (value: Answer) =>
      h(
        'label',
        { class: 'check-choice' },
        h('input', { type: 'radio', name, value, ...(value === 'unsure' ? { checked: true } : {}) }),
        ' ',
        t(`check.${value}`),
      );
    return h(
      'fieldset',
      { class: 'check-item' },
      h('legend', {}, h('span', { class: 'check-number' }, `${index + 1}. `), text(app, statement.text)),
      h('div', { class: 'check-choices' }, choice('true'), choice('false'), choice('unsure')),
    );
  });
  const collect = (): Record<string, boolean> => {
    const data = new FormData(form);
    const answers: Record<string, boolean> = {};
    for (const statement of statements) {
      const value = data.get(`check-${statement.id}`);
      if (value === 'true' || value === 'false') answers[statement.id] = value === 'true';
    }
    return answers;
  };
  const submit = () => actions.submit(collect());
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    submit();
  });
  const action = actionBar(t(phase === 'before' ? 'check.start' : 'check.submit'), submit);
  form.append(...items);
  const element = h(
    'article',
    { class: 'screen check', 'aria-labelledby': 'check-heading' },
    h('p', { class: 'eyebrow' }, t(`check.eyebrow.${phase}`)),
    h('h1', { id: 'check-heading' }, t(`check.heading.${phase}`)),
    h('p', { class: 'lead' }, t(`check.intro.${phase}`)),
    h('p', { class: 'hint' }, t('check.scoring')),
    form,
    actions.skip ? h('p', {}, button(t('check.skip'), actions.skip, { class: 'secondary' })) : null,
    action.bar,
  );
  // Enter on an answer moves on to the next statement, and from the last to the button: only Enter
  // elsewhere hands the check in, so a keyboard player cannot submit it by accident half-way.
  const enter = () => {
    const active = document.activeElement;
    if (!(active instanceof HTMLInputElement) || !form.contains(active)) {
      submit();
      return;
    }
    const at = items.findIndex((item) => item.contains(active));
    const next = items[at + 1]?.querySelector<HTMLInputElement>('input:checked');
    (next ?? action.button).focus();
  };
  return { element, keys: { enter } };
}

export function scoreLine(app: ScreenContext, score: CheckScore): string {
  return app.t('check.scoreLine', {
    trueRight: score.trueRight,
    trueTotal: score.trueTotal,
    falseRight: score.falseRight,
    falseTotal: score.falseTotal,
    balanced: score.balanced,
  });
}

/** After the campaign: each statement with the player's answer, the record's answer and why. */
export function checkFeedbackScreen(
  app: ScreenContext,
  statements: readonly KnowledgeStatement[],
  answers: Readonly<Record<string, boolean>>,
  scores: { before?: CheckScore; after: CheckScore },
  onContinue: () => void,
): { element: HTMLElement; keys: ScreenKeys } {
  const { t } = app;
  const record = app.record();
  const answerText = (value: boolean | undefined) =>
    value === undefined ? t('check.unsure') : t(value ? 'check.true' : 'check.false');
  const action = actionBar(t('check.toReport'), onContinue);
  const element = h(
    'article',
    { class: 'screen check', 'aria-labelledby': 'feedback-heading' },
    h('p', { class: 'eyebrow' }, t('check.eyebrow.after')),
    h('h1', { id: 'feedback-heading' }, t('check.feedbackHeading')),
    h('p', { class: 'lead' }, scoreLine(app, scores.after)),
    scores.before ? h('p', {}, t('check.beforeWas', { balanced: scores.before.balanced })) : null,
    h(
      'ol',
      { class: 'check-feedback' },
      statements.map((statement) => {
        const given = answers[statement.id];
        const verdict = given === undefined ? 'unsure' : given === statement.true ? 'right' : 'wrong';
        const mark = { right: '✓ ', wrong: '✗ ', unsure: '– ' }[verdict];
        return h(
          'li',
          { class: `feedback ${verdict}` },
          h('p', { class: 'feedback-statement' }, t(statement.text)),
          h(
            'p',
            { class: 'feedback-verdict' },
            h('span', { 'aria-hidden': 'true' }, mark),
            t(`check.${verdict === 'unsure' ? 'notSure' : verdict}`, {
              given: answerText(given),
              answer: answerText(statement.true),
            }),
          ),
          h(
            'p',
            {},
            text(app, statement.explanation),
            ' ',
            citations(t, statement.records, record, app.language()),
          ),
        );
      }),
    ),
    action.bar,
  );
  return { element, keys: { enter: onContinue } };
}
