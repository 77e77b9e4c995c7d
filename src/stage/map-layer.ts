import Phaser from 'phaser';
import type { Stage } from '../content/schema';
import { FONT_SANS, STAGE, STAGE_TEXT, numberToCss } from './palette';
import type { RegionMap } from './region-map';
import { MAP_HEIGHT, MAP_WIDTH, project } from './region-projection';

const MAP_TEXTURE = 'region-map';
/** Texture pixels per map unit: sharp up to about twice the map's size on screen. */
const MAP_TEXTURE_SCALE = 2;
/** How far the land is drawn beyond the map's edges, in map units. */
const MAP_MARGIN = 200;
const GRATICULE_STEP = 50;

/**
 * The land, drawn once with the Canvas API into a texture at twice the map's size: a Graphics object would be
 * re-tessellated every frame, which costs most of a frame on a weak GPU.
 */
export function drawLand(
  scene: Phaser.Scene,
  regionMap: RegionMap,
  homeCountry: string,
): Phaser.GameObjects.Image {
  const scale = MAP_TEXTURE_SCALE;
  const margin = MAP_MARGIN;
  const texture = scene.textures.exists(MAP_TEXTURE)
    ? null
    : scene.textures.createCanvas(
        MAP_TEXTURE,
        Math.ceil((MAP_WIDTH + 2 * margin) * scale),
        Math.ceil((MAP_HEIGHT + 2 * margin) * scale),
      );
  const ctx = texture?.getContext();
  if (ctx && texture) {
    ctx.setTransform(scale, 0, 0, scale, margin * scale, margin * scale);
    ctx.strokeStyle = numberToCss(STAGE.graticule);
    ctx.lineWidth = 1;
    ctx.beginPath();
    for (let x = 0; x <= MAP_WIDTH; x += GRATICULE_STEP) {
      ctx.moveTo(x, -margin);
      ctx.lineTo(x, MAP_HEIGHT + margin);
    }
    for (let y = 0; y <= MAP_HEIGHT; y += GRATICULE_STEP) {
      ctx.moveTo(-margin, y);
      ctx.lineTo(MAP_WIDTH + margin, y);
    }
    ctx.stroke();
    ctx.lineJoin = 'round';
    for (const country of regionMap.countries) {
      const home = country.id === homeCountry;
      const path = new Path2D();
      for (const ring of country.rings) {
        for (let i = 0; i + 1 < ring.length; i += 2) {
          if (i === 0) path.moveTo(ring[i]!, ring[i + 1]!);
          else path.lineTo(ring[i]!, ring[i + 1]!);
        }
        path.closePath();
      }
      ctx.fillStyle = numberToCss(home ? STAGE.home : STAGE.land);
      ctx.fill(path, 'evenodd');
      ctx.strokeStyle = numberToCss(home ? STAGE.homeEdge : STAGE.landEdge);
      ctx.lineWidth = home ? 2 : 1;
      ctx.stroke(path);
    }
    texture.refresh();
  }
  return scene.add
    .image(-margin, -margin, MAP_TEXTURE)
    .setOrigin(0)
    .setScale(1 / scale);
}

/** Names written on the map itself, such as the Caspian Sea's; each text is named `<id>-label`. */
export class MapLabels {
  private readonly texts: { key: string; text: Phaser.GameObjects.Text }[];

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

  retranslate(t: (key: string) => string): void {
    for (const { key, text } of this.texts) text.setText(t(key));
  }

  setFontSize(size: number): void {
    for (const { text } of this.texts) text.setFontSize(size);
  }

  setScale(inverseZoom: number): void {
    for (const { text } of this.texts) text.setScale(inverseZoom);
  }
}
