import { captureFormState, restoreFormState, type FormState } from './form-state';
import { linkGlossaryTerms } from './glossary-links';
import type { KeyboardRouter, ScreenKeys } from './keyboard';
import type { Overlay } from './overlay';
import type { InterfaceEvents, ScreenContext } from './screen-context';

/** A screen built for the card: its DOM and the keys it answers. */
export interface Screen {
  element: HTMLElement;
  keys: ScreenKeys;
}

/** What putting screens on the card uses besides what the screens themselves read. */
export interface CardContext extends Omit<ScreenContext, 'overlay'> {
  readonly overlay: Pick<Overlay, 'card' | 'show' | 'announce'>;
  readonly keyboard: Pick<KeyboardRouter, 'setScreenKeys'>;
  readonly events: Pick<InterfaceEvents, 'emit'>;
}

/** What was entered on the screen being rebuilt (a language switch), for the same screen built anew. */
let heldInput: { name: string; state: FormState } | null = null;

/** Keeps what the player entered on the card so that the next build of the same screen shows it again. */
export function holdInputForRebuild(app: Pick<CardContext, 'overlay'>): void {
  const card = app.overlay.card;
  const name = card.dataset.screen;
  heldInput = name ? { name, state: captureFormState(card) } : null;
}

/** Puts a built screen on the card: glossary links, focus on its heading, its keys, and the `screen` event. */
export function presentScreen(app: CardContext, screen: Screen, name: string): void {
  linkGlossaryTerms(app, screen.element);
  if (heldInput?.name === name) restoreFormState(screen.element, heldInput.state);
  heldInput = null;
  app.overlay.show(screen.element, name);
  app.keyboard.setScreenKeys(screen.keys);
  app.events.emit('screen', { name });
}

/** Leaves the screen on the card: its keys stop answering and the sound of a new card plays. */
export function leaveScreen(app: Pick<CardContext, 'keyboard' | 'sound'>): void {
  app.keyboard.setScreenKeys({});
  app.sound.play('paper');
}
