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
  // The second click of a double click is not a second press: it must not act again, nor act on the button that
  // took this one's place on the next screen (a double-clicked Confirm would skip the consequences).
  button.addEventListener('click', (event) => {
    if (event.detail <= 1) onActivate();
  });
  return { bar: h('div', { class: 'action-bar' }, button), button };
}
