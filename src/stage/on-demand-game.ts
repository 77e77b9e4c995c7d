import Phaser from 'phaser';
import { RenderGate } from './render-gate';

/**
 * A Phaser game that updates every frame but draws only when its RenderGate says so. A canvas that is
 * not drawn keeps showing its last frame, so an idle stage costs the GPU nothing.
 */
export class OnDemandGame extends Phaser.Game {
  /** How many frames have been drawn since boot. */
  framesDrawn = 0;

  constructor(
    config: Phaser.Types.Core.GameConfig,
    private readonly renderGate: RenderGate,
  ) {
    super(config);
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
