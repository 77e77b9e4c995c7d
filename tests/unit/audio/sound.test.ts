import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { MUTED_KEY, createSoundSystem as createSystem, type SoundStatus } from '../../../src/audio/sound';
import { renderAmbient } from '../../../src/audio/synth';
import { fakeHowler, memoryStore, throwingStore } from './fake-howler';

// Renders the pad at once, so a test can look at its Howl straight after startAmbient(); 'the ambient
// render' below covers the default, sliced render.
const createSoundSystem = (deps: Parameters<typeof createSystem>[0] = {}) =>
  createSystem({ renderAmbient, ...deps });

function decodeDataUri(uri: string): Buffer {
  const [header, payload] = uri.split(',');
  expect(header).toBe('data:audio/wav;base64');
  return Buffer.from(payload ?? '', 'base64');
}

function recordChanges(sound: ReturnType<typeof createSoundSystem>): [SoundStatus, boolean][] {
  const seen: [SoundStatus, boolean][] = [];
  sound.onChange((status, muted) => seen.push([status, muted]));
  return seen;
}

let warn: ReturnType<typeof vi.spyOn>;
beforeEach(() => {
  warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
});
afterEach(() => {
  warn.mockRestore();
});

describe('before anything plays', () => {
  it('is idle and unmuted with an empty store', () => {
    const fake = fakeHowler();
    const sound = createSoundSystem({ howler: fake.howler, store: memoryStore() });
    expect(sound.status()).toBe('idle');
    expect(sound.muted).toBe(false);
    expect(fake.howls).toHaveLength(0);
  });
});

describe('playing cues', () => {
  it('queues a cue played before the first gesture and reports locked, without throwing', () => {
    const fake = fakeHowler();
    const sound = createSoundSystem({ howler: fake.howler, store: memoryStore() });
    const changes = recordChanges(sound);

    expect(() => sound.play('tick')).not.toThrow();

    expect(sound.status()).toBe('locked');
    expect(changes).toEqual([['locked', false]]);
    expect(fake.howls).toHaveLength(1);
    expect(fake.howls[0]!.plays).toBe(1);
  });

  it('hands howler a synthesized WAV data URI at UI volume', () => {
    const fake = fakeHowler();
    createSoundSystem({ howler: fake.howler, store: memoryStore() }).play('confirm');
    const { options } = fake.howls[0]!;

    expect(options.format).toEqual(['wav']);
    expect(options.loop).toBe(false);
    expect(options.volume).toBeCloseTo(0.5);
    const wav = decodeDataUri(options.src[0]!);
    expect(wav.subarray(0, 4).toString('latin1')).toBe('RIFF');
    expect(wav.subarray(8, 12).toString('latin1')).toBe('WAVE');
    expect(wav.length).toBe(44 + 2 * Math.round(0.18 * 22050));
  });

  it('renders each cue once and reuses its howl', () => {
    const fake = fakeHowler();
    const sound = createSoundSystem({ howler: fake.howler, store: memoryStore() });
    sound.play('tick');
    sound.play('tick');
    sound.play('paper');

    expect(fake.howls).toHaveLength(2);
    expect(fake.howls.map((howl) => howl.plays)).toEqual([2, 1]);
    expect(fake.howls[0]!.options.src).not.toEqual(fake.howls[1]!.options.src);
  });

  it('lists the cues it handed to howler, oldest first, and keeps only the last few', () => {
    const fake = fakeHowler();
    const sound = createSoundSystem({ howler: fake.howler, store: memoryStore() });
    expect(sound.played()).toEqual([]);
    sound.play('confirm');
    sound.play('drum');
    expect(sound.played()).toEqual(['confirm', 'drum']);
    for (let i = 0; i < 20; i++) sound.play('tick');
    expect(sound.played()).toHaveLength(16);
    expect(sound.played().at(-1)).toBe('tick');
  });

  it('lists no cue while muted: a muted cue is not played', () => {
    const fake = fakeHowler();
    const sound = createSoundSystem({ howler: fake.howler, store: memoryStore() });
    sound.setMuted(true);
    sound.play('chime');
    expect(sound.played()).toEqual([]);
    sound.setMuted(false);
    sound.play('chime');
    expect(sound.played()).toEqual(['chime']);
  });

  it('reports playing once the first gesture unlocks audio', () => {
    const fake = fakeHowler();
    const sound = createSoundSystem({ howler: fake.howler, store: memoryStore() });
    sound.play('tick');
    fake.unlock();
    expect(sound.status()).toBe('playing');
  });

  it('reports playing straight away when the context is already running', () => {
    const fake = fakeHowler();
    fake.global.ctx!.state = 'running';
    const sound = createSoundSystem({ howler: fake.howler, store: memoryStore() });
    sound.play('rise');
    expect(sound.status()).toBe('playing');
  });

  it('reports playing when howler says a sound started', () => {
    const fake = fakeHowler();
    const sound = createSoundSystem({ howler: fake.howler, store: memoryStore() });
    sound.play('fall');
    fake.howls[0]!.options.onplay();
    expect(sound.status()).toBe('playing');
  });

  it("does not call howler's idle auto-suspend a lock once audio has played", () => {
    const fake = fakeHowler();
    const sound = createSoundSystem({ howler: fake.howler, store: memoryStore() });
    sound.play('tick');
    fake.unlock();
    fake.global.ctx!.state = 'suspended';
    sound.play('tick');
    expect(sound.status()).toBe('playing');
  });

  it('treats a context-less howler (HTML5 audio or no audio) as locked until something plays', () => {
    const fake = fakeHowler();
    fake.global.ctx = null;
    const sound = createSoundSystem({ howler: fake.howler, store: memoryStore() });
    sound.play('tick');
    expect(sound.status()).toBe('locked');
  });

  it('treats noAudio as locked after play, and the load error that follows as unavailable', () => {
    const fake = fakeHowler();
    fake.global.ctx!.state = 'running';
    fake.global.noAudio = true;
    const sound = createSoundSystem({ howler: fake.howler, store: memoryStore() });
    sound.play('tick');
    expect(sound.status()).toBe('locked');

    fake.howls[0]!.options.onloaderror(null, 'No audio support.');
    expect(sound.status()).toBe('unavailable');
  });
});

describe('the ambient loop', () => {
  it('loops a quiet pad and starts only once however often it is asked', () => {
    const fake = fakeHowler();
    const sound = createSoundSystem({ howler: fake.howler, store: memoryStore() });
    sound.startAmbient();
    sound.startAmbient();
    sound.startAmbient();

    expect(fake.howls).toHaveLength(1);
    const ambient = fake.ambient()!;
    expect(ambient.plays).toBe(1);
    expect(ambient.options.loop).toBe(true);
    expect(ambient.options.volume).toBeLessThanOrEqual(0.3);
    expect(ambient.options.volume).toBeGreaterThan(0);
    const wav = decodeDataUri(ambient.options.src[0]!);
    const sampleRate = wav.readUInt32LE(24);
    expect(wav.readUInt32LE(40) / 2 / sampleRate).toBeCloseTo(12, 1);
  });
});

describe('the ambient render', () => {
  it('renders the pad after startAmbient() returns, then plays exactly what the synthesizer makes', async () => {
    const fake = fakeHowler();
    const sound = createSystem({ howler: fake.howler, store: memoryStore() });
    sound.startAmbient();
    sound.startAmbient();
    expect(fake.ambient()).toBeUndefined();

    await vi.waitFor(() => expect(fake.ambient()?.plays).toBe(1));
    const immediate = fakeHowler();
    createSoundSystem({ howler: immediate.howler, store: memoryStore() }).startAmbient();
    expect(fake.ambient()!.options.src).toEqual(immediate.ambient()!.options.src);
    expect(fake.howls).toHaveLength(1);
  });

  it('does not start the pad if the player muted while it rendered, and starts it on unmute', async () => {
    const fake = fakeHowler();
    let finish: (samples: Float32Array) => void = () => undefined;
    const rendered = new Promise<Float32Array>((resolve) => (finish = resolve));
    const sound = createSystem({ howler: fake.howler, store: memoryStore(), renderAmbient: () => rendered });
    sound.startAmbient();
    sound.setMuted(true);
    finish(renderAmbient(11025));
    await rendered;
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(fake.ambient()).toBeUndefined();

    sound.setMuted(false);
    expect(fake.ambient()?.plays).toBe(1);
  });

  it('goes unavailable, without throwing, if the render fails', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const sound = createSystem({
      howler: fakeHowler().howler,
      store: memoryStore(),
      renderAmbient: () => Promise.reject(new Error('render failed')),
    });
    sound.startAmbient();
    await vi.waitFor(() => expect(sound.status()).toBe('unavailable'));
    warn.mockRestore();
  });
});

describe('play errors (HTML5 audio before a gesture)', () => {
  it('reports locked and restarts the ambient once audio unlocks, but does not replay stale cues', () => {
    const fake = fakeHowler();
    fake.global.ctx = null;
    const sound = createSoundSystem({ howler: fake.howler, store: memoryStore() });
    sound.startAmbient();
    sound.play('paper');
    const ambient = fake.ambient()!;
    const paper = fake.cues()[0]!;
    ambient.options.onplayerror(1, 'NotAllowedError');
    paper.options.onplayerror(2, 'NotAllowedError');
    expect(sound.status()).toBe('locked');

    fake.unlock();

    expect(sound.status()).toBe('playing');
    expect(ambient.plays).toBe(2);
    expect(paper.plays).toBe(1);
  });

  it('retries only once per play error', () => {
    const fake = fakeHowler();
    const sound = createSoundSystem({ howler: fake.howler, store: memoryStore() });
    sound.startAmbient();
    const ambient = fake.ambient()!;
    ambient.options.onplayerror(1, 'NotAllowedError');
    fake.unlock();
    fake.unlock();
    expect(ambient.plays).toBe(2);
  });

  it('does not restart the ambient on unlock if it was muted meanwhile', () => {
    const fake = fakeHowler();
    const sound = createSoundSystem({ howler: fake.howler, store: memoryStore() });
    sound.startAmbient();
    const ambient = fake.ambient()!;
    ambient.options.onplayerror(1, 'NotAllowedError');
    sound.setMuted(true);
    fake.unlock();
    expect(ambient.plays).toBe(1);
  });
});

describe('failures never reach the game', () => {
  it('goes unavailable when the Howl constructor throws, and stays quiet and safe afterwards', () => {
    const fake = fakeHowler({ throwOnCreate: true });
    const sound = createSoundSystem({ howler: fake.howler, store: memoryStore() });
    const changes = recordChanges(sound);

    expect(() => sound.play('tick')).not.toThrow();
    expect(sound.status()).toBe('unavailable');
    expect(changes).toEqual([['unavailable', false]]);

    expect(() => {
      sound.play('bell');
      sound.startAmbient();
      sound.setMuted(true);
      sound.toggleMute();
    }).not.toThrow();
    expect(sound.status()).toBe('unavailable');
    expect(warn).toHaveBeenCalledTimes(1);
  });

  it('goes unavailable when play throws', () => {
    const fake = fakeHowler({ throwOnPlay: true });
    const sound = createSoundSystem({ howler: fake.howler, store: memoryStore() });
    expect(() => sound.startAmbient()).not.toThrow();
    expect(sound.status()).toBe('unavailable');
    expect(() => sound.play('tick')).not.toThrow();
    expect(fake.howls).toHaveLength(1);
  });

  it('goes unavailable on a load error and stops trying', () => {
    const fake = fakeHowler();
    const sound = createSoundSystem({ howler: fake.howler, store: memoryStore() });
    sound.play('tick');
    fake.howls[0]!.options.onloaderror(1001, 'Decoding audio data failed.');
    sound.play('tick');
    sound.play('paper');
    expect(sound.status()).toBe('unavailable');
    expect(fake.howls).toHaveLength(1);
    expect(fake.howls[0]!.plays).toBe(1);
  });

  it('survives a listener that throws and lets listeners unsubscribe', () => {
    const fake = fakeHowler();
    const sound = createSoundSystem({ howler: fake.howler, store: memoryStore() });
    sound.onChange(() => {
      throw new Error('listener bug');
    });
    const later = vi.fn();
    const unsubscribe = sound.onChange(later);

    expect(() => sound.play('tick')).not.toThrow();
    expect(later).toHaveBeenCalledWith('locked', false);
    unsubscribe();
    sound.toggleMute();
    expect(later).toHaveBeenCalledTimes(1);
  });
});

describe('muting', () => {
  it('toggleMute returns the new state and stops every sound', () => {
    const fake = fakeHowler();
    const sound = createSoundSystem({ howler: fake.howler, store: memoryStore() });
    sound.startAmbient();
    sound.play('tick');

    expect(sound.toggleMute()).toBe(true);
    expect(sound.muted).toBe(true);
    expect(sound.status()).toBe('muted');
    expect(fake.global.muteCalls.at(-1)).toBe(true);
    expect(fake.howls.every((howl) => howl.stops >= 1)).toBe(true);

    expect(sound.toggleMute()).toBe(false);
    expect(sound.muted).toBe(false);
    expect(fake.global.muteCalls.at(-1)).toBe(false);
  });

  it('plays nothing while muted and brings the ambient back when unmuted', () => {
    const fake = fakeHowler();
    const sound = createSoundSystem({ howler: fake.howler, store: memoryStore() });
    sound.startAmbient();
    sound.setMuted(true);
    sound.play('tick');
    sound.startAmbient();

    expect(fake.cues()).toHaveLength(0);
    expect(fake.ambient()!.plays).toBe(1);

    sound.setMuted(false);
    expect(fake.ambient()!.plays).toBe(2);
    expect(sound.status()).toBe('locked');
  });

  it('persists the choice under crossroads.muted and restores it', () => {
    const store = memoryStore();
    const first = createSoundSystem({ howler: fakeHowler().howler, store });
    first.setMuted(true);
    expect(store.data.get(MUTED_KEY)).toBe('1');

    const fake = fakeHowler();
    const second = createSoundSystem({ howler: fake.howler, store });
    expect(second.muted).toBe(true);
    expect(second.status()).toBe('muted');
    second.startAmbient();
    second.play('bell');
    expect(fake.howls).toHaveLength(0);

    expect(second.toggleMute()).toBe(false);
    expect(store.data.get(MUTED_KEY)).toBe('0');
    expect(fake.ambient()!.plays).toBe(1);
  });

  it('starts unmuted for any stored value other than the muted flag', () => {
    const sound = createSoundSystem({
      howler: fakeHowler().howler,
      store: memoryStore({ [MUTED_KEY]: '0' }),
    });
    expect(sound.muted).toBe(false);
  });

  it('notifies listeners of mute changes', () => {
    const sound = createSoundSystem({ howler: fakeHowler().howler, store: memoryStore() });
    const changes = recordChanges(sound);
    sound.setMuted(true);
    sound.setMuted(true);
    sound.setMuted(false);
    expect(changes).toEqual([
      ['muted', true],
      ['idle', false],
    ]);
  });

  it('keeps working for the session when the store throws on get and set', () => {
    const fake = fakeHowler();
    let sound: ReturnType<typeof createSoundSystem> | undefined;
    expect(() => {
      sound = createSoundSystem({ howler: fake.howler, store: throwingStore() });
    }).not.toThrow();
    expect(sound!.muted).toBe(false);

    expect(sound!.toggleMute()).toBe(true);
    expect(sound!.status()).toBe('muted');
    expect(sound!.toggleMute()).toBe(false);
    sound!.play('tick');
    expect(sound!.status()).toBe('locked');
  });
});
