import { captureFormState, restoreFormState, type FormState } from '../ui/form-state';
import { linkGlossaryTerms } from '../ui/glossary-links';
import type { ScreenKeys } from '../ui/keyboard';
import type { App } from './app';

export interface Screen {
  element: HTMLElement;
  keys: ScreenKeys;
}

/** What was entered on the screen being rebuilt (a language switch), for the same screen built anew. */
let heldInput: { name: string; state: FormState } | null = null;

/** Keeps what the player entered on the card so that the next build of the same screen shows it again. */
export function holdInputForRebuild(app: App): void {
  const card = app.overlay.card;
  const name = card.dataset.screen;
  heldInput = name ? { name, state: captureFormState(card) } : null;
}

/** Puts a built screen on the card: glossary links, focus on its heading, its keys, and the `screen` event. */
export function presentScreen(app: App, screen: Screen, name: string): void {
  linkGlossaryTerms(app, screen.element);
  if (heldInput?.name === name) restoreFormState(screen.element, heldInput.state);
  heldInput = null;
  app.overlay.show(screen.element, name);
  app.keyboard.setScreenKeys(screen.keys);
  app.events.emit('screen', { name });
}

/** Leaves the screen on the card: its keys stop answering and the sound of a new card plays. */
export function leaveScreen(app: App): void {
  app.keyboard.setScreenKeys({});
  app.sound.play('paper');
}
