import type { Rect } from '../lib/layout';
import type { StageTextSizes } from './text-sizes';

const GAUGE_GAP = 12;

/** The gauges' cells, row by row in the area, `columns` to a row. */
export function gaugeCells(area: Rect, count: number, columns: number): Rect[] {
  const rows = Math.ceil(count / columns);
  const width = (area.width - GAUGE_GAP * (columns - 1)) / columns;
  const height = (area.height - GAUGE_GAP * (rows - 1)) / rows;
  return Array.from({ length: count }, (_, i) => ({
    x: area.x + (i % columns) * (width + GAUGE_GAP),
    y: area.y + Math.floor(i / columns) * (height + GAUGE_GAP),
    width,
    height,
  }));
}

/** Where a gauge's parts go in its cell, before its texts are measured. */
export interface GaugeFrame {
  /** A short cell (a phone's, or the tall layout's one row): smaller emblem, texts and bar. */
  compact: boolean;
  /** The emblem's radius, and the top of its image (2r + 4 square, drawn from its top-left corner). */
  emblemRadius: number;
  emblemY: number;
  /** Where the name starts, and its size before it is fitted. */
  textX: number;
  nameY: number;
  nameSize: number;
  /** In a small cell the number sits at the end of the bar, so the name has the whole line. */
  valueOnBar: boolean;
  valueSize: number;
}

/** A cell's shape: a short cell is a compact gauge; a narrow one puts its number on the bar. */
function cellShape(width: number, height: number) {
  const compact = height < 50;
  const emblemRadius = compact ? 12 : 16;
  return { compact, emblemRadius, textX: emblemRadius * 2 + 10, valueOnBar: compact || width < 150 };
}

export function gaugeFrame(width: number, height: number, fonts: StageTextSizes): GaugeFrame {
  const shape = cellShape(width, height);
  const { compact, emblemRadius, valueOnBar } = shape;
  return {
    ...shape,
    emblemY: (compact ? height / 2 : emblemRadius + 4) - emblemRadius - 2,
    nameY: compact ? 2 : 4,
    nameSize: compact ? fonts.compactName : fonts.meterName,
    valueSize: compact ? fonts.compactValue : valueOnBar ? fonts.meterValueOnBar : fonts.meterValue,
  };
}

/** The bar under the name; it leaves room at its end for the number when the number sits there. */
export function gaugeBar(width: number, height: number, valueWidth: number): Rect {
  const { compact, textX, valueOnBar } = cellShape(width, height);
  const valueRoom = valueOnBar ? valueWidth + 6 : 0;
  return {
    x: textX,
    y: compact ? height - 14 : 34,
    width: Math.max(20, width - textX - 2 - valueRoom),
    height: compact ? 7 : 9,
  };
}

/** Measures a meter's name at a size: its width, and one line's height. */
export interface NameMeasure {
  width: (text: string, size: number) => number;
  lineHeight: (size: number) => number;
}

export interface FittedName {
  /** The lines to draw: one, two when the name wraps, none when there is no room at all. */
  lines: string[];
  size: number;
  /** A wrapped name starts at the top of the cell. */
  wrapped: boolean;
}

/** The tallest a wrapped name may be, so that it stays clear of the bar. */
const WRAPPED_NAME_HEIGHT = 34;
/** The sizes a long name shrinks to, last of all, before it is cut. */
const LAST_SIZES = [11, 10];
/** Narrower than this, not even a few letters fit: the emblem and the number speak for the meter. */
const LEAST_ROOM = 28;

/** Words greedily on lines no wider than the room; a word wider than the room keeps a line of its own. */
function wrapWords(name: string, room: number, width: (text: string) => number): string[] {
  const lines: string[] = [];
  for (const word of name.split(' ').filter(Boolean)) {
    const last = lines.at(-1);
    if (last !== undefined && width(`${last} ${word}`) <= room) lines[lines.length - 1] = `${last} ${word}`;
    else lines.push(word);
  }
  return lines;
}

/**
 * Long names (Граждане за рубежом, Xaricdəki vətəndaşlar) shrink a little, then wrap onto two lines where the cell
 * has room, then shrink further and end in an ellipsis, so the value stays clear.
 */
export function fitGaugeName(
  name: string,
  room: number,
  size: number,
  smallestSize: number,
  roomyCell: boolean,
  measure: NameMeasure,
): FittedName {
  const fits = (text: string, px: number) => measure.width(text, px) <= room;
  const smallest = Math.min(size, smallestSize);
  for (let px = size; px >= smallest; px--) {
    if (fits(name, px)) return { lines: [name], size: px, wrapped: false };
  }
  if (roomyCell && name.includes(' ')) {
    const lines = wrapWords(name, room, (text) => measure.width(text, smallest));
    const height = lines.length * measure.lineHeight(smallest);
    if (height <= WRAPPED_NAME_HEIGHT && lines.every((line) => fits(line, smallest)))
      return { lines, size: smallest, wrapped: true };
  }
  let px = smallest;
  for (const smaller of LAST_SIZES) {
    if (fits(name, px)) return { lines: [name], size: px, wrapped: false };
    px = smaller;
  }
  if (fits(name, px)) return { lines: [name], size: px, wrapped: false };
  if (room < LEAST_ROOM) return { lines: [], size: px, wrapped: false };
  let shown = name;
  let text = name;
  while (shown.length > 1 && !fits(text, px)) {
    shown = shown.slice(0, -1);
    text = `${shown.trimEnd()}…`;
  }
  return { lines: [text], size: px, wrapped: false };
}
