import type { HowlLike, HowlOptionsLike, HowlerLike, SoundStore } from '../../../src/audio/sound';

export interface FakeHowl extends HowlLike {
  readonly options: HowlOptionsLike;
  plays: number;
  stops: number;
}

/**
 * A stand-in for howler's module. The context starts 'suspended', as it does in a browser before the
 * first gesture; `unlock()` does what howler does on the first click or key press.
 */
export function fakeHowler(behaviour: { throwOnCreate?: boolean; throwOnPlay?: boolean } = {}) {
  const howls: FakeHowl[] = [];
  const global = {
    ctx: { state: 'suspended' } as { state: string } | null,
    noAudio: false,
    muteCalls: [] as boolean[],
    mute(muted: boolean) {
      global.muteCalls.push(muted);
      return global;
    },
  };

  class Howl implements FakeHowl {
    plays = 0;
    stops = 0;
    constructor(readonly options: HowlOptionsLike) {
      if (behaviour.throwOnCreate) throw new Error('Howl exploded');
      howls.push(this);
    }
    play(): number {
      if (behaviour.throwOnPlay) throw new Error('play exploded');
      this.plays++;
      return 1000 + this.plays;
    }
    stop() {
      this.stops++;
      return this;
    }
  }

  const howler: HowlerLike = { Howl, Howler: global };
  return {
    howler,
    global,
    howls,
    unlock() {
      if (global.ctx) global.ctx.state = 'running';
      for (const howl of howls) howl.options.onunlock();
    },
    ambient: () => howls.find((howl) => howl.options.loop),
    cues: () => howls.filter((howl) => !howl.options.loop),
  };
}

export function memoryStore(
  initial: Record<string, string> = {},
): SoundStore & { data: Map<string, string> } {
  const data = new Map(Object.entries(initial));
  return {
    data,
    get: (key) => data.get(key) ?? null,
    set: (key, value) => void data.set(key, value),
  };
}

export function throwingStore(): SoundStore {
  return {
    get() {
      throw new Error('SecurityError: storage is blocked');
    },
    set() {
      throw new Error('QuotaExceededError');
    },
  };
}
