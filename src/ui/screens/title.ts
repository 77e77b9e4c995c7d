import type { App } from '../../app/app';
import type { SavedRunStatus } from '../../app/session';
import { button, h } from '../dom';
import type { ScreenKeys } from '../keyboard';

export interface TitleActions {
  newGame: () => void;
  resume: () => void;
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
      resume,
      resume ? h('span', { id: 'resume-detail', class: 'hint' }, t('title.continueDetail')) : null,
      button(t('title.model'), () => app.pages.showModel(), { class: 'secondary' }),
    ),
    h('h2', { class: 'small-heading' }, t('title.keysHeading')),
    h('p', { class: 'hint' }, t('title.keys')),
  );
  return { element, keys: { enter: actions.newGame } };
}
