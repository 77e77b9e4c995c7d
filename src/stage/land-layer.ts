import Phaser from 'phaser';
import smallLandUrl from '../../assets/map/land-small.webp';
import largeLandUrl from '../../assets/map/land-large.webp';
import { LAND_MARGIN, MAP_HEIGHT, MAP_WIDTH } from './region-projection';

/** A land image of assets/map/, drawn by scripts/build-region-map.mjs over the map and its margin. */
interface LandImage {
  key: string;
  url: string;
}

const SMALL: LandImage = { key: 'land-small', url: smallLandUrl };
const LARGE: LandImage = { key: 'land-large', url: largeLandUrl };
/** The small image has half a pixel per map unit: beyond this zoom its pixels would show, and the large one takes over. */
const SMALL_ENOUGH_ZOOM = 0.5 * 1.25;

/** The image's bytes; null when they cannot be had (offline before the first visit finished). */
function download(url: string): Promise<Blob | null> {
  return fetch(url)
    .then((response) => (response.ok ? response.blob() : null))
    .catch(() => null);
}

/**
 * Decoded off the main thread. WebGL textures are uploaded upside down (Phaser's flipY), and an ImageBitmap ignores
 * WebGL's flip, so the bitmap is flipped when it is made.
 */
async function decode(blob: Blob, flipY: boolean): Promise<ImageBitmap | HTMLImageElement | null> {
  try {
    return await createImageBitmap(blob, { imageOrientation: flipY ? 'flipY' : 'from-image' });
  } catch {
    const image = new Image();
    image.src = URL.createObjectURL(blob);
    return image
      .decode()
      .then(() => image)
      .catch(() => null)
      .finally(() => URL.revokeObjectURL(image.src));
  }
}

/**
 * An image element, which WebGL flips as Phaser asks, loaded and decoded by the browser; null when it cannot be
 * had (offline before the first visit finished). The page preloads the small image (vite.config.ts), so it is
 * usually loaded before the stage's first frame.
 */
function loadImage(url: string): { image: HTMLImageElement; loaded: Promise<HTMLImageElement | null> } {
  const image = new Image();
  image.src = url;
  const loaded = image
    .decode()
    .then(() => image)
    .catch(() => null);
  return { image, loaded };
}

/**
 * The land, sea and graticule: one image drawn at build time instead of outlines drawn at start. The small image
 * is fetched while Phaser boots, so that the stage's first frame shows the whole region; the large one is fetched
 * and decoded once the stage is idle, and takes over the first time the map zooms in, so an idle stage never
 * redraws for it.
 */
export class LandLayer {
  private readonly small = loadImage(SMALL.url);
  private large: Promise<ImageBitmap | HTMLImageElement | null> | null = null;
  private image: Phaser.GameObjects.Image | null = null;
  private shown: LandImage = SMALL;

  /** Starts the small image's download at once, ahead of the scene. */
  constructor(private readonly onChange: () => void) {}

  /**
   * Adds the land now when its small image has loaded; undefined while it is still on its way (see show()).
   */
  showNow(scene: Phaser.Scene): Phaser.GameObjects.Image | undefined {
    const { image } = this.small;
    if (!image.complete || image.naturalWidth === 0) return undefined;
    this.image = this.addImage(scene, SMALL, image);
    return this.image;
  }

  /** Adds the land when its small image is ready; null when it cannot be had (the stage keeps its sea). */
  async show(scene: Phaser.Scene): Promise<Phaser.GameObjects.Image | null> {
    const source = await this.small.loaded;
    if (!source || !scene.sys.isActive()) return null;
    this.image = this.addImage(scene, SMALL, source);
    return this.image;
  }

  /**
   * Fetches, decodes and uploads the large image in the background, while the stage is still (uploading draws no
   * frame); it shows on the first zoom that needs it.
   */
  prepareLarge(scene: Phaser.Scene): void {
    this.large ??= download(LARGE.url)
      .then((blob) => blob && decode(blob, this.flipsY(scene)))
      .then((source) => {
        if (!source || !scene.sys.isActive()) return null;
        // Phaser's types name only HTMLImageElement; any image source it can draw and upload works.
        if (!scene.textures.exists(LARGE.key)) scene.textures.addImage(LARGE.key, source as HTMLImageElement);
        return source;
      });
  }

  /** Called with the zoom the map is moving to: past the small image's sharpness, the large one replaces it. */
  zoomTo(scene: Phaser.Scene, zoom: number): void {
    if (zoom <= SMALL_ENOUGH_ZOOM || this.shown === LARGE || !this.image) return;
    this.shown = LARGE;
    this.prepareLarge(scene);
    void this.large?.then((source) => {
      const image = this.image;
      if (!source || !image || !scene.sys.isActive() || !scene.textures.exists(LARGE.key)) return;
      image.setTexture(LARGE.key).setDisplaySize(MAP_WIDTH + 2 * LAND_MARGIN, MAP_HEIGHT + 2 * LAND_MARGIN);
      scene.textures.remove(SMALL.key);
      this.onChange();
    });
  }

  private addImage(
    scene: Phaser.Scene,
    land: LandImage,
    source: ImageBitmap | HTMLImageElement,
  ): Phaser.GameObjects.Image {
    // Phaser's types name only HTMLImageElement; any image source it can draw and upload works.
    if (!scene.textures.exists(land.key)) scene.textures.addImage(land.key, source as HTMLImageElement);
    return scene.add
      .image(-LAND_MARGIN, -LAND_MARGIN, land.key)
      .setOrigin(0)
      .setDisplaySize(MAP_WIDTH + 2 * LAND_MARGIN, MAP_HEIGHT + 2 * LAND_MARGIN);
  }

  private flipsY(scene: Phaser.Scene): boolean {
    return scene.game.renderer.type === Phaser.WEBGL;
  }
}
