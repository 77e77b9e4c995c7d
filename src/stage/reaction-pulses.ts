import type Phaser from 'phaser';
import type { Actor } from '../content/schema';
import type { Point } from './influence-arcs';
import { STAGE } from './palette';

export interface PulseMark {
  actor: Actor;
  place: string;
  point: Point;
  colour: number;
}

/** Rings sent out from the place before the mark settles; a few, because nothing loops for attention. */
const RINGS = 3;
const RING_MS = 1000;
const MARK_RADIUS = 15;
const RING_REACH = 30;

interface Pulse {
  graphics: Phaser.GameObjects.Graphics;
  mark: PulseMark | null;
}

/**
 * Marks the places whose actors reacted to the last choice: each sends out a few rings, then keeps a still
 * double ring until the marks are cleared. The ring objects are kept and reused from choice to choice.
 */
export class ReactionPulses {
  private readonly pulses: Pulse[] = [];
  private readonly progress = { t: 1 };
  private tween: Phaser.Tweens.Tween | null = null;

  constructor(
    private readonly scene: Phaser.Scene,
    /** Adds a new ring object to the map, under the place markers. */
    private readonly addToMap: (graphics: Phaser.GameObjects.Graphics) => void,
  ) {}

  show(marks: readonly PulseMark[], animate: boolean): void {
    this.stop();
    while (this.pulses.length < marks.length) {
      const graphics = this.scene.add.graphics();
      this.addToMap(graphics);
      this.pulses.push({ graphics, mark: null });
    }
    this.pulses.forEach((pulse, i) => {
      pulse.mark = marks[i] ?? null;
      pulse.graphics.setVisible(pulse.mark !== null);
      if (pulse.mark) pulse.graphics.setPosition(pulse.mark.point.x, pulse.mark.point.y);
    });
    this.progress.t = 1;
    this.draw();
    if (!animate || marks.length === 0) return;
    this.progress.t = 0;
    this.tween = this.scene.tweens.add({
      targets: this.progress,
      t: 1,
      duration: RING_MS,
      repeat: RINGS - 1,
      ease: 'Sine.easeOut',
      onUpdate: () => this.draw(),
      onComplete: () => {
        this.tween = null;
        this.progress.t = 1;
        this.draw();
      },
    });
  }

  clear(): void {
    this.show([], false);
  }

  /** Keeps the rings the same size on screen whatever the map's zoom. */
  setScale(inverseZoom: number): void {
    for (const pulse of this.pulses) pulse.graphics.setScale(inverseZoom);
  }

  /** The places marked now, and whether their rings still run (for the test hook). */
  state(): { actor: Actor; place: string; animating: boolean }[] {
    return this.pulses
      .filter((pulse) => pulse.mark !== null)
      .map((pulse) => ({
        actor: pulse.mark!.actor,
        place: pulse.mark!.place,
        animating: this.tween !== null,
      }));
  }

  private stop(): void {
    this.tween?.stop();
    this.tween = null;
  }

  private draw(): void {
    const { t } = this.progress;
    const settled = t >= 1;
    for (const { graphics, mark } of this.pulses) {
      graphics.clear();
      if (!mark) continue;
      if (!settled) {
        graphics.lineStyle(4, mark.colour, 1 - t);
        graphics.strokeCircle(0, 0, MARK_RADIUS + RING_REACH * t);
      }
      // The mark that stays: the actor's colour between dark and light edges, to show on land and sea alike.
      graphics.lineStyle(7, STAGE.night, 0.85);
      graphics.strokeCircle(0, 0, MARK_RADIUS);
      graphics.lineStyle(4, mark.colour, 1);
      graphics.strokeCircle(0, 0, MARK_RADIUS);
      graphics.lineStyle(1.5, STAGE.markEdge, 0.85);
      graphics.strokeCircle(0, 0, MARK_RADIUS + 3.5);
    }
  }
}
