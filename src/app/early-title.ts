import type { StartScreen } from '../scenes/BootScene';
import { buildTitle, type TitleData } from '../scenes/title-flow';
import type { App } from './app';
import { holdInputForRebuild, leaveScreen, presentScreen } from '../ui/screen-card';

/**
 * The title screen shown while Phaser is still loading, so that the first screen is usable sooner. A move
 * made from it waits for the stage to boot; once the player leaves it, the Phaser scenes own every screen.
 */
export class EarlyTitle {
  private startScreen: StartScreen | null = null;
  private queued: { key: string; data: object } | null = null;
  private current = true;
  private showing = false;
  private readonly unsubscribe: (() => void)[];

  constructor(private readonly app: App) {
    this.show({});
    this.unsubscribe = [
      app.events.on('language', () => {
        holdInputForRebuild(app);
        this.show({});
      }),
      // Any other screen (the menu's "back to the title" included) is a scene's from then on.
      app.events.on('screen', () => {
        if (!this.showing) this.retire();
      }),
    ];
  }

  /** The stage has booted: a move the player already made is carried out now, and later ones at once. */
  handOver(startScreen: StartScreen): void {
    this.startScreen = startScreen;
    if (this.queued) startScreen(this.queued.key, this.queued.data);
    this.queued = null;
  }

  private show(data: TitleData): void {
    if (!this.current) return;
    const screen = buildTitle(this.app, data, {
      go: (key, next = {}) => this.go(key, next),
      reopen: (reopened) => this.show(reopened),
    });
    this.showing = true;
    presentScreen(this.app, screen, 'Title');
    this.showing = false;
  }

  private go(key: string, data: object): void {
    if (!this.current) return;
    this.retire();
    leaveScreen(this.app);
    if (this.startScreen) this.startScreen(key, data);
    else this.queued = { key, data };
  }

  private retire(): void {
    this.current = false;
    this.unsubscribe.forEach((off) => off());
  }
}
