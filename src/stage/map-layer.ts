import type Phaser from 'phaser';
import type { Stage, TextKey } from '../content/schema';
import { FONT_SANS, STAGE_TEXT } from './palette';
import { project } from './region-projection';

/** Names written on the map itself, such as the Caspian Sea's; each text is named `<id>-label`. */
export class MapLabels {
  private readonly texts: { key: TextKey; text: Phaser.GameObjects.Text }[];

  constructor(scene: Phaser.Scene, labels: Stage['mapLabels'], fontSize: number) {
    this.texts = labels.map((label) => {
      const at = project(label.lon, label.lat);
      const text = scene.add
        .text(at.x, at.y, '', {
          fontFamily: FONT_SANS,
          fontSize: `${fontSize}px`,
          fontStyle: 'italic',
          color: STAGE_TEXT.sea,
        })
        .setOrigin(0.5)
        .setAngle(label.angle)
        .setName(`${label.id}-label`);
      return { key: label.name, text };
    });
  }

  objects(): Phaser.GameObjects.Text[] {
    return this.texts.map(({ text }) => text);
  }

  retranslate(t: (key: TextKey) => string): void {
    for (const { key, text } of this.texts) text.setText(t(key));
  }

  setFontSize(size: number): void {
    for (const { text } of this.texts) text.setFontSize(size);
  }

  setScale(inverseZoom: number): void {
    for (const { text } of this.texts) text.setScale(inverseZoom);
  }
}
