import Phaser from 'phaser';
import type { App } from '../app/app';
import type { ShownConsequences } from '../app/consequence-feed';
import type { MeterChange } from '../engine';
import { formatSigned } from '../ui/format';
import type { Layout } from '../ui/layout';
import { placeLabels } from './label-placement';
import { ARC_SEGMENTS, arcPoints, arcWidth, drawInfluenceArc, type Point } from './influence-arcs';
import { METER_MS, MeterGauge } from './meter-gauge';
import { asVectors } from './points';
import { reactionMarks } from './reaction-places';
import { ReactionPulses, type PulseMark } from './reaction-pulses';
import type { RenderGate } from './render-gate';
import { FONT_SANS, STAGE, hexToNumber } from './palette';
import { MAP_HEIGHT, MAP_WIDTH, offMapBearing, project } from './region-projection';
import type { RegionMap } from './region-map';
import { stageTextSizes, type StageTextSizes } from './text-sizes';

const HOME_COUNTRY = '031';
const MAP_TEXTURE = 'region-map';
/** Measured by `npm run bench`: the stage is up, and (map drawn) the title screen is still from then on. */
const MAP_DRAWN_MARK = 'crossroads:map-drawn';
const STAGE_READY_MARK = 'crossroads:stage-ready';
/** Texture pixels per map unit: sharp up to about twice the map's size on screen. */
const MAP_TEXTURE_SCALE = 2;
/** Where each power's pull comes from on the map. */
const POWER_ORIGINS: Record<string, { place: string; bow: number }> = {
  russia: { place: 'moscow', bow: 0.18 },
  turkey: { place: 'ankara', bow: -0.2 },
  west: { place: 'brussels', bow: 0.12 },
};
/** A power's arc, its points worked out once, and the meter value it is drawn at now. */
interface PowerArc {
  meter: string;
  points: Phaser.Math.Vector2[];
  colour: number;
  shown: number;
  from: number;
  to: number;
}

/** The persistent backdrop: the map of the region, the chapter's places, the powers' pull and the meters. */
export class StageScene extends Phaser.Scene {
  private mapCamera!: Phaser.Cameras.Scene2D.Camera;
  private mapRoot!: Phaser.GameObjects.Container;
  private hudRoot!: Phaser.GameObjects.Container;
  private arcs!: Phaser.GameObjects.Graphics;
  private route!: Phaser.GameObjects.Graphics;
  private pulse!: Phaser.GameObjects.Graphics;
  private reactionPulses!: ReactionPulses;
  private powerArcs: PowerArc[] = [];
  private readonly arcProgress = { t: 1 };
  private arcTween: Phaser.Tweens.Tween | null = null;
  /** Whether the stage shows a choice's consequences, so that clearing an empty stage costs nothing. */
  private holdingConsequences = false;
  private readonly markers = new Map<
    string,
    { dot: Phaser.GameObjects.Graphics; label: Phaser.GameObjects.Text }
  >();
  private readonly gauges = new Map<string, MeterGauge>();
  private meters: Record<string, number> = {};
  private focusPlaces: string[] = [];
  /** Places whose marker shows, most important first; their labels show where there is room. */
  private shownPlaces: string[] = [];
  private routePlaces: string[] = [];
  /** The sizes of the stage's texts: larger on a projector (class mode). */
  private fonts: StageTextSizes = stageTextSizes(false, 0);
  private projector = false;
  private readonly unsubscribe: (() => void)[] = [];

  constructor(
    private readonly app: App,
    private readonly renderGate: RenderGate,
  ) {
    super({ key: 'Stage' });
  }

  create(): void {
    this.meters = Object.fromEntries(
      this.app.catalog.scenario.meters.map((meter) => [meter.id, meter.start]),
    );
    this.cameras.main.setBackgroundColor(STAGE.night);
    this.mapRoot = this.add.container(0, 0);
    this.hudRoot = this.add.container(0, 0);
    // The land is fetched and drawn after the first screen is up, so the title is usable sooner.
    this.time.delayedCall(30, () => void this.loadMap());
    this.arcs = this.add.graphics();
    this.route = this.add.graphics();
    this.pulse = this.add.graphics();
    this.mapRoot.add([this.arcs, this.route, this.pulse]);
    // Reaction rings go under the place markers, so a marked place's name stays readable.
    this.reactionPulses = new ReactionPulses(this, (ring) =>
      this.mapRoot.addAt(ring, this.mapRoot.getIndex(this.pulse) + 1),
    );
    this.createPowerArcs();
    this.createMarkers();
    this.createGauges();

    this.mapCamera = this.cameras.add(0, 0, 10, 10).setBackgroundColor(STAGE.sea);
    this.cameras.main.ignore(this.mapRoot);
    this.mapCamera.ignore(this.hudRoot);

    this.relayout(this.app.layout());
    this.scale.on(Phaser.Scale.Events.RESIZE, () => this.relayout(this.app.layout()));
    // Class mode starts and ends between screens: the stage takes the projector's layout and sizes then.
    const relayoutForMode = () => {
      if (this.isProjector() !== this.projector) this.relayout(this.app.layout());
    };
    const redraw = () => this.renderGate.request();
    // A page shown again, or a WebGL context given back, must be drawn anew.
    this.game.events.on(Phaser.Core.Events.VISIBLE, redraw);
    this.game.renderer.on(Phaser.Renderer.Events.RESTORE_WEBGL, redraw);
    this.renderGate.drawWhile(
      () =>
        this.tweens.tweens.length > 0 ||
        this.mapCamera.panEffect.isRunning ||
        this.mapCamera.zoomEffect.isRunning,
    );
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
      () => this.game.renderer.off(Phaser.Renderer.Events.RESTORE_WEBGL, redraw),
    );
    this.events.once(Phaser.Scenes.Events.SHUTDOWN, () => this.unsubscribe.forEach((off) => off()));
    this.drawArcs();
    performance.mark(STAGE_READY_MARK);
  }

  private animate(): boolean {
    return !this.app.reducedMotion();
  }

  private placePoint(id: string): Point | undefined {
    const place = this.app.catalog.scenario.places.find((candidate) => candidate.id === id);
    if (!place) return undefined;
    const point = project(place.lon, place.lat);
    const inside = point.x >= 0 && point.x <= MAP_WIDTH && point.y >= 0 && point.y <= MAP_HEIGHT;
    return inside ? point : offMapBearing(place.lon, place.lat);
  }

  /** Without the map data (a failed fetch offline) the stage keeps its sea, places and arcs. */
  private async loadMap(): Promise<void> {
    const loaded = await import('./region-map').catch(() => null);
    if (loaded && this.sys.isActive()) this.drawMap(loaded.regionMap);
  }

  /**
   * The land is drawn once, with the Canvas API, into a texture at twice the map's size: a Graphics
   * object would be re-tessellated every frame, which costs most of a frame on a weak GPU.
   */
  private drawMap(regionMap: RegionMap): void {
    const scale = MAP_TEXTURE_SCALE;
    const margin = 200;
    const texture = this.textures.exists(MAP_TEXTURE)
      ? null
      : this.textures.createCanvas(
          MAP_TEXTURE,
          Math.ceil((MAP_WIDTH + 2 * margin) * scale),
          Math.ceil((MAP_HEIGHT + 2 * margin) * scale),
        );
    const ctx = texture?.getContext();
    if (ctx && texture) {
      const css = (colour: number) => `#${colour.toString(16).padStart(6, '0')}`;
      ctx.setTransform(scale, 0, 0, scale, margin * scale, margin * scale);
      ctx.strokeStyle = css(STAGE.graticule);
      ctx.lineWidth = 1;
      ctx.beginPath();
      for (let x = 0; x <= MAP_WIDTH; x += 50) {
        ctx.moveTo(x, -margin);
        ctx.lineTo(x, MAP_HEIGHT + margin);
      }
      for (let y = 0; y <= MAP_HEIGHT; y += 50) {
        ctx.moveTo(-margin, y);
        ctx.lineTo(MAP_WIDTH + margin, y);
      }
      ctx.stroke();
      ctx.lineJoin = 'round';
      for (const country of regionMap.countries) {
        const home = country.id === HOME_COUNTRY;
        const path = new Path2D();
        for (const ring of country.rings) {
          for (let i = 0; i + 1 < ring.length; i += 2) {
            if (i === 0) path.moveTo(ring[i]!, ring[i + 1]!);
            else path.lineTo(ring[i]!, ring[i + 1]!);
          }
          path.closePath();
        }
        ctx.fillStyle = css(home ? STAGE.home : STAGE.land);
        ctx.fill(path, 'evenodd');
        ctx.strokeStyle = css(home ? STAGE.homeEdge : STAGE.landEdge);
        ctx.lineWidth = home ? 2 : 1;
        ctx.stroke(path);
      }
      texture.refresh();
    }
    const land = this.add
      .image(-margin, -margin, MAP_TEXTURE)
      .setOrigin(0)
      .setScale(1 / scale);
    const caspian = project(50.6, 42.2);
    const sea = this.add
      .text(caspian.x, caspian.y, this.app.t('stage.caspian'), {
        fontFamily: FONT_SANS,
        fontSize: `${this.fonts.place}px`,
        fontStyle: 'italic',
        color: '#6f8aa3',
      })
      .setOrigin(0.5)
      .setAngle(-70)
      .setName('caspian-label');
    this.mapRoot.addAt([land, sea], 0);
    this.retranslate();
    this.renderGate.request();
    performance.mark(MAP_DRAWN_MARK);
  }

  private createMarkers(): void {
    for (const place of this.app.catalog.scenario.places) {
      const point = this.placePoint(place.id);
      if (!point) continue;
      const dot = this.add.graphics({ x: point.x, y: point.y });
      // A label gets its text when its place first shows: drawing every name at once would fetch font
      // files for letters (the ğ of Iğdır) that the first screen never shows.
      const label = this.add.text(point.x + 7, point.y - 8, '', {
        fontFamily: FONT_SANS,
        fontSize: '13px',
        color: '#dfe7ee',
        stroke: '#0f1720',
        strokeThickness: 3,
      });
      this.markers.set(place.id, { dot, label });
      this.mapRoot.add([dot, label]);
    }
    this.styleMarkers();
  }

  private styleMarkers(): void {
    const powerPlaces = Object.values(POWER_ORIGINS).map((origin) => origin.place);
    this.shownPlaces = [...new Set([...this.focusPlaces, 'baku', ...powerPlaces])].filter((id) =>
      this.markers.has(id),
    );
    for (const [id, { dot, label }] of this.markers) {
      const active = this.focusPlaces.includes(id);
      const visible = this.shownPlaces.includes(id);
      dot.clear();
      dot.setVisible(visible);
      label.setVisible(visible);
      if (!visible) continue;
      const place = this.app.catalog.scenario.places.find((candidate) => candidate.id === id);
      if (place) label.setText(this.app.t(place.name));
      dot.fillStyle(active ? STAGE.markerActive : STAGE.marker, 1);
      dot.fillCircle(0, 0, active ? 5 : 3.5);
      dot.lineStyle(2, STAGE.night, 1);
      dot.strokeCircle(0, 0, active ? 5 : 3.5);
      if (active) {
        dot.lineStyle(1.5, STAGE.markerActive, 0.7);
        dot.strokeCircle(0, 0, 10);
      }
      label.setColor(active ? '#ffffff' : '#a9bccb').setFontStyle(active ? 'bold' : 'normal');
    }
  }

  private createGauges(): void {
    const { scenario } = this.app.catalog;
    for (const meter of scenario.meters) {
      const threshold =
        meter.kind === 'power' ? scenario.thresholds.dependence : scenario.thresholds.collapse;
      const gauge = new MeterGauge(this, meter, threshold, meter.start, this.gaugeTexts(meter.name));
      this.gauges.set(meter.id, gauge);
      this.hudRoot.add(gauge);
    }
  }

  private gaugeTexts(nameKey: string) {
    return {
      name: this.app.t(nameKey),
      formatDelta: (delta: number) => formatSigned(delta, this.app.language()),
      stamp: (kind: string) => this.app.t(`stage.stamp.${kind}`),
    };
  }

  private retranslate(): void {
    for (const gauge of this.gauges.values()) gauge.setTexts(this.gaugeTexts(gauge.meter.name));
    this.styleMarkers();
    this.mapRoot.getByName<Phaser.GameObjects.Text>('caspian-label')?.setText(this.app.t('stage.caspian'));
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
    const zoom = this.mapCamera.zoom;
    return {
      meters: [...this.gauges].map(([id, gauge]) => {
        const sizes = gauge.textSizes();
        return { id, name: sizes.nameShown ? sizes.name * css : 0, value: sizes.value * css };
      }),
      places: [...this.markers]
        .filter(([, { label }]) => label.visible && label.text !== '')
        .map(([id, { label }]) => ({
          id,
          size: parseFloat(String(label.style.fontSize)) * label.scaleY * zoom * css,
        })),
    };
  }

  private relayout(layout: Layout): void {
    this.renderGate.request();
    this.projector = this.isProjector();
    this.fonts = stageTextSizes(this.projector, this.scale.height);
    for (const { label } of this.markers.values()) label.setFontSize(this.fonts.place);
    this.mapRoot.getByName<Phaser.GameObjects.Text>('caspian-label')?.setFontSize(this.fonts.place);
    const { map, meters, meterColumns } = layout;
    this.mapCamera.setViewport(map.x, map.y, Math.max(1, map.width), Math.max(1, map.height));
    const rows = Math.ceil(this.gauges.size / meterColumns);
    const gap = 12;
    const cellWidth = (meters.width - gap * (meterColumns - 1)) / meterColumns;
    const cellHeight = (meters.height - gap * (rows - 1)) / rows;
    [...this.gauges.values()].forEach((gauge, i) => {
      gauge.setPosition(
        meters.x + (i % meterColumns) * (cellWidth + gap),
        meters.y + Math.floor(i / meterColumns) * (cellHeight + gap),
      );
      gauge.layout(cellWidth, cellHeight, this.fonts);
    });
    this.frameFocus(false);
  }

  private focus(places: string[], route: string[]): void {
    this.focusPlaces = places;
    const routeChanged = route.join() !== this.routePlaces.join();
    this.routePlaces = route;
    this.styleMarkers();
    this.frameFocus(this.animate());
    if (routeChanged && route.length > 1 && this.animate()) {
      const progress = { value: 0 };
      this.tweens.add({
        targets: progress,
        value: 1,
        duration: 1800,
        ease: 'Sine.easeInOut',
        onUpdate: () => this.drawRoute(progress.value),
      });
    } else {
      this.drawRoute(1);
    }
  }

  /** Zooms the map so that the focused places (and Baku) fill the viewport, or the whole region when none. */
  private frameFocus(animate: boolean): void {
    const points = [...this.focusPlaces, 'baku']
      .map((id) => this.placePoint(id))
      .filter((p): p is Point => p !== undefined);
    const wide = this.focusPlaces.length === 0;
    const xs = wide ? [0, MAP_WIDTH] : points.map((p) => p.x);
    const ys = wide ? [0, MAP_HEIGHT] : points.map((p) => p.y);
    const pad = wide ? 0 : 90;
    const box = {
      x: Math.min(...xs) - pad,
      y: Math.min(...ys) - pad,
      width: Math.max(...xs) - Math.min(...xs) + 2 * pad,
      height: Math.max(...ys) - Math.min(...ys) + 2 * pad,
    };
    const camera = this.mapCamera;
    const zoom = Phaser.Math.Clamp(Math.min(camera.width / box.width, camera.height / box.height), 0.2, 4);
    const centre = { x: box.x + box.width / 2, y: box.y + box.height / 2 };
    if (animate) {
      camera.pan(centre.x, centre.y, 900, 'Sine.easeInOut', true);
      camera.zoomTo(zoom, 900, 'Sine.easeInOut', true);
    } else {
      camera.setZoom(zoom);
      camera.centerOn(centre.x, centre.y);
    }
  }

  private drawRoute(progress: number): void {
    const points = this.routePlaces
      .map((id) => this.placePoint(id))
      .filter((p): p is Point => p !== undefined);
    const g = this.route;
    g.clear();
    if (points.length < 2) return;
    const segments = points.length - 1;
    const reach = progress * segments;
    g.lineStyle(2.5, STAGE.route, 0.95);
    for (let i = 0; i < segments; i++) {
      const share = Phaser.Math.Clamp(reach - i, 0, 1);
      if (share <= 0) break;
      const a = points[i]!;
      const b = points[i + 1]!;
      const length = Math.hypot(b.x - a.x, b.y - a.y);
      for (let d = 0; d < length * share; d += 10) {
        const t1 = d / length;
        const t2 = Math.min(share, (d + 6) / length);
        g.lineBetween(
          a.x + (b.x - a.x) * t1,
          a.y + (b.y - a.y) * t1,
          a.x + (b.x - a.x) * t2,
          a.y + (b.y - a.y) * t2,
        );
      }
    }
  }

  /** The powers' arcs run from their capitals to Baku, which never move: their points are worked out once. */
  private createPowerArcs(): void {
    const baku = this.placePoint('baku');
    if (!baku) return;
    this.powerArcs = this.app.catalog.scenario.meters.flatMap((meter) => {
      const origin = POWER_ORIGINS[meter.id];
      const from = origin && this.placePoint(origin.place);
      if (!origin || !from) return [];
      const shown = this.meters[meter.id] ?? 0;
      return [
        {
          meter: meter.id,
          points: asVectors(arcPoints(from, baku, origin.bow)),
          colour: hexToNumber(meter.colour),
          shown,
          from: shown,
          to: shown,
        },
      ];
    });
  }

  private drawArcs(): void {
    this.arcs.clear();
    for (const arc of this.powerArcs) drawInfluenceArc(this.arcs, arc.points, arc.colour, arc.shown);
  }

  /** With motion, the arcs thicken or thin to their powers' new values along with the bars. */
  private showArcs(animate: boolean): void {
    this.arcTween?.stop();
    this.arcTween = null;
    for (const arc of this.powerArcs) {
      arc.from = arc.shown;
      arc.to = this.meters[arc.meter] ?? 0;
    }
    const moving = animate && this.powerArcs.some((arc) => arc.from !== arc.to);
    this.arcProgress.t = moving ? 0 : 1;
    this.stepArcs();
    if (!moving) return;
    this.arcTween = this.tweens.add({
      targets: this.arcProgress,
      t: 1,
      duration: METER_MS,
      ease: 'Cubic.easeOut',
      onUpdate: () => this.stepArcs(),
      onComplete: () => {
        this.arcTween = null;
        this.arcProgress.t = 1;
        this.stepArcs();
      },
    });
  }

  private stepArcs(): void {
    const { t } = this.arcProgress;
    for (const arc of this.powerArcs) arc.shown = arc.from + (arc.to - arc.from) * t;
    this.drawArcs();
  }

  private showMeters(meters: Record<string, number>, changes: MeterChange[]): void {
    const animate = this.animate() && changes.length > 0;
    this.meters = { ...meters };
    for (const [id, gauge] of this.gauges) gauge.showValue(meters[id] ?? 0, animate);
    this.showArcs(animate);
    if (animate) this.pulseAlongArcs(changes);
  }

  /** A choice's consequences, held until the player moves on: changes, stamps and the reacting places. */
  private showConsequences(shown: ShownConsequences | null): void {
    if (!shown && !this.holdingConsequences) return;
    this.holdingConsequences = shown !== null;
    const animate = this.animate() && shown !== null;
    for (const [id, gauge] of this.gauges) {
      gauge.showDelta(shown?.deltas.find((entry) => entry.meter === id)?.delta ?? 0, animate);
      gauge.showStamp(shown?.crossings.find((crossing) => crossing.meter === id)?.kind ?? null, animate);
    }
    const colours = new Map(this.app.catalog.scenario.meters.map((meter) => [meter.id, meter.colour]));
    const marks: PulseMark[] = reactionMarks(shown?.reactions ?? []).flatMap((mark) => {
      const point = this.placePoint(mark.place);
      if (!point) return [];
      const colour = mark.meter ? colours.get(mark.meter) : undefined;
      return [{ ...mark, point, colour: colour ? hexToNumber(colour) : STAGE.markerActive }];
    });
    this.reactionPulses.show(marks, animate);
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
    const gauges = [...this.gauges].map(([meter, gauge]) => ({
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
      arcs: Object.fromEntries(this.powerArcs.map((arc) => [arc.meter, arcWidth(arc.shown)])),
      animating:
        this.arcTween !== null ||
        pulses.some((pulse) => pulse.animating) ||
        gauges.some(({ held }) => held.animating),
    };
  }

  /** A light travels from each power whose influence changed toward Baku. */
  private pulseAlongArcs(changes: MeterChange[]): void {
    const moved = this.powerArcs.filter((arc) =>
      changes.some((change) => change.meter === arc.meter && change.delta !== 0),
    );
    if (moved.length === 0) return;
    const progress = { t: 0 };
    this.tweens.add({
      targets: progress,
      t: 1,
      duration: 1100,
      ease: 'Sine.easeIn',
      onUpdate: () => {
        this.pulse.clear();
        const index = Math.round(progress.t * ARC_SEGMENTS);
        for (const arc of moved) {
          const p = arc.points[index];
          if (!p) continue;
          this.pulse.fillStyle(arc.colour, 1);
          this.pulse.fillCircle(p.x, p.y, 6);
          this.pulse.lineStyle(2, 0xffffff, 0.9);
          this.pulse.strokeCircle(p.x, p.y, 6);
        }
      },
      onComplete: () => this.pulse.clear(),
    });
  }

  update(): void {
    const camera = this.mapCamera;
    const inverse = 1 / camera.zoom;
    for (const { label, dot } of this.markers.values()) {
      label.setScale(inverse);
      dot.setScale(inverse);
    }
    this.reactionPulses.setScale(inverse);
    this.mapRoot.getByName<Phaser.GameObjects.Text>('caspian-label')?.setScale(inverse);
    this.placeMarkerLabels();
  }

  private placeMarkerLabels(): void {
    const camera = this.mapCamera;
    const requests = this.shownPlaces.flatMap((id) => {
      const point = this.placePoint(id);
      const label = this.markers.get(id)?.label;
      if (!point || !label) return [];
      return [
        {
          id,
          x: (point.x - camera.worldView.x) * camera.zoom,
          y: (point.y - camera.worldView.y) * camera.zoom,
          width: label.width,
          height: label.height,
        },
      ];
    });
    const placed = new Map(placeLabels(requests).map((spot) => [spot.id, spot]));
    for (const id of this.shownPlaces) {
      const point = this.placePoint(id);
      const label = this.markers.get(id)?.label;
      const spot = placed.get(id);
      if (!point || !label) continue;
      label.setVisible(spot !== undefined);
      if (spot) label.setPosition(point.x + spot.dx / camera.zoom, point.y + spot.dy / camera.zoom);
    }
  }
}
