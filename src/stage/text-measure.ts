import type { NameMeasure } from './gauge-layout';
import { FONT_SANS } from './palette';

/** A text's look as the stage draws it, in CSS pixels. */
export interface TextFont {
  size: number;
  weight?: 'bold' | 'normal';
  italic?: boolean;
  strokeThickness?: number;
}

/** The line Phaser's Text measures a font's height by (TextStyle's testString, as Phaser 4 spells it). */
const TEST_STRING = '|MÃ‰qgy';

/** The CSS font Phaser's Text sets for a style: font style, size and family, in that order. */
export function cssFont(font: TextFont): string {
  const style = font.weight === 'bold' ? 'bold' : font.italic ? 'italic' : '';
  return [style, `${font.size}px`, FONT_SANS].join(' ').trim();
}

let measuring: CanvasRenderingContext2D | null | undefined;
/** The font the measuring context holds: setting a font parses it, so it is set only when it changes. */
let measuringFont = '';
const metricsByFont = new Map<string, { ascent: number; descent: number }>();

function context(font: TextFont): CanvasRenderingContext2D | null {
  measuring ??= document.createElement('canvas').getContext('2d');
  const css = cssFont(font);
  if (measuring && css !== measuringFont) {
    measuring.font = css;
    measuringFont = css;
  }
  return measuring;
}

/** A line's width as Phaser's Text gives it: the measured advance plus the stroke, rounded up. */
export function textWidth(font: TextFont, text: string): number {
  const measured = context(font)?.measureText(text).width ?? text.length * font.size * 0.55;
  return Math.ceil(measured + (font.strokeThickness ?? 0));
}

/** The font's ascent and descent as Phaser's Text measures them (on its test string). */
export function fontMetrics(font: TextFont): { ascent: number; descent: number } {
  const key = cssFont(font);
  const kept = metricsByFont.get(key);
  if (kept) return kept;
  const measured = context(font)?.measureText(TEST_STRING);
  const metrics = measured
    ? { ascent: measured.actualBoundingBoxAscent, descent: measured.actualBoundingBoxDescent }
    : { ascent: font.size * 0.8, descent: font.size * 0.25 };
  metricsByFont.set(key, metrics);
  return metrics;
}

/** One line's height as Phaser's Text gives it: ascent, descent and stroke. */
export function lineHeight(font: TextFont): number {
  const { ascent, descent } = fontMetrics(font);
  return ascent + descent + (font.strokeThickness ?? 0);
}

/** A meter's name as its Text draws it: the stage's sans, normal weight, no stroke; lines apart. */
export const GAUGE_NAME_MEASURE: NameMeasure = {
  width: (text, size) => Math.max(0, ...text.split('\n').map((line) => textWidth({ size }, line))),
  lineHeight: (size) => lineHeight({ size }),
};
