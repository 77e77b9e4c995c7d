import { h } from './dom';

/** Where the main pointer is a finger (a phone, a tablet); a touch-screen laptop keeps its keyboard hints. */
export const TOUCH_FIRST = '(hover: none) and (pointer: coarse)';

/**
 * A hint in its keyboard wording and its touch wording; the stylesheet shows the one that fits the
 * device (`.for-keys`, `.for-touch`) and the other is hidden from screen readers too.
 */
export function keysOrTouch(keys: string, touch: string): HTMLElement[] {
  return [h('span', { class: 'for-keys' }, keys), h('span', { class: 'for-touch' }, touch)];
}

/** For text the stylesheet cannot switch, such as a status message or a tooltip. */
export function touchFirst(): boolean {
  return window.matchMedia(TOUCH_FIRST).matches;
}
