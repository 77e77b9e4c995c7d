import type { App } from '../../app/app';
import type { SavedRunStatus } from '../../app/session';
import { button, h } from '../dom';
import type { ScreenKeys } from '../keyboard';

export interface TitleActions {
  newGame: () => void;
  classMode: () => void;
  classSummary: () => void;
  resume: () => void;
  /** Restores a run from a typed code; resolves to an error message, or null when the run was restored. */
  resumeCode: (code: string) => Promise<string | null>;
}

function codeForm(app: App, resumeCode: TitleActions['resumeCode']): HTMLElement {
  const { t } = app;
  const input = h('input', {
    id: 'resume-code-input',
    type: 'text',
    autocomplete: 'off',
    autocapitalize: 'characters',
    spellcheck: 'false',
    maxlength: 20,
    'aria-describedby': 'resume-code-help resume-code-error',
  });
  const error = h('p', { id: 'resume-code-error', class: 'form-error', role: 'alert' });
  const form = h(
    'form',
    { class: 'code-form', hidden: true },
    h('label', { for: 'resume-code-input' }, t('code.label')),
    h('p', { id: 'resume-code-help', class: 'hint' }, t('code.help')),
    h(
      'div',
      { class: 'code-row' },
      input,
      h('button', { type: 'submit', class: 'primary' }, t('code.submit')),
    ),
    error,
  );
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    void resumeCode(input.value).then((problem) => {
      error.textContent = problem ?? '';
      if (problem) input.focus();
    });
  });
  const open = button(
    t('code.open'),
    () => {
      form.hidden = false;
      open.setAttribute('aria-expanded', 'true');
      input.focus();
    },
    { class: 'secondary', 'aria-expanded': 'false' },
  );
  return h('div', { class: 'code-entry' }, open, form);
}

export function titleScreen(
  app: App,
  saved: SavedRunStatus,
  actions: TitleActions,
): { element: HTMLElement; keys: ScreenKeys } {
  const { t } = app;
  const newGame = h(
    'button',
    { type: 'button', class: 'primary' },
    t('title.newGame'),
    ' ',
    h('kbd', { 'aria-hidden': 'true' }, 'Enter'),
  );
  newGame.addEventListener('click', actions.newGame);
  const resume =
    saved.kind === 'ready'
      ? h(
          'button',
          { type: 'button', class: 'secondary', 'aria-describedby': 'resume-detail' },
          t('title.continue'),
        )
      : null;
  resume?.addEventListener('click', actions.resume);

  const notices = [
    !app.store.available ? h('p', { class: 'notice', role: 'status' }, t('title.storageOff')) : null,
    saved.kind === 'unreadable'
      ? h(
          'p',
          { class: 'notice', role: 'alert' },
          t('title.saveUnreadable', {
            reason: t(`title.saveErrors.${saved.error.kind}`, {
              version: 'version' in saved.error ? saved.error.version : '',
            }),
          }),
        )
      : null,
  ];

  const element = h(
    'section',
    { class: 'screen title-screen', 'aria-labelledby': 'title-heading' },
    h('p', { class: 'eyebrow' }, t('app.tagline')),
    h('h1', { id: 'title-heading', class: 'game-title' }, t('title.heading')),
    h('p', { class: 'lead' }, t('title.subtitle')),
    h('p', {}, t('title.intro')),
    h('p', { class: 'model-note' }, t('title.modelNote')),
    notices,
    h(
      'div',
      { class: 'title-actions' },
      newGame,
      button(t('title.classMode'), actions.classMode, { class: 'secondary' }),
      resume,
      resume ? h('span', { id: 'resume-detail', class: 'hint' }, t('title.continueDetail')) : null,
      button(t('title.model'), () => app.pages.showModel(), { class: 'secondary' }),
      button(t('title.classSummary'), actions.classSummary, { class: 'secondary' }),
      button(t('title.guide'), () => app.pages.showGuide(), { class: 'secondary' }),
    ),
    codeForm(app, actions.resumeCode),
    h('h2', { class: 'small-heading' }, t('title.keysHeading')),
    h('p', { class: 'hint' }, t('title.keys')),
  );
  return { element, keys: { enter: actions.newGame } };
}
