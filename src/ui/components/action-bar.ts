import { h } from '../dom';

/** The screen's main action, kept in reach at the bottom of the card, with its key shown. */
export function actionBar(
  label: string,
  onActivate: () => void,
  key = 'Enter',
): { bar: HTMLElement; button: HTMLButtonElement } {
  const button = h(
    'button',
    { type: 'button', class: 'primary' },
    label,
    ' ',
    h('kbd', { 'aria-hidden': 'true' }, key),
  );
  button.addEventListener('click', onActivate);
  return { bar: h('div', { class: 'action-bar' }, button), button };
}
