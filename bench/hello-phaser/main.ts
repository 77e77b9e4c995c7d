// The stock Phaser 4 hello world the bench measures Crossroads against: the full npm build, no custom flags.
import Phaser from 'phaser';

class HelloScene extends Phaser.Scene {
  constructor() {
    super('hello');
  }

  create(): void {
    this.add.rectangle(512, 384, 480, 160, 0x2d6cdf);
    this.add
      .text(512, 384, 'Hello world', { fontFamily: 'sans-serif', fontSize: '48px', color: '#ffffff' })
      .setOrigin(0.5);
  }
}

const game = new Phaser.Game({
  type: Phaser.AUTO,
  width: 1024,
  height: 768,
  backgroundColor: '#1b1f27',
  scale: { mode: Phaser.Scale.FIT, autoCenter: Phaser.Scale.CENTER_BOTH },
  scene: HelloScene,
});

// Same mark the game sets when its first screen is usable, so one measurement works for both.
game.events.once(Phaser.Core.Events.POST_RENDER, () => performance.mark('crossroads:usable'));
