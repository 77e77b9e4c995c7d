import type Phaser from 'phaser';
import type { App } from '../app/app';

export interface TestHook {
  ready: boolean;
  screen: string;
  renderer: 'webgl' | 'canvas' | 'none';
  language: string;
  state: () => unknown;
  sound: () => { status: string; muted: boolean };
}

declare global {
  interface Window {
    __CROSSROADS__?: TestHook;
  }
}

/** A read-only window onto the game for end-to-end tests; installed only with ?test=1. */
export function installTestHook(app: App, game: () => Phaser.Game | undefined): void {
  const hook: TestHook = {
    ready: false,
    screen: '',
    get renderer() {
      const renderer = game()?.renderer;
      if (!renderer) return 'none';
      return renderer.type === 2 ? 'webgl' : 'canvas';
    },
    language: app.language(),
    state: () => structuredClone(app.session.state),
    sound: () => ({ status: app.sound.status(), muted: app.sound.muted }),
  };
  app.events.on('screen', ({ name }) => {
    hook.screen = name;
    hook.ready = true;
  });
  app.events.on('language', ({ language }) => (hook.language = language));
  window.__CROSSROADS__ = hook;
}
