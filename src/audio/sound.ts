// The game's only door to audio. Howler is loaded on first use; sounds are synthesized on first use.
// Nothing here may throw into the game or make it wait: any failure turns the system 'unavailable'.
import { runInSlices } from './slices';
import { ambientSteps, renderCue as renderCueSamples, type CueName } from './synth';
import { encodeWav, toDataUri } from './wav';

export type { CueName } from './synth';

export type SoundStatus = 'idle' | 'locked' | 'playing' | 'muted' | 'unavailable';

export interface SoundSystem {
  play(cue: CueName): void;
  startAmbient(): void;
  /**
   * Fetches the audio library and renders the ambient pad ahead of the first sound, while the page is idle, so that
   * "New game" does neither while the map moves. Makes no audio context: that waits for the first sound.
   */
  prepare(): void;
  setMuted(muted: boolean): void;
  toggleMute(): boolean;
  readonly muted: boolean;
  status(): SoundStatus;
  /** The cues most recently handed to howler, oldest first (a short list, for the test hook). */
  played(): readonly CueName[];
  onChange(listener: (status: SoundStatus, muted: boolean) => void): () => void;
}

export interface HowlOptionsLike {
  src: string[];
  format: string[];
  volume: number;
  loop: boolean;
  onplay: () => void;
  onunlock: () => void;
  onloaderror: (soundId: number | null, error: unknown) => void;
  onplayerror: (soundId: number, error: unknown) => void;
}

export interface HowlLike {
  play(): number;
  stop(): unknown;
}

/** The slice of howler's module this system uses; tests pass a fake. */
export interface HowlerLike {
  Howl: new (options: HowlOptionsLike) => HowlLike;
  Howler: {
    readonly ctx?: { readonly state: string } | null;
    readonly noAudio: boolean;
    mute(muted: boolean): unknown;
  };
}

export interface SoundStore {
  get(key: string): string | null;
  set(key: string, value: string): void;
}

/** Renders the ambient pad; by default in short slices, so the first "New game" does not stall the page. */
export type AmbientRenderer = (sampleRate: number) => Float32Array | Promise<Float32Array>;

export const MUTED_KEY = 'crossroads.muted';
/** The performance measure each slice of the ambient render is recorded under. */
export const AMBIENT_SLICE_MEASURE = 'crossroads:ambient-slice';
const CUE_VOLUME = 0.5;
const AMBIENT_VOLUME = 0.25;
const CUE_SAMPLE_RATE = 22050;
// The pad lives below ~500 Hz, so half the cue rate loses nothing audible and halves its size.
const AMBIENT_SAMPLE_RATE = 11025;
const PLAYED_KEPT = 16;

type Track = CueName | 'ambient';

export function createSoundSystem(
  deps: { howler?: HowlerLike; store?: SoundStore; renderAmbient?: AmbientRenderer } = {},
): SoundSystem {
  const store = deps.store ?? browserStore();
  const renderAmbient = deps.renderAmbient ?? renderAmbientInSlices;
  const listeners = new Set<(status: SoundStatus, muted: boolean) => void>();
  const howls = new Map<Track, HowlLike>();
  const retryOnUnlock = new Set<Track>();

  const state: { muted: boolean; failed: boolean; phase: 'idle' | 'locked' | 'playing' } = {
    muted: readMuted(store),
    failed: false,
    phase: 'idle',
  };
  let lib: HowlerLike | null = deps.howler ?? null;
  /** The library fetched by prepare(), taken into use (and its audio context made) on the first sound. */
  let prepared: HowlerLike | null = null;
  let loading: Promise<void> | null = null;
  let pending: ((lib: HowlerLike) => void)[] = [];
  // Audio has been heard to play at least once, so a suspended context is no longer a lock.
  let unlocked = false;
  let ambientWanted = false;
  let ambientOn = false;
  // The ambient's data URI once rendered, or the render under way.
  let ambientSource: string | Promise<string> | null = null;
  const played: CueName[] = [];

  const status = (): SoundStatus => (state.failed ? 'unavailable' : state.muted ? 'muted' : state.phase);

  function update(patch: Partial<typeof state>): void {
    const before = status();
    const wasMuted = state.muted;
    Object.assign(state, patch);
    const after = status();
    if (before === after && wasMuted === state.muted) return;
    for (const listener of [...listeners]) {
      try {
        listener(after, state.muted);
      } catch {
        // A broken listener is the listener's problem, not the sound system's.
      }
    }
  }

  function fail(error: unknown): void {
    if (state.failed) return;
    update({ failed: true });
    console.warn('Sound is unavailable; the game continues without it.', error);
    for (const howl of howls.values()) guard(() => howl.stop());
  }

  /** Runs `action`, turning any exception into the 'unavailable' state. */
  function guard(action: () => void): void {
    try {
      action();
    } catch (error) {
      fail(error);
    }
  }

  function withHowler(action: (lib: HowlerLike) => void): void {
    if (state.failed) return;
    if (!lib && prepared) {
      const loaded = prepared;
      lib = loaded;
      guard(() => loaded.Howler.mute(state.muted));
    }
    if (lib) {
      const loaded = lib;
      guard(() => action(loaded));
      return;
    }
    pending.push(action);
    loading ??= importHowler().then(
      (loaded) => {
        lib = loaded;
        guard(() => loaded.Howler.mute(state.muted));
        const queued = pending;
        pending = [];
        for (const queuedAction of queued) withHowler(queuedAction);
      },
      (error: unknown) => fail(error),
    );
  }

  function markUnlocked(): void {
    unlocked = true;
    update({ phase: 'playing' });
  }

  function howlFor(howler: HowlerLike, track: Track, source: () => string): HowlLike {
    const existing = howls.get(track);
    if (existing) return existing;
    const isAmbient = track === 'ambient';
    const howl: HowlLike = new howler.Howl({
      src: [source()],
      format: ['wav'],
      volume: isAmbient ? AMBIENT_VOLUME : CUE_VOLUME,
      loop: isAmbient,
      onplay: markUnlocked,
      onunlock: () =>
        guard(() => {
          markUnlocked();
          // Only the ambient loop is worth replaying late; a stale click or page turn is not.
          if (retryOnUnlock.delete(track) && isAmbient && ambientOn && !state.muted) howl.play();
        }),
      onloaderror: (_id, error) => fail(error),
      onplayerror: () => {
        retryOnUnlock.add(track);
        if (!unlocked) update({ phase: 'locked' });
      },
    });
    howls.set(track, howl);
    return howl;
  }

  function playTrack(howler: HowlerLike, track: Track, source: () => string): void {
    howlFor(howler, track, source).play();
    const running = !howler.Howler.noAudio && howler.Howler.ctx?.state === 'running';
    // After the first unlock a suspended context is howler's idle auto-suspend, which play() undoes.
    if (!unlocked) update({ phase: running ? 'playing' : 'locked' });
  }

  function play(cue: CueName): void {
    if (state.muted || state.failed) return;
    withHowler((howler) => {
      if (state.muted) return;
      playTrack(howler, cue, () => renderCue(cue));
      played.push(cue);
      if (played.length > PLAYED_KEPT) played.shift();
    });
  }

  function startAmbient(): void {
    ambientWanted = true;
    if (state.muted || state.failed) return;
    withHowler((howler) => {
      if (state.muted || ambientOn) return;
      const source = (ambientSource ??= ambientUri(renderAmbient));
      if (typeof source !== 'string') {
        // Asks again once the pad is ready: by then the player may have muted.
        source.then(
          (uri) => {
            ambientSource = uri;
            guard(startAmbient);
          },
          (error: unknown) => fail(error),
        );
        return;
      }
      ambientOn = true;
      playTrack(howler, 'ambient', () => source);
    });
  }

  function setMuted(next: boolean): void {
    if (next === state.muted) return;
    update({ muted: next });
    try {
      store.set(MUTED_KEY, next ? '1' : '0');
    } catch {
      // Storage may be full or blocked; the choice still holds for this session.
    }
    if (lib && !state.failed) {
      const loaded = lib;
      guard(() => {
        loaded.Howler.mute(next);
        if (next) for (const howl of howls.values()) howl.stop();
      });
    }
    if (next) {
      ambientOn = false;
      retryOnUnlock.clear();
    } else if (ambientWanted) {
      startAmbient();
    }
  }

  function prepare(): void {
    if (state.failed) return;
    if (!lib && !prepared && !loading) {
      importHowler().then(
        (loaded) => (prepared = loaded),
        // The first sound tries again, and reports a failure then.
        () => undefined,
      );
    }
    if (state.muted || ambientSource) return;
    const source = ambientUri(renderAmbient);
    ambientSource = source;
    // A failed render is reported when the pad is asked for.
    if (typeof source !== 'string') source.catch(() => undefined);
  }

  return {
    play: (cue) => guard(() => play(cue)),
    startAmbient: () => guard(startAmbient),
    prepare: () => guard(prepare),
    setMuted: (next) => guard(() => setMuted(next)),
    toggleMute() {
      guard(() => setMuted(!state.muted));
      return state.muted;
    },
    get muted() {
      return state.muted;
    },
    status,
    played: () => [...played],
    onChange(listener) {
      listeners.add(listener);
      return () => {
        listeners.delete(listener);
      };
    },
  };
}

function renderCue(cue: CueName): string {
  return toDataUri(encodeWav(renderCueSamples(cue, CUE_SAMPLE_RATE), CUE_SAMPLE_RATE));
}

function ambientUri(render: AmbientRenderer): string | Promise<string> {
  const toUri = (samples: Float32Array) => toDataUri(encodeWav(samples, AMBIENT_SAMPLE_RATE));
  const samples = render(AMBIENT_SAMPLE_RATE);
  return samples instanceof Float32Array ? toUri(samples) : samples.then(toUri);
}

function renderAmbientInSlices(sampleRate: number): Promise<Float32Array> {
  return runInSlices(ambientSteps(sampleRate), { measure: AMBIENT_SLICE_MEASURE });
}

async function importHowler(): Promise<HowlerLike> {
  const { Howl, Howler } = await import('howler');
  return { Howl, Howler };
}

function readMuted(store: SoundStore): boolean {
  try {
    return store.get(MUTED_KEY) === '1';
  } catch {
    return false;
  }
}

function browserStore(): SoundStore {
  return {
    get: (key) => globalThis.localStorage?.getItem(key) ?? null,
    set: (key, value) => globalThis.localStorage?.setItem(key, value),
  };
}
