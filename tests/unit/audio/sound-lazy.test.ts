import { readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeHowler, memoryStore } from './fake-howler';

// These tests leave out the injected howler, so the system has to fetch the real module itself.

async function loadSoundModule() {
  vi.resetModules();
  return import('../../../src/audio/sound');
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

let warn: ReturnType<typeof vi.spyOn>;
beforeEach(() => {
  warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
});
afterEach(() => {
  vi.doUnmock('howler');
  warn.mockRestore();
});

describe('loading howler lazily', () => {
  it('keeps howler out of the static imports so it stays out of the first-screen bundle', () => {
    const source = readFileSync(new URL('../../../src/audio/sound.ts', import.meta.url), 'utf8');
    expect(source).not.toMatch(/^import\s+(?!type\b)[^;]*['"]howler['"]/m);
    expect(source).toMatch(/import\(\s*['"]howler['"]\s*\)/);
  });

  it('fetches howler on the first play and then plays what was asked', async () => {
    const fake = fakeHowler();
    vi.doMock('howler', () => fake.howler);
    const { createSoundSystem } = await loadSoundModule();
    const sound = createSoundSystem({ store: memoryStore() });

    sound.play('tick');
    sound.startAmbient();
    expect(fake.howls).toHaveLength(0);
    expect(sound.status()).toBe('idle');

    await vi.waitFor(() => expect(fake.howls).toHaveLength(2));
    expect(fake.howls.map((howl) => howl.plays)).toEqual([1, 1]);
    expect(sound.status()).toBe('locked');
    expect(fake.global.muteCalls).toEqual([false]);
  });

  it('prepare() fetches howler and renders the pad ahead, and the first sound then plays at once', async () => {
    const fake = fakeHowler();
    vi.doMock('howler', () => fake.howler);
    const { createSoundSystem } = await loadSoundModule();
    let renders = 0;
    const sound = createSoundSystem({
      store: memoryStore(),
      renderAmbient: () => {
        renders += 1;
        return Promise.resolve(new Float32Array(64));
      },
    });

    sound.prepare();
    await settle();
    expect(renders).toBe(1);
    // No audio context before the first sound: the library is only fetched.
    expect(fake.global.muteCalls).toEqual([]);

    sound.play('tick');
    expect(fake.howls).toHaveLength(1);
    expect(fake.global.muteCalls).toEqual([false]);
    sound.startAmbient();
    await vi.waitFor(() => expect(fake.howls).toHaveLength(2));
    expect(renders).toBe(1);
  });

  it('does not fetch howler at all while muted', async () => {
    let imported = false;
    vi.doMock('howler', () => {
      imported = true;
      return fakeHowler().howler;
    });
    const { createSoundSystem, MUTED_KEY } = await loadSoundModule();
    const sound = createSoundSystem({ store: memoryStore({ [MUTED_KEY]: '1' }) });
    sound.startAmbient();
    sound.play('tick');
    await settle();
    expect(imported).toBe(false);
  });

  it('drops what was queued if muted before howler arrives', async () => {
    const fake = fakeHowler();
    vi.doMock('howler', () => fake.howler);
    const { createSoundSystem } = await loadSoundModule();
    const sound = createSoundSystem({ store: memoryStore() });
    sound.startAmbient();
    sound.play('tick');
    sound.setMuted(true);

    await settle();
    await settle();
    expect(fake.howls.reduce((plays, howl) => plays + howl.plays, 0)).toBe(0);
    expect(sound.status()).toBe('muted');
  });

  it('goes unavailable, without throwing, if howler cannot be loaded', async () => {
    vi.doMock('howler', () => {
      throw new Error('Failed to fetch dynamically imported module');
    });
    const { createSoundSystem } = await loadSoundModule();
    const sound = createSoundSystem({ store: memoryStore() });

    expect(() => sound.play('tick')).not.toThrow();
    await vi.waitFor(() => expect(sound.status()).toBe('unavailable'));
    expect(() => sound.startAmbient()).not.toThrow();
  });

  it('ends up unavailable with the real howler where there is no audio at all (Node)', async () => {
    const { createSoundSystem } = await loadSoundModule();
    const sound = createSoundSystem({ store: memoryStore() });

    expect(() => sound.play('bell')).not.toThrow();
    await vi.waitFor(() => expect(sound.status()).toBe('unavailable'));
    expect(warn).toHaveBeenCalledWith(expect.any(String), 'No audio support.');
  });
});
