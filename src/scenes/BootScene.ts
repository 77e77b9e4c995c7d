import Phaser from 'phaser';

/** Starts a screen by its scene key; the boot scene hands one to whoever owns the first screen. */
export type StartScreen = (key: string, data: object) => void;

/**
 * Starts the persistent stage underneath, then hands the screens over: `open` starts the first screen, or
 * leaves the title that the page showed while Phaser loaded. Content is ready before Phaser starts; the fonts
 * download while Phaser boots, and the stage, whose texts are drawn into the canvas, starts once they are in.
 */
export class BootScene extends Phaser.Scene {
  constructor(
    private readonly open: (startScreen: StartScreen) => void,
    private readonly fontsReady: Promise<void>,
  ) {
    super({ key: 'Boot' });
  }

  create(): void {
    void this.fontsReady.then(() => {
      this.scene.launch('Stage');
      this.scene.sendToBack('Stage');
      const manager = this.scene.manager;
      this.open((key, data) => manager.start(key, data));
      this.scene.stop();
    });
  }
}
