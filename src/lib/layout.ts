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
  /**
   * The box the stage's canvas covers: the map and the gauges, and nothing under the card, so that a frame fills
   * and copies only the pixels a player can see.
   */
  stage: Rect;
  meterColumns: number;
  /** The document card that holds the screen's text and controls. */
  card: Rect;
  /**
   * On a phone, the bar under the top bar that folds the stage away: six small meters while folded, a
   * slim bar above the map and gauges while open. Null where the stage always shows.
   */
  strip: Rect | null;
  /** False while the stage is folded into the strip: the map and the gauges are hidden. */
  stageShown: boolean;
}

export const TOPBAR_HEIGHT = 56;
/** The strip with the six small meters (two rows of three), and the slim bar it becomes when opened. */
export const STRIP_FOLDED_HEIGHT = 84;
export const STRIP_OPEN_HEIGHT = 44;
const GAP = 12;
/** Below this height under the top bar, a tall layout leaves the map out. */
const SHORT_SCREEN = 560;
/** Narrower than this, a tall layout is a phone's: the stage folds into the strip. */
const PHONE_WIDTH = 620;
/** The card's share of a projector's width. */
const PROJECTOR_CARD_SHARE = 0.64;
const clamp = (value: number, min: number, max: number) => Math.min(max, Math.max(min, value));

/** The smallest box that holds both rectangles. */
function around(a: Rect, b: Rect): Rect {
  const x = Math.min(a.x, b.x);
  const y = Math.min(a.y, b.y);
  return {
    x,
    y,
    width: Math.max(a.x + a.width, b.x + b.width) - x,
    height: Math.max(a.y + a.height, b.y + b.height) - y,
  };
}

/**
 * One layout for both layers: Phaser draws the map and meters, the DOM card sits beside or below them.
 * On a phone the stage starts folded, so that the text has most of the screen; `stageOpen` unfolds it.
 * On a projector (class mode) the card is wider, in proportion to the screen, for the class's large type.
 */
export function computeLayout(width: number, height: number, stageOpen = false, projector = false): Layout {
  const below = height - TOPBAR_HEIGHT;
  if (width >= 760 && width / height >= 1.15) {
    const cardWidth = projector
      ? clamp(Math.round(width * PROJECTOR_CARD_SHARE), 440, 1400)
      : clamp(Math.round(width * 0.52), 440, 860);
    const card = {
      x: width - cardWidth - GAP,
      y: TOPBAR_HEIGHT + GAP,
      width: cardWidth,
      height: below - 2 * GAP,
    };
    const stageWidth = card.x - GAP;
    // The projector's larger meter names need the wider cells of two columns.
    const meterColumns = stageWidth >= 560 && !projector ? 3 : 2;
    const metersHeight = meterColumns === 3 ? 132 : 196;
    const meters = { x: GAP, y: height - metersHeight - GAP, width: stageWidth - GAP, height: metersHeight };
    const map = { x: 0, y: TOPBAR_HEIGHT, width: stageWidth, height: meters.y - TOPBAR_HEIGHT - GAP };
    return {
      mode: 'wide',
      map,
      meters,
      stage: around(map, meters),
      meterColumns,
      card,
      strip: null,
      stageShown: true,
    };
  }
  const phone = width < PHONE_WIDTH;
  const meterColumns = phone ? 3 : 6;
  const metersHeight = phone ? 128 : 70;
  // The open stage sits under the strip's slim bar, and keeps that place while folded (only hidden).
  const stageTop = TOPBAR_HEIGHT + (phone ? STRIP_OPEN_HEIGHT : 0);
  // On a short screen (a phone zoomed in, or turned sideways) the text needs the room more than the map.
  const mapHeight = below < SHORT_SCREEN ? 0 : clamp(Math.round(below * 0.22), 120, 260);
  const map = { x: 0, y: stageTop, width, height: mapHeight };
  const meters = { x: 8, y: map.y + mapHeight, width: width - 16, height: metersHeight };
  const folded = phone && !stageOpen;
  const strip = phone
    ? { x: 0, y: TOPBAR_HEIGHT, width, height: folded ? STRIP_FOLDED_HEIGHT : STRIP_OPEN_HEIGHT }
    : null;
  const cardTop = folded ? TOPBAR_HEIGHT + STRIP_FOLDED_HEIGHT + 8 : meters.y + metersHeight + 8;
  const card = { x: 8, y: cardTop, width: width - 16, height: height - cardTop - 8 };
  return {
    mode: 'tall',
    map,
    meters,
    stage: around(map, meters),
    meterColumns,
    card,
    strip,
    stageShown: !folded,
  };
}
