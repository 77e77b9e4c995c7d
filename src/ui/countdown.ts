/** A discussion's countdown in whole seconds: it ticks, pauses, gains a minute and starts over. */
export class Countdown {
  private secondsLeft: number;
  private paused = false;

  constructor(private readonly seconds: number) {
    this.secondsLeft = seconds;
  }

  get left(): number {
    return this.secondsLeft;
  }

  get isPaused(): boolean {
    return this.paused;
  }

  get isDone(): boolean {
    return this.secondsLeft === 0;
  }

  /** One second passes; true when this tick ran the time out. */
  tick(): boolean {
    if (this.paused || this.secondsLeft === 0) return false;
    this.secondsLeft -= 1;
    return this.secondsLeft === 0;
  }

  /** Pauses a running countdown, resumes a paused one; time that is up stays up. */
  togglePause(): void {
    if (this.secondsLeft > 0) this.paused = !this.paused;
  }

  /** One more minute, paused or running; after time is up, the extra minute runs. */
  addMinute(): void {
    if (this.secondsLeft === 0) this.paused = false;
    this.secondsLeft += 60;
  }

  /** Back to the full time; a paused countdown waits to be resumed, otherwise it runs again. */
  restart(): void {
    if (this.secondsLeft === 0) this.paused = false;
    this.secondsLeft = this.seconds;
  }
}

/** "4:05" for 245 seconds. */
export const formatClock = (seconds: number): string =>
  `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, '0')}`;
