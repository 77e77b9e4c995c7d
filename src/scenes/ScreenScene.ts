import Phaser from 'phaser';
import type { App } from '../app/app';
import { leaveScreen, presentScreen, type Screen } from '../app/screen-card';

/** A screen of the game: Phaser routes between screens, the DOM card shows the screen's text and controls. */
export abstract class ScreenScene<Data extends object = object> extends Phaser.Scene {
  constructor(
    protected readonly app: App,
    key: string,
  ) {
    super({ key });
  }

  abstract build(data: Data): Screen | null | Promise<Screen | null>;

  /** The data this screen was opened with, so a language change can rebuild it as it was. */
  lastData: Data | undefined;

  create(data: Data): void {
    this.lastData = data;
    void Promise.resolve(this.build(data)).then((screen) => {
      if (!screen || !this.scene.isActive()) return;
      presentScreen(this.app, screen, this.scene.key);
    });
  }

  /** Moves to another screen, with the stage's sound of a new card. */
  protected go(key: string, data: object = {}): void {
    leaveScreen(this.app);
    this.scene.start(key, data);
  }
}
