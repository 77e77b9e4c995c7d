import Phaser from 'phaser';
import type { Scenario } from '../content/schema';
import type { MeterChange, ShownConsequences } from '../engine';
import { formatSigned } from '../lib/numbers';
import type { Layout, Rect } from '../lib/layout';
import { GaugePanel } from './gauge-panel';
import { cameraMoving, focusFrame, frameCamera } from './map-camera';
import type { Point } from './influence-arcs';
import { LandLayer } from './land-layer';
import type { OnDemandGame } from './on-demand-game';
import { MapLabels } from './map-layer';
import { STAGE, hexToNumber } from './palette';
import { PlaceMarkers } from './place-markers';
import { placePoints, pointsOf } from './place-points';
import { PowerArcs } from './power-arcs';
import { reactionMarks } from './reaction-places';
import { ReactionPulses, type PulseMark } from './reaction-pulses';
import type { RenderGate } from './render-gate';
import { drawRoute } from './route-line';
import type { StageContext } from './stage-context';
import { stageTextSizes, type StageTextSizes } from './text-sizes';

/** Measured by `npm run bench`: the stage is up, and its first frame (the map in it) has replaced the title's picture. */
const STAGE_READY_MARK = 'crossroads:stage-ready';
const STAGE_DRAWN_MARK = 'crossroads:stage-drawn';
const ROUTE_MS = 1800;

/** A rectangle of the page, measured from the stage box's corner instead. */
const withinStage = (rect: Rect, stage: Rect): Rect => ({
  ...rect,
  x: rect.x - stage.x,
  y: rect.y - stage.y,
});

/** The persistent backdrop: the map of the region, the chapter's places, the powers' pull and the meters. */
export class StageScene extends Phaser.Scene {
  private mapCamera!: Phaser.Cameras.Scene2D.Camera;
  private mapRoot!: Phaser.GameObjects.Container;
  private route!: Phaser.GameObjects.Graphics;
  private reactionPulses!: ReactionPulses;
  private powerArcs!: PowerArcs;
  private markers!: PlaceMarkers;
  private gauges!: GaugePanel;
  private mapLabels: MapLabels | null = null;
  private pointOf: (id: string) => Point | undefined = () => undefined;
  /** Whether the stage shows a choice's consequences, so that clearing an empty stage costs nothing. */
  private holdingConsequences = false;
  private focusPlaces: string[] = [];
  private routePlaces: string[] = [];
  /** The sizes of the stage's texts: larger on a projector (class mode). */
  private fonts: StageTextSizes = stageTextSizes(false, 0);
  private projector = false;
  private readonly unsubscribe: (() => void)[] = [];
  /** The land under the map: made before Phaser, so that the title's first picture (stage-poster.ts) shows it. */
  private readonly land: LandLayer;

  constructor(
    private readonly app: StageContext,
    private readonly renderGate: RenderGate,
    land: LandLayer,
  ) {
    super({ key: 'Stage' });
    this.land = land;
  }

  private get scenario(): Scenario {
    return this.app.catalog.scenario;
  }

  create(): void {
    const { scenario } = this;
    this.pointOf = placePoints(scenario.places);
    // The game's own background (the same night) is cleared for free; a camera's would be one more full-screen fill.
    this.mapRoot = this.add.container(0, 0);
    const hudRoot = this.add.container(0, 0);
    this.powerArcs = new PowerArcs(this, scenario.stage, scenario.meters, this.pointOf);
    this.route = this.add.graphics();
    this.mapRoot.add([this.powerArcs.lines, this.route, this.powerArcs.pulse]);
    // Reaction rings go under the place markers, so a marked place's name stays readable.
    this.reactionPulses = new ReactionPulses(this, (ring) =>
      this.mapRoot.addAt(ring, this.mapRoot.getIndex(this.powerArcs.pulse) + 1),
    );
    this.markers = new PlaceMarkers(this, scenario.places, this.pointOf, (key) => this.app.t(key));
    this.mapRoot.add(this.markers.objects());
    this.showMarkers();
    this.gauges = new GaugePanel(this, scenario, (nameKey) => ({
      name: this.app.t(nameKey),
      formatDelta: (delta: number) => formatSigned(delta, this.app.language()),
      stamp: (kind) => this.app.t(`stage.stamp.${kind}`),
    }));
    hudRoot.add(this.gauges.objects());

    // The camera is clear: the land and the sea are an image under the canvas, which follows the camera.
    this.mapCamera = this.cameras.add(0, 0, 10, 10);
    this.land.mount(this.game.canvas.parentElement ?? document.body);
    this.game.events.on(Phaser.Core.Events.POST_RENDER, this.followCamera, this);
    this.cameras.main.ignore(this.mapRoot);
    this.mapCamera.ignore(hudRoot);

    this.relayout(this.app.layout());
    this.showMap();
    this.scale.on(Phaser.Scale.Events.RESIZE, () => this.relayout(this.app.layout()));
    // Class mode starts and ends between screens: the stage takes the projector's layout and sizes then.
    const relayoutForMode = () => {
      if (this.isProjector() === this.projector) return;
      // The projector's card is wider, so the stage's box is narrower: the canvas takes its new size first.
      if (this.scale.getParentBounds()) this.scale.refresh();
      this.relayout(this.app.layout());
    };
    const redraw = () => this.renderGate.request();
    // A page shown again, or a WebGL context given back, must be drawn anew.
    this.game.events.on(Phaser.Core.Events.VISIBLE, redraw);
    this.game.renderer.on(Phaser.Renderer.Events.RESTORE_WEBGL, redraw);
    this.renderGate.drawWhile(() => this.tweens.tweens.length > 0 || cameraMoving(this.mapCamera));
    this.unsubscribe.push(
      this.app.events.on('meters', ({ meters, changes }) => this.showMeters(meters, changes)),
      this.app.events.on('consequences', ({ shown }) => this.showConsequences(shown)),
      this.app.events.on('consequences', redraw),
      this.app.events.on('focus', ({ places, route }) => this.focus(places, route)),
      this.app.events.on('language', () => this.retranslate()),
      this.app.events.on('screen', relayoutForMode),
      this.app.events.on('meters', redraw),
      this.app.events.on('focus', redraw),
      this.app.events.on('language', redraw),
      () => this.game.events.off(Phaser.Core.Events.VISIBLE, redraw),
      () => this.game.events.off(Phaser.Core.Events.POST_RENDER, this.followCamera, this),
      () => this.game.renderer.off(Phaser.Renderer.Events.RESTORE_WEBGL, redraw),
    );
    this.events.once(Phaser.Scenes.Events.SHUTDOWN, () => this.unsubscribe.forEach((off) => off()));
    performance.mark(STAGE_READY_MARK);
  }

  private animate(): boolean {
    return !this.app.reducedMotion();
  }

  /** The land under the map, once its image is decoded. Without it (a failed fetch offline) the stage keeps its sea. */
  private showMap(): void {
    void this.land.ready.then((shown) => {
      if (!this.sys.isActive()) return;
      if (!shown) {
        this.game.events.once(Phaser.Core.Events.POST_RENDER, () =>
          (this.game as OnDemandGame).markStageDrawn(),
        );
        this.renderGate.request();
        return;
      }
      this.mapLabels = new MapLabels(this, this.scenario.stage.mapLabels, this.fonts.place);
      this.mapRoot.addAt(this.mapLabels.objects(), 0);
      this.retranslate();
      this.renderGate.request();
      // Once the frame that shows the map has been drawn, the title's first picture can go, and waiting work start.
      this.game.events.once(Phaser.Core.Events.POST_RENDER, () => {
        performance.mark(STAGE_DRAWN_MARK);
        (this.game as OnDemandGame).markStageDrawn();
        const idle = window.requestIdleCallback ?? ((task: () => void) => window.setTimeout(task, 500));
        idle(() => this.land.prepareLarge());
      });
    });
  }

  /** The land follows the map camera in the frame the canvas has just drawn. */
  private followCamera(): void {
    const { worldView, zoom } = this.mapCamera;
    this.land.follow({ left: worldView.x, top: worldView.y, zoom });
  }

  /** The focused places, the home place and the powers' capitals, most important first. */
  private showMarkers(): void {
    const { stage } = this.scenario;
    const powerPlaces = stage.powerOrigins.map((origin) => origin.place);
    this.markers.show([...this.focusPlaces, stage.homePlace, ...powerPlaces], this.focusPlaces);
  }

  private retranslate(): void {
    this.gauges.retranslate();
    this.markers.restyle();
    this.mapLabels?.retranslate((key) => this.app.t(key));
  }

  private isProjector(): boolean {
    return this.app.classroom().mode === 'class';
  }

  /** The stage's texts as drawn, in CSS pixels: the meters' names and numbers, and the places named on the map. */
  textSizes(): {
    meters: { id: string; name: number; value: number }[];
    places: { id: string; size: number }[];
  } {
    const css = this.game.canvas.getBoundingClientRect().width / this.scale.width || 1;
    return {
      meters: this.gauges.entries().map(([id, gauge]) => {
        const sizes = gauge.textSizes();
        return { id, name: sizes.nameShown ? sizes.name * css : 0, value: sizes.value * css };
      }),
      places: this.markers.textSizes(this.mapCamera.zoom, css),
    };
  }

  private relayout(layout: Layout): void {
    this.renderGate.request();
    this.projector = this.isProjector();
    // The projector's sizes follow the whole picture's height, not the stage box's.
    this.fonts = stageTextSizes(this.projector, window.innerHeight);
    this.markers.setFontSize(this.fonts.place);
    this.mapLabels?.setFontSize(this.fonts.place);
    // The canvas covers the layout's stage box, so the map and the gauges are placed from its corner.
    const map = withinStage(layout.map, layout.stage);
    const meters = withinStage(layout.meters, layout.stage);
    this.mapCamera.setViewport(map.x, map.y, Math.max(1, map.width), Math.max(1, map.height));
    this.land.setViewport(map);
    this.gauges.layout(meters, layout.meterColumns, this.fonts);
    this.frameFocus(false);
  }

  private focus(places: string[], route: string[]): void {
    this.focusPlaces = places;
    const routeChanged = route.join() !== this.routePlaces.join();
    this.routePlaces = route;
    this.showMarkers();
    this.frameFocus(this.animate());
    if (routeChanged && route.length > 1 && this.animate()) {
      const progress = { value: 0 };
      this.tweens.add({
        targets: progress,
        value: 1,
        duration: ROUTE_MS,
        ease: 'Sine.easeInOut',
        onUpdate: () => this.drawRoute(progress.value),
      });
    } else {
      this.drawRoute(1);
    }
  }

  private drawRoute(progress: number): void {
    drawRoute(this.route, pointsOf(this.routePlaces, this.pointOf), progress);
  }

  /** Zooms the map so that the focused places (and the home place) fill the viewport, or the whole region when none. */
  private frameFocus(animate: boolean): void {
    const points = pointsOf([...this.focusPlaces, this.scenario.stage.homePlace], this.pointOf);
    const frame = focusFrame(points, this.focusPlaces.length === 0, this.mapCamera);
    this.land.zoomTo(frame.zoom);
    frameCamera(this.mapCamera, frame, animate);
  }

  private showMeters(meters: Record<string, number>, changes: MeterChange[]): void {
    const animate = this.animate() && changes.length > 0;
    this.gauges.showValues(meters, animate);
    this.powerArcs.show(meters, animate);
    if (animate) this.powerArcs.pulseAlong(changes);
  }

  /** A choice's consequences, held until the player moves on: changes, stamps and the reacting places. */
  private showConsequences(shown: ShownConsequences | null): void {
    if (!shown && !this.holdingConsequences) return;
    this.holdingConsequences = shown !== null;
    const animate = this.animate() && shown !== null;
    this.gauges.showConsequences(shown, animate);
    const colours = new Map(this.scenario.meters.map((meter) => [meter.id, meter.colour]));
    const marks: PulseMark[] = reactionMarks(shown?.reactions ?? []).flatMap((mark) => {
      const point = this.pointOf(mark.place);
      if (!point) return [];
      const colour = mark.meter ? colours.get(mark.meter) : undefined;
      return [{ ...mark, point, colour: colour ? hexToNumber(colour) : STAGE.markerActive }];
    });
    this.reactionPulses.show(marks, animate);
  }

  /** Where the map camera looks and where its viewport is on the page, in CSS pixels, for the test hook. */
  mapView(): { left: number; top: number; zoom: number; viewport: { x: number; y: number } } {
    const canvas = this.game.canvas.getBoundingClientRect();
    const css = canvas.width / this.scale.width || 1;
    const { worldView, zoom, x, y } = this.mapCamera;
    return {
      left: worldView.x,
      top: worldView.y,
      zoom: zoom * css,
      viewport: { x: canvas.x + x * css, y: canvas.y + y * css },
    };
  }

  /** What the stage shows of the last choice, for the test hook. */
  consequenceState(): {
    deltas: { meter: string; delta: number; text: string; size: number }[];
    stamps: { meter: string; kind: string; text: string; size: number }[];
    pulses: { actor: string; place: string; animating: boolean }[];
    arcs: Record<string, number>;
    /** Whether any of it is still moving: a change popping in, a stamp pressed on, rings, arcs. */
    animating: boolean;
  } {
    const css = this.game.canvas.getBoundingClientRect().width / this.scale.width || 1;
    const gauges = this.gauges.entries().map(([meter, gauge]) => ({
      meter,
      held: gauge.consequence(),
      sizes: gauge.textSizes(),
    }));
    const pulses = this.reactionPulses.state();
    return {
      deltas: gauges
        .filter(({ held }) => held.delta !== 0)
        .map(({ meter, held, sizes }) => ({
          meter,
          delta: held.delta,
          text: held.deltaText,
          size: sizes.delta * css,
        })),
      stamps: gauges.flatMap(({ meter, held, sizes }) =>
        held.stamp ? [{ meter, kind: held.stamp, text: held.stampText, size: sizes.stamp * css }] : [],
      ),
      pulses,
      arcs: this.powerArcs.widths(),
      animating:
        this.powerArcs.animating() ||
        pulses.some((pulse) => pulse.animating) ||
        gauges.some(({ held }) => held.animating),
    };
  }

  update(): void {
    const inverse = 1 / this.mapCamera.zoom;
    this.reactionPulses.setScale(inverse);
    this.mapLabels?.setScale(inverse);
    this.markers.follow(this.mapCamera);
  }
}
