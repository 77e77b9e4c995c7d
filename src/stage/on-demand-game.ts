import Phaser from 'phaser';
import { RenderGate } from './render-gate';

/**
 * WebGL settings that keep a frame cheap on a weak or software GPU (a school Chromebook, headless Chromium): no
 * multisampling, which quadrupled the cost of every pixel drawn, and mipmaps for the power-of-two textures (the large
 * map), which are sampled far more cheaply when shown small, read from the nearest level only (half the texture reads
 * of blending two levels, in every frame of a pan). The stage's round shapes are images drawn once with the Canvas
 * API (antialiased), so they keep smooth edges without multisampling.
 */
const SOFTWARE_GPU_FRIENDLY = { antialiasGL: false, mipmapFilter: 'LINEAR_MIPMAP_NEAREST' } as const;

/**
 * A Phaser game that updates every frame but draws only when its RenderGate says so. A canvas that is
 * not drawn keeps showing its last frame, so an idle stage costs the GPU nothing.
 */
export class OnDemandGame extends Phaser.Game {
  /** How many frames have been drawn since boot. */
  framesDrawn = 0;
  private stageDrawn = false;
  private readonly afterStageDrawn: (() => void)[] = [];

  constructor(
    config: Phaser.Types.Core.GameConfig,
    private readonly renderGate: RenderGate,
  ) {
    super({ ...config, render: { ...config.render, ...SOFTWARE_GPU_FRIENDLY } });
  }

  /** Whether the first screen's stage, its map included, is on screen. */
  get isStageDrawn(): boolean {
    return this.stageDrawn;
  }

  /** Runs a task once the first screen's stage, its map included, is on screen; at once if it already is. */
  onceStageDrawn(task: () => void): void {
    if (this.stageDrawn) task();
    else this.afterStageDrawn.push(task);
  }

  /** The stage's first screen is on screen (or its map could not be had): what waited for it may start. */
  markStageDrawn(): void {
    if (this.stageDrawn) return;
    this.stageDrawn = true;
    this.afterStageDrawn.splice(0).forEach((task) => task());
  }

  override step(time: number, delta: number): void {
    // Destroying and pausing are left to the base step.
    if ((this as unknown as { pendingDestroy: boolean }).pendingDestroy || this.isPaused) {
      super.step(time, delta);
      return;
    }
    const { events } = this;
    events.emit(Phaser.Core.Events.PRE_STEP, time, delta);
    events.emit(Phaser.Core.Events.STEP, time, delta);
    this.scene.update(time, delta);
    events.emit(Phaser.Core.Events.POST_STEP, time, delta);
    if (!this.renderGate.shouldDraw()) return;
    this.framesDrawn += 1;
    const { renderer } = this;
    renderer.preRender();
    events.emit(Phaser.Core.Events.PRE_RENDER, renderer, time, delta);
    this.scene.render(renderer);
    renderer.postRender();
    events.emit(Phaser.Core.Events.POST_RENDER, renderer, time, delta);
  }
}
