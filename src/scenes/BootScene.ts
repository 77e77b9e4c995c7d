import Phaser from 'phaser';

/** Starts the persistent stage underneath, then the title screen. Content and fonts are ready before Phaser starts. */
export class BootScene extends Phaser.Scene {
  constructor() {
    super({ key: 'Boot' });
  }

  create(): void {
    this.scene.launch('Stage');
    this.scene.sendToBack('Stage');
    this.scene.start('Title');
  }
}
