export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface Layout {
  mode: 'wide' | 'tall';
  /** The map's viewport. */
  map: Rect;
  /** The meter gauges. */
  meters: Rect;
  meterColumns: number;
  /** The document card that holds the screen's text and controls. */
  card: Rect;
}

export const TOPBAR_HEIGHT = 56;
const GAP = 12;
/** Below this height under the top bar, a tall layout leaves the map out. */
const SHORT_SCREEN = 560;
const clamp = (value: number, min: number, max: number) => Math.min(max, Math.max(min, value));

/** One layout for both layers: Phaser draws the map and meters, the DOM card sits beside or below them. */
export function computeLayout(width: number, height: number): Layout {
  const below = height - TOPBAR_HEIGHT;
  if (width >= 760 && width / height >= 1.15) {
    const cardWidth = clamp(Math.round(width * 0.52), 440, 860);
    const card = {
      x: width - cardWidth - GAP,
      y: TOPBAR_HEIGHT + GAP,
      width: cardWidth,
      height: below - 2 * GAP,
    };
    const stageWidth = card.x - GAP;
    const meterColumns = stageWidth >= 560 ? 3 : 2;
    const metersHeight = meterColumns === 3 ? 132 : 196;
    const meters = { x: GAP, y: height - metersHeight - GAP, width: stageWidth - GAP, height: metersHeight };
    const map = { x: 0, y: TOPBAR_HEIGHT, width: stageWidth, height: meters.y - TOPBAR_HEIGHT - GAP };
    return { mode: 'wide', map, meters, meterColumns, card };
  }
  const meterColumns = width >= 620 ? 6 : 3;
  const metersHeight = meterColumns === 6 ? 70 : 128;
  // On a short screen (a phone zoomed in, or turned sideways) the text needs the room more than the map.
  const mapHeight = below < SHORT_SCREEN ? 0 : clamp(Math.round(below * 0.22), 120, 260);
  const map = { x: 0, y: TOPBAR_HEIGHT, width, height: mapHeight };
  const meters = { x: 8, y: map.y + mapHeight, width: width - 16, height: metersHeight };
  const cardTop = meters.y + metersHeight + 8;
  const card = { x: 8, y: cardTop, width: width - 16, height: height - cardTop - 8 };
  return { mode: 'tall', map, meters, meterColumns, card };
}
