import type { App } from '../app/app';
import { err } from '../lib/result';
import type { OnDemandGame } from '../stage/on-demand-game';
import type { StageScene } from '../stage/StageScene';

export interface TestHook {
  readonly ready: boolean;
  screen: string;
  renderer: 'webgl' | 'canvas' | 'none';
  language: string;
  state: () => unknown;
  /** The sound's state, and the cues it last handed to the player (oldest first). */
  sound: () => { status: string; muted: boolean; played: readonly string[] };
  /** Frames the stage has drawn: an idle stage draws none. */
  framesDrawn: () => number;
  /** The sizes of the texts the stage draws, in CSS pixels; null before the stage is up. */
  stageText: () => ReturnType<StageScene['textSizes']> | null;
  /** Where the map camera looks and where its viewport sits on the page; null before the stage is up. */
  stageMap: () => ReturnType<StageScene['mapView']> | null;
  /** What the stage holds of the last choice: changes, stamps, reaction marks; and the arcs' widths. */
  stageConsequences: () => ReturnType<StageScene['consequenceState']> | null;
  /** Has the run refuse the next choice played, as it refuses one it cannot take, to test what the player is told. */
  refuseNextChoice: () => void;
}

declare global {
  interface Window {
    __CROSSROADS__?: TestHook;
  }
}

/** A window onto the game for end-to-end tests, read-only but for one fault to provoke; installed only with ?test=1. */
export function installTestHook(app: App, game: () => OnDemandGame | undefined): void {
  let screenShown = false;
  const stage = () => {
    const scene = game()?.scene.getScene('Stage') as StageScene | null | undefined;
    return scene?.sys.isActive() ? scene : null;
  };
  const hook: TestHook = {
    /** A screen is up and Phaser's stage has booted and drawn, so every control answers at once. */
    get ready() {
      return screenShown && (game()?.isStageDrawn ?? false);
    },
    screen: '',
    get renderer() {
      const renderer = game()?.renderer;
      if (!renderer) return 'none';
      return renderer.type === 2 ? 'webgl' : 'canvas';
    },
    language: app.language(),
    state: () => structuredClone(app.session.state),
    sound: () => ({ status: app.sound.status(), muted: app.sound.muted, played: app.sound.played() }),
    framesDrawn: () => game()?.framesDrawn ?? 0,
    stageText: () => stage()?.textSizes() ?? null,
    stageMap: () => stage()?.mapView() ?? null,
    stageConsequences: () => stage()?.consequenceState() ?? null,
    refuseNextChoice: () => {
      const { session } = app;
      const choose = session.choose;
      session.choose = () => {
        session.choose = choose;
        return err({ kind: 'run-finished' });
      };
    },
  };
  app.events.on('screen', ({ name }) => {
    hook.screen = name;
    screenShown = true;
  });
  app.events.on('language', ({ language }) => (hook.language = language));
  window.__CROSSROADS__ = hook;
}
