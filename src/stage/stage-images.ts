import type { Meter } from '../content/schema';
import { CanvasPen } from './canvas-pen';
import { drawEmblem } from './glyphs';
import { STAGE } from './palette';

/** How a place's dot looks: a plain place, or one the chapter is about (larger, gold, ringed). */
export type DotLook = 'place' | 'focus';

const DOT_RADIUS = 3.5;
const FOCUS_DOT_RADIUS = 5;
const FOCUS_RING_RADIUS = 10;
/** A dot's image: room for the focus ring and its line. */
export const DOT_SIZE = 2 * (FOCUS_RING_RADIUS + 2);

const drawn = new Map<string, HTMLCanvasElement>();

/** Draws an image once, with the Canvas API (antialiased), and keeps it for every later use. */
function image(key: string, size: number, draw: (pen: CanvasPen) => void): HTMLCanvasElement {
  const kept = drawn.get(key);
  if (kept) return kept;
  const canvas = document.createElement('canvas');
  canvas.width = size;
  canvas.height = size;
  const context = canvas.getContext('2d');
  if (context) draw(new CanvasPen(context));
  drawn.set(key, canvas);
  return canvas;
}

/** A meter's emblem on its disc, at a radius; the image is 2r + 4 pixels square, the disc at its centre. */
export function emblemImage(meter: Pick<Meter, 'id' | 'glyph' | 'colour'>, r: number): HTMLCanvasElement {
  const size = 2 * r + 4;
  return image(`emblem-${meter.id}-${r}`, size, (pen) => drawEmblem(pen, meter, size / 2, size / 2, r));
}

/** A place's dot, centred in a DOT_SIZE square. */
export function dotImage(look: DotLook): HTMLCanvasElement {
  const centre = DOT_SIZE / 2;
  return image(`marker-${look}`, DOT_SIZE, (pen) => {
    const focus = look === 'focus';
    pen.fillStyle(focus ? STAGE.markerActive : STAGE.marker, 1);
    pen.fillCircle(centre, centre, focus ? FOCUS_DOT_RADIUS : DOT_RADIUS);
    pen.lineStyle(2, STAGE.night, 1);
    pen.strokeCircle(centre, centre, focus ? FOCUS_DOT_RADIUS : DOT_RADIUS);
    if (focus) {
      pen.lineStyle(1.5, STAGE.markerActive, 0.7);
      pen.strokeCircle(centre, centre, FOCUS_RING_RADIUS);
    }
  });
}
