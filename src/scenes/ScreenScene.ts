import Phaser from 'phaser';
import type { App } from '../app/app';
import { leaveScreen, presentScreen, type Screen } from '../ui/screen-card';
import type { ErrorWay } from '../ui/screens/error';
import { reportScreenFailure } from './content-error';

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
    // A builder that throws would leave the last screen up with its keys dead: the player is told instead.
    void Promise.resolve()
      .then(() => this.build(data))
      .then((screen) => {
        if (!this.scene.isActive()) return;
        if (screen) presentScreen(this.app, screen, this.scene.key);
        // A builder that has nothing to show and has not said why leaves the player a way on all the same.
        else if (this.app.overlay.card.dataset.screen !== 'Error')
          reportScreenFailure(this.app, new Error(`${this.scene.key} had nothing to show.`), this.waysOn());
      })
      .catch((problem: unknown) => {
        if (this.scene.isActive()) reportScreenFailure(this.app, problem, this.waysOn());
      });
  }

  /** The ways on from a screen that failed: try it again, or go back to the title. */
  protected waysOn(): ErrorWay[] {
    const again = { label: this.app.t('error.tryAgain'), go: () => this.go(this.scene.key, this.lastData) };
    const title = { label: this.app.t('error.toTitle'), go: () => this.go('Title') };
    return this.scene.key === 'Title' ? [again] : [again, title];
  }

  /** Moves to another screen, with the stage's sound of a new card. */
  protected go(key: string, data: object = {}): void {
    leaveScreen(this.app);
    this.scene.start(key, data);
  }
}
