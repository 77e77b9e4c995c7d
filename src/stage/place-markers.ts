import type Phaser from 'phaser';
import type { Place, TextKey } from '../content/schema';
import type { Point } from './influence-arcs';
import { placeLabels } from './label-placement';
import { FONT_SANS, STAGE_TEXT } from './palette';
import { dotImage } from './stage-images';

interface Marker {
  name: TextKey;
  point: Point;
  dot: Phaser.GameObjects.Image;
  label: Phaser.GameObjects.Text;
  /** How the marker is drawn now, so that an unchanged marker is not drawn again. */
  look: 'hidden' | 'place' | 'focus';
}

const DOT_TEXTURES = { place: 'marker-place', focus: 'marker-focus' } as const;

/**
 * The two dots as textures made once from their images (stage-images.ts): as images, the markers cost a textured
 * quad each per frame instead of circles tessellated again on every frame, and WebGL draws them with the labels in
 * one batch.
 */
function makeDotTextures(scene: Phaser.Scene): void {
  for (const look of ['place', 'focus'] as const) {
    if (!scene.textures.exists(DOT_TEXTURES[look]))
      scene.textures.addCanvas(DOT_TEXTURES[look], dotImage(look));
  }
}

/** The places' dots and names on the map: those shown, the focused ones picked out, names placed where there is room. */
export class PlaceMarkers {
  /** The markers made so far: a place's dot and name are made when it first shows, not all at start. */
  private readonly markers = new Map<string, Marker>();
  private readonly places = new Map<string, { name: TextKey; point: Point }>();
  private readonly dots: Phaser.GameObjects.Container;
  private readonly labels: Phaser.GameObjects.Container;
  private fontSize = 13;
  /** Places whose marker shows, most important first; their labels show where there is room. */
  private shown: string[] = [];
  private focused: string[] = [];

  constructor(
    private readonly scene: Phaser.Scene,
    places: readonly Place[],
    pointOf: (id: string) => Point | undefined,
    private readonly t: (key: TextKey) => string,
  ) {
    makeDotTextures(scene);
    for (const place of places) {
      const point = pointOf(place.id);
      if (point) this.places.set(place.id, { name: place.name, point });
    }
    this.dots = scene.add.container(0, 0);
    this.labels = scene.add.container(0, 0);
  }

  /** The dots, then the names over them. */
  objects(): Phaser.GameObjects.GameObject[] {
    return [this.dots, this.labels];
  }

  /** Shows these places, in priority order, picking out the focused ones. */
  show(shown: readonly string[], focused: readonly string[]): void {
    this.shown = [...new Set(shown)].filter((id) => this.places.has(id));
    this.focused = [...focused];
    for (const id of this.shown) this.make(id);
    this.restyle();
  }

  private make(id: string): void {
    const place = this.places.get(id);
    if (!place || this.markers.has(id)) return;
    const { point } = place;
    const dot = this.scene.add.image(point.x, point.y, DOT_TEXTURES.place);
    // A name is drawn when its place first shows: drawing every name at once would cost the first frame, and
    // fetch font files for letters (the ğ of Iğdır) that the first screen never shows.
    const label = this.scene.add.text(point.x + 7, point.y - 8, '', {
      fontFamily: FONT_SANS,
      fontSize: `${this.fontSize}px`,
      color: STAGE_TEXT.placeNew,
      stroke: STAGE_TEXT.outline,
      strokeThickness: 3,
    });
    this.dots.add(dot);
    this.labels.add(label);
    this.markers.set(id, { name: place.name, point, dot, label, look: 'hidden' });
  }

  /** Redraws the markers, with their names in the language now chosen. */
  restyle(): void {
    for (const [id, marker] of this.markers) {
      const { name, dot, label } = marker;
      const active = this.focused.includes(id);
      const visible = this.shown.includes(id);
      dot.setVisible(visible);
      label.setVisible(visible);
      const look = !visible ? 'hidden' : active ? 'focus' : 'place';
      if (look !== marker.look && look !== 'hidden') {
        marker.look = look;
        dot.setTexture(DOT_TEXTURES[look]);
        label
          .setColor(active ? STAGE_TEXT.placeActive : STAGE_TEXT.place)
          .setFontStyle(active ? 'bold' : 'normal');
      }
      // A name is drawn again only when its text or look changes: each redraw re-renders and re-uploads it. A new
      // name is styled before it gets its text, so that it is drawn once.
      label.setText(visible ? this.t(name) : label.text);
    }
  }

  setFontSize(size: number): void {
    if (size === this.fontSize) return;
    this.fontSize = size;
    for (const { label } of this.markers.values()) label.setFontSize(size);
  }

  /** Keeps dots and names the same size on screen at any zoom, and places the names clear of each other. */
  follow(camera: Phaser.Cameras.Scene2D.Camera): void {
    const inverse = 1 / camera.zoom;
    for (const { label, dot } of this.markers.values()) {
      label.setScale(inverse);
      dot.setScale(inverse);
    }
    const shown = this.shown.flatMap((id) => {
      const marker = this.markers.get(id);
      return marker ? [{ id, ...marker }] : [];
    });
    const placed = new Map(
      placeLabels(
        shown.map(({ id, point, label }) => ({
          id,
          x: (point.x - camera.worldView.x) * camera.zoom,
          y: (point.y - camera.worldView.y) * camera.zoom,
          width: label.width,
          height: label.height,
        })),
      ).map((spot) => [spot.id, spot]),
    );
    for (const { id, point, label } of shown) {
      const spot = placed.get(id);
      label.setVisible(spot !== undefined);
      if (spot) label.setPosition(point.x + spot.dx / camera.zoom, point.y + spot.dy / camera.zoom);
    }
  }

  /** The names shown on the map and their sizes, in CSS pixels. */
  textSizes(zoom: number, css: number): { id: string; size: number }[] {
    return [...this.markers]
      .filter(([, { label }]) => label.visible && label.text !== '')
      .map(([id, { label }]) => ({
        id,
        size: parseFloat(String(label.style.fontSize)) * label.scaleY * zoom * css,
      }));
  }
}
