// Join attempts per address in fixed windows, in memory. Addresses are only keys of this map: never logged or stored.

export interface RateLimit {
  /** Attempts (right code or wrong) one address may make per window: a whole class may share one NAT address. */
  attempts: number;
  /** Attempts with a wrong code per window: what guessing codes needs. */
  failures: number;
  windowMs: number;
}

interface Window {
  start: number;
  attempts: number;
  failures: number;
}

export class JoinLimiter {
  private readonly windows = new Map<string, Window>();

  constructor(private readonly limit: RateLimit) {}

  /** Counts one attempt; false when the address is over either limit in this window. */
  allow(address: string, now: number): boolean {
    const window = this.current(address, now);
    if (window.attempts >= this.limit.attempts || window.failures >= this.limit.failures) return false;
    window.attempts += 1;
    return true;
  }

  /** Counts an attempt that named no session. */
  failed(address: string, now: number): void {
    this.current(address, now).failures += 1;
  }

  /** Forgets windows that have ended, so the map holds only the last minute's addresses. */
  sweep(now: number): void {
    for (const [address, window] of this.windows)
      if (now - window.start >= this.limit.windowMs) this.windows.delete(address);
  }

  private current(address: string, now: number): Window {
    let window = this.windows.get(address);
    if (!window || now - window.start >= this.limit.windowMs) {
      window = { start: now, attempts: 0, failures: 0 };
      this.windows.set(address, window);
    }
    return window;
  }
}
