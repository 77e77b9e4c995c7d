import { linkGlossaryTerms } from '../ui/glossary-links';
import type { ScreenKeys } from '../ui/keyboard';
import type { App } from './app';

export interface Screen {
  element: HTMLElement;
  keys: ScreenKeys;
}

/** Puts a built screen on the card: glossary links, focus on its heading, its keys, and the `screen` event. */
export function presentScreen(app: App, screen: Screen, name: string): void {
  linkGlossaryTerms(app, screen.element);
  app.overlay.show(screen.element, name);
  app.keyboard.setScreenKeys(screen.keys);
  app.events.emit('screen', { name });
}

/** Leaves the screen on the card: its keys stop answering and the sound of a new card plays. */
export function leaveScreen(app: App): void {
  app.keyboard.setScreenKeys({});
  app.sound.play('paper');
}
