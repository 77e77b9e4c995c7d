import { h } from '../dom';

export interface ErrorTexts {
  heading: string;
  message: string;
  reload: string;
  details: string;
}

/** A way on from the error besides reloading the page, such as trying again or going back to the title. */
export interface ErrorWay {
  label: string;
  go: () => void;
}

/** Shown when the game cannot start; built without i18n or Phaser so it works when those fail too. */
export function errorScreen(
  texts: ErrorTexts,
  details: readonly string[],
  ways: readonly ErrorWay[] = [],
): HTMLElement {
  const wayButtons = ways.map((way, index) => {
    const control = h('button', { type: 'button', class: index === 0 ? 'primary' : 'secondary' }, way.label);
    control.addEventListener('click', way.go);
    return control;
  });
  const reload = h('button', { type: 'button', class: ways.length ? 'secondary' : 'primary' }, texts.reload);
  reload.addEventListener('click', () => window.location.reload());
  return h(
    'section',
    { class: 'screen error-screen', role: 'alert', 'aria-labelledby': 'error-heading' },
    h('h1', { id: 'error-heading' }, texts.heading),
    h('p', {}, texts.message),
    details.length
      ? h('details', {}, h('summary', {}, texts.details), h('pre', {}, details.join('\n\n')))
      : null,
    h('div', { class: 'title-actions' }, wayButtons, reload),
  );
}
