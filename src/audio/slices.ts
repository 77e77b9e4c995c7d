// Runs a long, pausable piece of work (a generator) as a string of short tasks, so the page stays responsive.

export interface SliceOptions {
  /** How long one slice may run before handing the main thread back, in milliseconds. */
  budgetMs?: number;
  /** Waits for the next task; by default a zero-delay timeout. */
  pause?: () => Promise<void>;
  /**
   * When given, each slice is recorded as a performance measure of this name, and the end of the work as a mark
   * named `<measure>:done` (the e2e tests read them).
   */
  measure?: string;
}

const DEFAULT_BUDGET_MS = 8;

export async function runInSlices<T>(steps: Generator<void, T>, options: SliceOptions = {}): Promise<T> {
  const budget = options.budgetMs ?? DEFAULT_BUDGET_MS;
  const pause = options.pause ?? nextTask;
  for (;;) {
    // Every slice, the first too, starts in a task of its own rather than inside its caller's.
    await pause();
    const start = now();
    let step = steps.next();
    while (!step.done && now() - start < budget) step = steps.next();
    if (options.measure) record(options.measure, start, step.done);
    if (step.done) return step.value;
  }
}

function nextTask(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

function now(): number {
  return globalThis.performance?.now() ?? Date.now();
}

function record(name: string, start: number, done: boolean | undefined): void {
  try {
    globalThis.performance?.measure(name, { start, end: now() });
    if (done) globalThis.performance?.mark(`${name}:done`);
  } catch {
    // Timing is a diagnostic; a browser without measure() still gets the work done.
  }
}
