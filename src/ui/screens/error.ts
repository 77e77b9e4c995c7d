import { h } from '../dom';

export interface ErrorTexts {
  heading: string;
  message: string;
  reload: string;
  details: string;
}

/** Shown when the game cannot start; built without i18n or Phaser so it works when those fail too. */
export function errorScreen(texts: ErrorTexts, details: readonly string[]): HTMLElement {
  const reload = h('button', { type: 'button', class: 'primary' }, texts.reload);
  reload.addEventListener('click', () => window.location.reload());
  return h(
    'section',
    { class: 'screen error-screen', role: 'alert', 'aria-labelledby': 'error-heading' },
    h('h1', { id: 'error-heading' }, texts.heading),
    h('p', {}, texts.message),
    details.length
      ? h('details', {}, h('summary', {}, texts.details), h('pre', {}, details.join('\n\n')))
      : null,
    h('div', { class: 'title-actions' }, reload),
  );
}
