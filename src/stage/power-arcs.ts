import type Phaser from 'phaser';
import type { Meter, Stage } from '../content/schema';
import type { MeterChange } from '../engine';
import { ARC_SEGMENTS, arcPoints, arcWidth, drawInfluenceArc, type Point } from './influence-arcs';
import { METER_MS } from './meter-gauge';
import { STAGE, hexToNumber } from './palette';
import { asVectors } from './points';

/** A power's arc, its points worked out once, and the meter value it is drawn at now. */
interface PowerArc {
  meter: string;
  points: Phaser.Math.Vector2[];
  colour: number;
  shown: number;
  from: number;
  to: number;
}

const PULSE_MS = 1100;
const PULSE_RADIUS = 6;

/** The powers' pull: an arc from each power's capital to the home place, as thick as the power's meter. */
export class PowerArcs {
  private readonly arcs: PowerArc[];
  /** The arcs' lines, and the travelling lights drawn above them. */
  readonly lines: Phaser.GameObjects.Graphics;
  readonly pulse: Phaser.GameObjects.Graphics;
  private readonly progress = { t: 1 };
  private tween: Phaser.Tweens.Tween | null = null;

  /** The arcs run from capitals to the home place, which never move: their points are worked out once. */
  constructor(
    private readonly scene: Phaser.Scene,
    stage: Stage,
    meters: readonly Meter[],
    pointOf: (id: string) => Point | undefined,
  ) {
    this.lines = scene.add.graphics();
    this.pulse = scene.add.graphics();
    const home = pointOf(stage.homePlace);
    this.arcs = meters.flatMap((meter) => {
      const origin = stage.powerOrigins.find((candidate) => candidate.meter === meter.id);
      const from = origin && pointOf(origin.place);
      if (!home || !origin || !from) return [];
      return [
        {
          meter: meter.id,
          points: asVectors(arcPoints(from, home, origin.bow)),
          colour: hexToNumber(meter.colour),
          shown: meter.start,
          from: meter.start,
          to: meter.start,
        },
      ];
    });
    this.draw();
  }

  /** With motion, the arcs thicken or thin to their powers' new values along with the bars. */
  show(meters: Record<string, number>, animate: boolean): void {
    this.tween?.stop();
    this.tween = null;
    for (const arc of this.arcs) {
      arc.from = arc.shown;
      arc.to = meters[arc.meter] ?? 0;
    }
    const moving = animate && this.arcs.some((arc) => arc.from !== arc.to);
    this.progress.t = moving ? 0 : 1;
    this.step();
    if (!moving) return;
    this.tween = this.scene.tweens.add({
      targets: this.progress,
      t: 1,
      duration: METER_MS,
      ease: 'Cubic.easeOut',
      onUpdate: () => this.step(),
      onComplete: () => {
        this.tween = null;
        this.progress.t = 1;
        this.step();
      },
    });
  }

  /** A light travels from each power whose influence changed toward the home place. */
  pulseAlong(changes: readonly MeterChange[]): void {
    const moved = this.arcs.filter((arc) =>
      changes.some((change) => change.meter === arc.meter && change.delta !== 0),
    );
    if (moved.length === 0) return;
    const progress = { t: 0 };
    this.scene.tweens.add({
      targets: progress,
      t: 1,
      duration: PULSE_MS,
      ease: 'Sine.easeIn',
      onUpdate: () => {
        this.pulse.clear();
        const index = Math.round(progress.t * ARC_SEGMENTS);
        for (const arc of moved) {
          const p = arc.points[index];
          if (!p) continue;
          this.pulse.fillStyle(arc.colour, 1);
          this.pulse.fillCircle(p.x, p.y, PULSE_RADIUS);
          this.pulse.lineStyle(2, STAGE.pulseEdge, 0.9);
          this.pulse.strokeCircle(p.x, p.y, PULSE_RADIUS);
        }
      },
      onComplete: () => this.pulse.clear(),
    });
  }

  /** Each arc's width as drawn now, by meter. */
  widths(): Record<string, number> {
    return Object.fromEntries(this.arcs.map((arc) => [arc.meter, arcWidth(arc.shown)]));
  }

  /** Whether the arcs are still changing width. */
  animating(): boolean {
    return this.tween !== null;
  }

  private step(): void {
    const { t } = this.progress;
    for (const arc of this.arcs) arc.shown = arc.from + (arc.to - arc.from) * t;
    this.draw();
  }

  private draw(): void {
    this.lines.clear();
    for (const arc of this.arcs) drawInfluenceArc(this.lines, arc.points, arc.colour, arc.shown);
  }
}
