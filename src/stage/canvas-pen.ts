import type { Point } from './influence-arcs';

/**
 * The few drawing calls the stage's emblems and dots use, named as Phaser's Graphics names them. CanvasPen draws them
 * with the Canvas API, so the same drawings serve Phaser's textures and the stage's first picture (stage-poster.ts).
 */
export interface Pen {
  fillStyle(colour: number, alpha?: number): this;
  lineStyle(width: number, colour: number, alpha?: number): this;
  fillRect(x: number, y: number, width: number, height: number): this;
  strokeRect(x: number, y: number, width: number, height: number): this;
  fillCircle(x: number, y: number, radius: number): this;
  strokeCircle(x: number, y: number, radius: number): this;
  fillEllipse(x: number, y: number, width: number, height: number): this;
  fillRoundedRect(x: number, y: number, width: number, height: number, radius: number): this;
  fillPoints(points: readonly Point[], closePath?: boolean): this;
  lineBetween(x1: number, y1: number, x2: number, y2: number): this;
  /** A pie slice's path, filled by the next fillPath. */
  slice(
    x: number,
    y: number,
    radius: number,
    startAngle: number,
    endAngle: number,
    anticlockwise?: boolean,
  ): this;
  fillPath(): this;
}

/** A colour number and an alpha as a CSS colour. */
export function cssColour(colour: number, alpha = 1): string {
  const r = (colour >> 16) & 0xff;
  const g = (colour >> 8) & 0xff;
  const b = colour & 0xff;
  return `rgba(${r}, ${g}, ${b}, ${alpha})`;
}

export class CanvasPen implements Pen {
  constructor(private readonly context: CanvasRenderingContext2D) {}

  fillStyle(colour: number, alpha = 1): this {
    this.context.fillStyle = cssColour(colour, alpha);
    return this;
  }

  lineStyle(width: number, colour: number, alpha = 1): this {
    this.context.lineWidth = width;
    this.context.strokeStyle = cssColour(colour, alpha);
    return this;
  }

  fillRect(x: number, y: number, width: number, height: number): this {
    this.context.fillRect(x, y, width, height);
    return this;
  }

  strokeRect(x: number, y: number, width: number, height: number): this {
    this.context.strokeRect(x, y, width, height);
    return this;
  }

  fillCircle(x: number, y: number, radius: number): this {
    this.context.beginPath();
    this.context.arc(x, y, radius, 0, 2 * Math.PI);
    this.context.fill();
    return this;
  }

  strokeCircle(x: number, y: number, radius: number): this {
    this.context.beginPath();
    this.context.arc(x, y, radius, 0, 2 * Math.PI);
    this.context.closePath();
    this.context.stroke();
    return this;
  }

  fillEllipse(x: number, y: number, width: number, height: number): this {
    this.context.beginPath();
    this.context.ellipse(x, y, width / 2, height / 2, 0, 0, 2 * Math.PI);
    this.context.fill();
    return this;
  }

  fillRoundedRect(x: number, y: number, width: number, height: number, radius: number): this {
    this.context.beginPath();
    this.context.roundRect(x, y, width, height, radius);
    this.context.fill();
    return this;
  }

  fillPoints(points: readonly Point[], closePath = false): this {
    const [first, ...rest] = points;
    if (!first) return this;
    this.context.beginPath();
    this.context.moveTo(first.x, first.y);
    for (const point of rest) this.context.lineTo(point.x, point.y);
    if (closePath) this.context.closePath();
    this.context.fill();
    return this;
  }

  lineBetween(x1: number, y1: number, x2: number, y2: number): this {
    this.context.beginPath();
    this.context.moveTo(x1, y1);
    this.context.lineTo(x2, y2);
    this.context.stroke();
    return this;
  }

  slice(
    x: number,
    y: number,
    radius: number,
    startAngle: number,
    endAngle: number,
    anticlockwise = false,
  ): this {
    this.context.beginPath();
    this.context.moveTo(x, y);
    this.context.arc(x, y, radius, startAngle, endAngle, anticlockwise);
    this.context.closePath();
    return this;
  }

  fillPath(): this {
    this.context.fill();
    return this;
  }
}
