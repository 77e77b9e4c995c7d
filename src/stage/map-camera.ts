import type Phaser from 'phaser';
import type { Point } from './influence-arcs';
import { MAP_HEIGHT, MAP_WIDTH } from './region-projection';

export interface Frame {
  centre: Point;
  zoom: number;
}

const FOCUS_PADDING = 90;
const MIN_ZOOM = 0.2;
const MAX_ZOOM = 4;

/** The view that fits the focused points in a viewport, or the whole region when nothing is focused. */
export function focusFrame(
  points: readonly Point[],
  wide: boolean,
  viewport: { width: number; height: number },
): Frame {
  const xs = wide ? [0, MAP_WIDTH] : points.map((p) => p.x);
  const ys = wide ? [0, MAP_HEIGHT] : points.map((p) => p.y);
  const pad = wide ? 0 : FOCUS_PADDING;
  const box = {
    x: Math.min(...xs) - pad,
    y: Math.min(...ys) - pad,
    width: Math.max(...xs) - Math.min(...xs) + 2 * pad,
    height: Math.max(...ys) - Math.min(...ys) + 2 * pad,
  };
  const fit = Math.min(viewport.width / box.width, viewport.height / box.height);
  return {
    centre: { x: box.x + box.width / 2, y: box.y + box.height / 2 },
    zoom: Math.min(MAX_ZOOM, Math.max(MIN_ZOOM, fit)),
  };
}

const PAN_MS = 900;

/** Moves the map camera to a frame, gliding there when motion is allowed. */
export function frameCamera(camera: Phaser.Cameras.Scene2D.Camera, frame: Frame, animate: boolean): void {
  const { centre, zoom } = frame;
  if (animate) {
    camera.pan(centre.x, centre.y, PAN_MS, 'Sine.easeInOut', true);
    camera.zoomTo(zoom, PAN_MS, 'Sine.easeInOut', true);
  } else {
    camera.setZoom(zoom);
    camera.centerOn(centre.x, centre.y);
  }
}

/** Whether the camera is still gliding to its frame. */
export const cameraMoving = (camera: Phaser.Cameras.Scene2D.Camera): boolean =>
  camera.panEffect.isRunning || camera.zoomEffect.isRunning;
