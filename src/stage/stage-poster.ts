import type { Scenario } from '../content/schema';
import type { Rect } from '../lib/layout';
import { gaugeBar, gaugeCells, gaugeFrame, fitGaugeName } from './gauge-layout';
import { arcPoints, arcWidth, type Point } from './influence-arcs';
import { cssColour } from './canvas-pen';
import { placeLabels } from './label-placement';
import type { LandLayer, MapView } from './land-layer';
import { focusFrame } from './map-camera';
import { STAGE, STAGE_TEXT, hexToNumber } from './palette';
import { placePoints, pointsOf } from './place-points';
import { project } from './region-projection';
import type { StageContext } from './stage-context';
import { DOT_SIZE, dotImage, emblemImage } from './stage-images';
import {
  GAUGE_NAME_MEASURE,
  cssFont,
  fontMetrics,
  lineHeight,
  textWidth,
  type TextFont,
} from './text-measure';
import { stageTextSizes, type StageTextSizes } from './text-sizes';

/** A text drawn as Phaser's Text draws it: its box placed by its origin, lines at the font's ascent, rounded. */
interface PosterText {
  text: string;
  font: TextFont;
  fill: string;
  stroke?: string;
  x: number;
  y: number;
  originX: number;
  originY: number;
  /** Degrees, about the text's position. */
  angle?: number;
}

function drawText(context: CanvasRenderingContext2D, spec: PosterText): void {
  if (spec.text === '') return;
  const lines = spec.text.split('\n');
  const stroke = spec.font.strokeThickness ?? 0;
  const width = Math.max(...lines.map((line) => textWidth(spec.font, line)));
  const height = lineHeight(spec.font) * lines.length;
  const { ascent } = fontMetrics(spec.font);
  context.save();
  context.translate(spec.x, spec.y);
  if (spec.angle) context.rotate((spec.angle * Math.PI) / 180);
  context.translate(-spec.originX * width, -spec.originY * height);
  context.font = cssFont(spec.font);
  context.textBaseline = 'alphabetic';
  context.fillStyle = spec.fill;
  context.lineCap = 'round';
  context.lineJoin = 'round';
  if (spec.stroke) {
    context.strokeStyle = spec.stroke;
    context.lineWidth = stroke;
  }
  lines.forEach((line, i) => {
    const x = Math.round(stroke / 2);
    const y = Math.round(stroke / 2 + i * lineHeight(spec.font) + ascent);
    if (spec.stroke && stroke > 0) context.strokeText(line, x, y);
    context.fillText(line, x, y);
  });
  context.restore();
}

/** Measured by `npm run bench`: the title is up and its stage drawn; the title screen is still from then on. */
const MAP_DRAWN_MARK = 'crossroads:map-drawn';

/** A rectangle of the page, measured from the stage box's corner instead. */
const withinStage = (rect: Rect, stage: Rect): Rect => ({
  ...rect,
  x: rect.x - stage.x,
  y: rect.y - stage.y,
});

/**
 * The title's stage, drawn once with the Canvas API while Phaser loads: the land (an image under it), the sea's name,
 * the powers' arcs, the home place and the capitals, and the meters at their start. It draws what the Phaser stage
 * draws on the title, by the same layout, images and text measures, so that the stage's first frame replaces it
 * without a visible change; until then it is the stage.
 */
export class StagePoster {
  private readonly canvas = document.createElement('canvas');
  private readonly scenario: Scenario;
  private readonly pointOf: (id: string) => Point | undefined;

  constructor(
    private readonly app: StageContext,
    private readonly land: LandLayer,
  ) {
    this.scenario = app.catalog.scenario;
    this.pointOf = placePoints(this.scenario.places);
    this.canvas.className = 'stage-poster';
  }

  private readonly unsubscribe: (() => void)[] = [];

  /**
   * Puts the picture in the stage's element, over the land and where Phaser's canvas will be, and draws it once the
   * land's image is decoded; it is drawn again for a new language, layout or mode until Phaser's stage replaces it.
   * Answers whether the land is in the picture.
   */
  async show(stage: HTMLElement): Promise<boolean> {
    this.land.mount(stage);
    stage.append(this.canvas);
    const landShown = await this.land.ready;
    if (!this.canvas.isConnected || !this.draw()) return false;
    if (landShown) performance.mark(MAP_DRAWN_MARK);
    const redraw = () => void this.draw();
    window.addEventListener('resize', redraw);
    this.unsubscribe.push(
      () => window.removeEventListener('resize', redraw),
      this.app.events.on('language', redraw),
      this.app.events.on('screen', redraw),
    );
    return landShown;
  }

  /** Draws the title's stage for the layout and language now; false when there is no canvas to draw on. */
  private draw(): boolean {
    const layout = this.app.layout();
    const { width, height } = layout.stage;
    this.canvas.width = Math.max(1, Math.round(width));
    this.canvas.height = Math.max(1, Math.round(height));
    const context = this.canvas.getContext('2d');
    if (!context) return false;
    const fonts = stageTextSizes(this.app.classroom().mode === 'class', window.innerHeight);
    const map = withinStage(layout.map, layout.stage);
    const view = this.titleView(map);
    this.land.setViewport(map);
    this.land.follow(view);
    this.drawMap(context, map, view, fonts);
    this.drawGauges(context, withinStage(layout.meters, layout.stage), layout.meterColumns, fonts);
    return true;
  }

  /** Phaser's stage has drawn its first frame in the picture's place. */
  remove(): void {
    this.unsubscribe.splice(0).forEach((off) => off());
    this.canvas.remove();
  }

  /** The title frames the whole region, as the stage's camera does (map-camera.ts). */
  private titleView(map: Rect): MapView {
    const home = pointsOf([this.scenario.stage.homePlace], this.pointOf);
    const frame = focusFrame(home, true, map);
    return {
      left: frame.centre.x - map.width / (2 * frame.zoom),
      top: frame.centre.y - map.height / (2 * frame.zoom),
      zoom: frame.zoom,
    };
  }

  private drawMap(context: CanvasRenderingContext2D, map: Rect, view: MapView, fonts: StageTextSizes): void {
    const { stage } = this.scenario;
    const toScreen = (point: Point): Point => ({
      x: map.x + (point.x - view.left) * view.zoom,
      y: map.y + (point.y - view.top) * view.zoom,
    });
    context.save();
    context.beginPath();
    context.rect(map.x, map.y, map.width, map.height);
    context.clip();
    for (const label of stage.mapLabels) {
      const at = toScreen(project(label.lon, label.lat));
      drawText(context, {
        text: this.app.t(label.name),
        font: { size: fonts.place, italic: true },
        fill: STAGE_TEXT.sea,
        x: at.x,
        y: at.y,
        originX: 0.5,
        originY: 0.5,
        angle: label.angle,
      });
    }
    this.drawArcs(context, view, toScreen);
    this.drawMarkers(context, map, toScreen, fonts);
    context.restore();
  }

  /** Each power's arc to the home place at its meter's start: a dark casing, then its colour (influence-arcs.ts). */
  private drawArcs(
    context: CanvasRenderingContext2D,
    view: MapView,
    toScreen: (point: Point) => Point,
  ): void {
    const { stage, meters } = this.scenario;
    const home = this.pointOf(stage.homePlace);
    if (!home) return;
    for (const meter of meters) {
      const origin = stage.powerOrigins.find((candidate) => candidate.meter === meter.id);
      const from = origin && this.pointOf(origin.place);
      if (!origin || !from) continue;
      const points = arcPoints(from, home, origin.bow).map(toScreen);
      const width = arcWidth(meter.start);
      const strength = 0.55 + (Math.min(100, Math.max(0, meter.start)) / 100) * 0.4;
      for (const [lineWidth, colour, alpha] of [
        [width + 3, STAGE.night, 0.55],
        [width, hexToNumber(meter.colour), strength],
      ] as const) {
        context.beginPath();
        points.forEach((point, i) =>
          i === 0 ? context.moveTo(point.x, point.y) : context.lineTo(point.x, point.y),
        );
        context.lineWidth = lineWidth * view.zoom;
        context.strokeStyle = cssColour(colour, alpha);
        context.stroke();
      }
    }
  }

  /** The home place and the capitals, with their names where there is room (place-markers.ts). */
  private drawMarkers(
    context: CanvasRenderingContext2D,
    map: Rect,
    toScreen: (point: Point) => Point,
    fonts: StageTextSizes,
  ): void {
    const { stage, places } = this.scenario;
    const ids = [...new Set([stage.homePlace, ...stage.powerOrigins.map((origin) => origin.place)])];
    const font: TextFont = { size: fonts.place, strokeThickness: 3 };
    const shown = ids.flatMap((id) => {
      const point = this.pointOf(id);
      const place = places.find((candidate) => candidate.id === id);
      if (!point || !place) return [];
      const name = this.app.t(place.name);
      return [{ id, name, at: toScreen(point), width: textWidth(font, name), height: lineHeight(font) }];
    });
    const dot = dotImage('place');
    for (const { at } of shown) context.drawImage(dot, at.x - DOT_SIZE / 2, at.y - DOT_SIZE / 2);
    const spots = placeLabels(
      shown.map(({ id, at, width, height }) => ({ id, x: at.x - map.x, y: at.y - map.y, width, height })),
    );
    for (const spot of spots) {
      const marker = shown.find((candidate) => candidate.id === spot.id);
      if (!marker) continue;
      drawText(context, {
        text: marker.name,
        font,
        fill: STAGE_TEXT.place,
        stroke: STAGE_TEXT.outline,
        x: marker.at.x + spot.dx,
        y: marker.at.y + spot.dy,
        originX: 0,
        originY: 0,
      });
    }
  }

  /** The meters at their start: emblem, name, number and bar, in the panel's grid (gauge-layout.ts). */
  private drawGauges(
    context: CanvasRenderingContext2D,
    area: Rect,
    columns: number,
    fonts: StageTextSizes,
  ): void {
    const { meters, thresholds } = this.scenario;
    const cells = gaugeCells(area, meters.length, columns);
    meters.forEach((meter, i) => {
      const cell = cells[i];
      if (!cell) return;
      const frame = gaugeFrame(cell.width, cell.height, fonts);
      const valueFont: TextFont = { size: frame.valueSize, weight: 'bold' };
      const value = String(Math.round(meter.start));
      const bar = gaugeBar(cell.width, cell.height, textWidth(valueFont, value));
      const barX = cell.x + bar.x;
      const barY = cell.y + bar.y;
      context.fillStyle = cssColour(STAGE.track);
      context.fillRect(barX, barY, bar.width, bar.height);
      context.fillStyle = meter.colour;
      context.fillRect(barX, barY, (bar.width * meter.start) / 100, bar.height);
      const threshold = meter.kind === 'power' ? thresholds.dependence : thresholds.collapse;
      const markX = barX + (bar.width * threshold) / 100;
      context.beginPath();
      context.moveTo(markX, barY - 3);
      context.lineTo(markX, barY + bar.height + 3);
      context.lineWidth = 2;
      context.strokeStyle = cssColour(STAGE.dangerMark, 0.9);
      context.stroke();
      context.drawImage(emblemImage(meter, frame.emblemRadius), cell.x, cell.y + frame.emblemY);
      const valueWidth = textWidth(valueFont, value);
      const room = cell.width - frame.textX - (frame.valueOnBar ? 2 : valueWidth + 8);
      const name = fitGaugeName(
        this.app.t(meter.name),
        room,
        frame.nameSize,
        fonts.meterNameMin,
        !frame.compact,
        GAUGE_NAME_MEASURE,
      );
      drawText(context, {
        text: name.lines.join('\n'),
        font: { size: name.size },
        fill: STAGE_TEXT.gaugeName,
        x: cell.x + frame.textX,
        y: cell.y + (name.wrapped ? 0 : frame.nameY),
        originX: 0,
        originY: 0,
      });
      drawText(context, {
        text: value,
        font: valueFont,
        fill: STAGE_TEXT.gaugeValue,
        x: cell.x + cell.width - 2,
        y: cell.y + (frame.valueOnBar ? bar.y + bar.height / 2 : 1),
        originX: 1,
        originY: frame.valueOnBar ? 0.5 : 0,
      });
    });
  }
}
