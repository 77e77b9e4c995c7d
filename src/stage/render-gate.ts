/**
 * Decides, frame by frame, whether the stage must be drawn. The stage is still for most of a chapter
 * (the player is reading), so a frame is drawn only after something asked for one or while an animation
 * runs, and the GPU of a school laptop idles the rest of the time.
 */
export class RenderGate {
  /** Frames still to draw; one more than asked, so that the last step of an animation is drawn too. */
  private pending: number;
  private readonly busyChecks: (() => boolean)[] = [];

  constructor(initialFrames = 2) {
    this.pending = initialFrames;
  }

  /** Something visible changed: draw the next frames. */
  request(frames = 2): void {
    this.pending = Math.max(this.pending, frames);
  }

  /** While `check` answers true (a tween, a camera pan), every frame is drawn. */
  drawWhile(check: () => boolean): void {
    this.busyChecks.push(check);
  }

  /** Called once a frame, after the update: true when this frame must be drawn. */
  shouldDraw(): boolean {
    if (this.busyChecks.some((busy) => busy())) this.request();
    if (this.pending === 0) return false;
    this.pending -= 1;
    return true;
  }
}
