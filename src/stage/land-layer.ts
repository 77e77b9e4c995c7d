import smallLandUrl from '../../assets/map/land-small.webp';
import largeLandUrl from '../../assets/map/land-large.webp';
import type { Rect } from '../lib/layout';
import { STAGE, numberToCss } from './palette';
import { LAND_MARGIN, MAP_HEIGHT, MAP_WIDTH } from './region-projection';

/** The land image's size in map units: the map and its margin, as scripts/build-region-map.mjs draws it. */
const LAND_WIDTH = MAP_WIDTH + 2 * LAND_MARGIN;
const LAND_HEIGHT = MAP_HEIGHT + 2 * LAND_MARGIN;
/** The small image has half a pixel per map unit: beyond this zoom its pixels would show, and the large one takes over. */
const SMALL_ENOUGH_ZOOM = 0.5 * 1.25;

/** What the map camera shows: the map point at the viewport's top-left corner, and the zoom. */
export interface MapView {
  left: number;
  top: number;
  zoom: number;
}

/** An image element of assets/map/, sized in map units; its promise answers whether it decoded. */
function landImage(url: string): { image: HTMLImageElement; decoded: Promise<boolean> } {
  const image = new Image();
  image.alt = '';
  image.draggable = false;
  image.className = 'stage-land-image';
  image.style.width = `${LAND_WIDTH}px`;
  image.style.height = `${LAND_HEIGHT}px`;
  image.src = url;
  return {
    image,
    decoded: image.decode().then(
      () => true,
      () => false,
    ),
  };
}

/**
 * The land, sea and graticule: one image drawn at build time, shown by the browser under the stage's canvas and
 * moved with the map camera by a CSS transform. The browser scales an image far more cheaply than WebGL in software
 * (SwiftShader) or Canvas redraws it, so a pan's frames cost only the places, arcs and meters drawn over it.
 * The small image downloads while Phaser boots; the large one once the stage is idle, and takes over the first time
 * the map zooms in. Without either (offline before the first visit finished), the map keeps its sea.
 */
export class LandLayer {
  /** The map's viewport: it clips the land and shows the sea where there is no image. */
  private readonly window = document.createElement('div');
  private readonly small = landImage(smallLandUrl);
  private large: Promise<HTMLImageElement | null> | null = null;
  private image: HTMLImageElement = this.small.image;
  private showingLarge = false;
  private transform = '';

  constructor() {
    this.window.className = 'stage-land';
    this.window.style.backgroundColor = numberToCss(STAGE.sea);
    this.window.append(this.small.image);
  }

  /** Whether the small image decoded; until it has, the map shows only its sea. */
  get ready(): Promise<boolean> {
    return this.small.decoded;
  }

  /** Puts the land under the canvas, in the element that holds it. */
  mount(stage: HTMLElement): void {
    stage.prepend(this.window);
  }

  /** The map's viewport, in the stage box's pixels. */
  setViewport(map: Rect): void {
    const { style } = this.window;
    style.left = `${map.x}px`;
    style.top = `${map.y}px`;
    style.width = `${map.width}px`;
    style.height = `${map.height}px`;
  }

  /** Shows the part of the land the camera shows; called after each frame the canvas draws. */
  follow(view: MapView): void {
    const x = (-LAND_MARGIN - view.left) * view.zoom;
    const y = (-LAND_MARGIN - view.top) * view.zoom;
    const transform = `translate(${x.toFixed(2)}px, ${y.toFixed(2)}px) scale(${view.zoom.toFixed(5)})`;
    if (transform === this.transform) return;
    this.transform = transform;
    this.image.style.transform = transform;
  }

  /** Fetches and decodes the large image in the background; it shows on the first zoom that needs it. */
  prepareLarge(): void {
    if (this.large) return;
    const large = landImage(largeLandUrl);
    this.large = large.decoded.then((ok) => (ok ? large.image : null));
  }

  /** Called with the zoom the map is moving to: past the small image's sharpness, the large one replaces it. */
  zoomTo(zoom: number): void {
    if (zoom <= SMALL_ENOUGH_ZOOM || this.showingLarge) return;
    this.showingLarge = true;
    this.prepareLarge();
    void this.large?.then((large) => {
      if (!large) return;
      large.style.transform = this.transform;
      this.image.replaceWith(large);
      this.image = large;
    });
  }
}
