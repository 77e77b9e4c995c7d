import { describe, expect, it } from 'vitest';
import { EARLIER_PREFIX, keepCopy, UNREADABLE_PREFIX } from '../../../src/app/kept-saves';
import { REVIEW_KEY, SAVE_KEY, Session } from '../../../src/app/session';
import { ContentCatalog } from '../../../src/content/catalog';
import { createStore, type KeyValueStore } from '../../../src/platform/storage';
import { MemoryStorage } from '../support/memory-storage';

/** The network, as the catalog sees it: offline, every download of content fails. */
const network = { online: true };

function sessionOn(storage: MemoryStorage, saved: boolean[] = []) {
  const catalog = ContentCatalog.open(async () => {
    if (!network.online) throw new TypeError('Failed to fetch dynamically imported module');
  });
  if (!catalog.ok) throw new Error(JSON.stringify(catalog.error));
  const store = createStore(() => storage as unknown as Storage);
  return { session: new Session(catalog.value, store, (ok) => saved.push(ok)), store };
}

async function chooseFirst(session: Session): Promise<void> {
  const place = await session.place();
  if (!place.ok || place.value.kind !== 'decision') throw new Error('no decision to make');
  const chosen = session.choose(place.value.decision.options[0]!.id);
  if (!chosen.ok) throw new Error('the choice was refused');
}

/** A browser with a run two chapters long saved in it, one choice in. */
async function browserWithRun(): Promise<MemoryStorage> {
  const storage = new MemoryStorage();
  const { session } = sessionOn(storage);
  await session.start(42, ['ch01', 'ch02']);
  await chooseFirst(session);
  return storage;
}

const keysOf = (store: KeyValueStore, prefix: string) => store.keys(prefix);

describe('a saved run is never lost without the player', () => {
  it('offline, Continue fails with "offline" and keeps the save; once online it resumes', async () => {
    const storage = await browserWithRun();
    const saved = storage.getItem(SAVE_KEY);
    const { session, store } = sessionOn(storage);
    network.online = false;
    try {
      const resumed = await session.resume();
      expect(!resumed.ok && resumed.error.kind).toBe('offline');
      expect(storage.getItem(SAVE_KEY)).toBe(saved);
      expect(session.savedRunStatus()).toEqual({ kind: 'ready', progress: true });
      expect(keysOf(store, UNREADABLE_PREFIX)).toEqual([]);
    } finally {
      network.online = true;
    }
    const retried = await session.resume();
    expect(retried.ok && retried.value.history).toHaveLength(1);
  });

  it('a new game after a failed Continue keeps the old run among the earlier games', async () => {
    const storage = await browserWithRun();
    const saved = storage.getItem(SAVE_KEY);
    const { session, store } = sessionOn(storage);
    await session.start(7, ['ch01']);
    expect(storage.getItem(SAVE_KEY)).not.toBe(saved);
    const [kept] = keysOf(store, EARLIER_PREFIX);
    expect(kept && storage.getItem(kept)).toBe(saved);
    expect(session.earlierRuns()).toMatchObject([{ key: kept, choices: 1, chapters: 2 }]);
  });

  it('a save whose choices no longer fit the content is set aside when Continue fails, so nothing replaces it', async () => {
    const storage = new MemoryStorage();
    const unfit = JSON.stringify({
      format: 'crossroads-save',
      version: 2,
      scenario: { id: 'baku-desk', version: 1 },
      seed: 3,
      plan: ['ch01'],
      choices: ['an-option-the-chapters-no-longer-have'],
    });
    const { session, store } = sessionOn(storage);
    storage.setItem(SAVE_KEY, unfit);
    const resumed = await session.resume();
    expect(!resumed.ok && resumed.error.kind).toBe('unplayable');
    expect(storage.getItem(SAVE_KEY)).toBeNull();
    const [aside] = keysOf(store, UNREADABLE_PREFIX);
    expect(aside && storage.getItem(aside)).toBe(unfit);
    await session.start(8, ['ch01']);
    expect(aside && storage.getItem(aside)).toBe(unfit);
  });

  it('a chapter plan naming `__proto__` is refused as a missing chapter, not a crash', async () => {
    const storage = new MemoryStorage();
    const { session, store } = sessionOn(storage);
    const loaded = await session.catalog.loadChapters(['__proto__']);
    expect(!loaded.ok && loaded.error[0]?.message).toMatch(/missing/);
    const save = JSON.stringify({
      format: 'crossroads-save',
      version: 2,
      scenario: { id: session.catalog.scenario.id, version: 1 },
      seed: 3,
      plan: ['__proto__'],
      choices: ['x'],
    });
    storage.setItem(SAVE_KEY, save);
    const resumed = await session.resume();
    expect(!resumed.ok && resumed.error.kind).toBe('content');
    expect(keysOf(store, UNREADABLE_PREFIX).map((key) => storage.getItem(key))).toEqual([save]);
  });

  it('unreadable saves set aside one after another are all kept, up to five', async () => {
    const storage = new MemoryStorage();
    const { session, store } = sessionOn(storage);
    for (const n of [1, 2]) {
      storage.setItem(SAVE_KEY, `{"damaged": ${n}`);
      await session.start(n, ['ch01']);
    }
    expect(keysOf(store, UNREADABLE_PREFIX).map((key) => storage.getItem(key))).toEqual([
      '{"damaged": 1',
      '{"damaged": 2',
    ]);
    const at = (minute: number) => new Date(Date.UTC(2030, 0, 1, 0, minute));
    for (const minute of [1, 2, 3, 4, 5]) keepCopy(store, UNREADABLE_PREFIX, `later ${minute}`, at(minute));
    const kept = keysOf(store, UNREADABLE_PREFIX).map((key) => storage.getItem(key));
    expect(kept).toEqual(['later 1', 'later 2', 'later 3', 'later 4', 'later 5']);
  });

  it('keeps the last three replaced runs, and restoring one keeps the run in progress in its place', async () => {
    const storage = new MemoryStorage();
    const { session, store } = sessionOn(storage);
    for (const seed of [1, 2, 3, 4, 5]) {
      await session.start(seed, ['ch01']);
      await chooseFirst(session);
    }
    const seeds = () =>
      keysOf(store, EARLIER_PREFIX).map(
        (key) => (JSON.parse(storage.getItem(key)!) as { seed: number }).seed,
      );
    expect(seeds()).toEqual([2, 3, 4]);
    const oldest = keysOf(store, EARLIER_PREFIX)[0]!;
    expect(session.restoreEarlier(oldest)).toBe(true);
    expect((JSON.parse(storage.getItem(SAVE_KEY)!) as { seed: number }).seed).toBe(2);
    expect(seeds().sort()).toEqual([3, 4, 5]);
    const resumed = await session.resume();
    expect(resumed.ok && resumed.value.seed).toBe(2);
  });

  it('when the copy cannot be kept (a full disk), the saved run is not overwritten and the player hears of it', async () => {
    const storage = await browserWithRun();
    const saved = storage.getItem(SAVE_KEY);
    const heard: boolean[] = [];
    const { session } = sessionOn(storage, heard);
    storage.full = true;
    await session.start(9, ['ch01']);
    await chooseFirst(session);
    expect(storage.getItem(SAVE_KEY)).toBe(saved);
    expect(heard).toEqual([false, false]);
    storage.full = false;
    await chooseFirst(session);
    expect(heard.at(-1)).toBe(true);
    expect(storage.getItem(SAVE_KEY)).not.toBe(saved);
  });
});

describe('a reload returns to the results of the last choice', () => {
  it('remembers the consequences, then the debrief, and forgets them once the player moves on', async () => {
    const storage = await browserWithRun();
    const reloaded = () => sessionOn(storage).session;
    let session = reloaded();
    await session.resume();
    expect(session.pendingReview).toBe('Consequences');
    session.reviewing('Debrief');
    session = reloaded();
    await session.resume();
    expect(session.pendingReview).toBe('Debrief');
    session.reviewing(null);
    expect(storage.getItem(REVIEW_KEY)).toBeNull();
    session = reloaded();
    await session.resume();
    expect(session.pendingReview).toBeNull();
  });
});
