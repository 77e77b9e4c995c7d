import { describe, expect, it } from 'vitest';
import { ContentCatalog } from '../../../src/content/catalog';
import { COMPARISON_KEY, SAVE_KEY, Session, type SessionChange } from '../../../src/app/session';
import { memoryStore } from '../support/memory-storage';

function sessionOn(store = memoryStore()) {
  const catalog = ContentCatalog.open();
  if (!catalog.ok) throw new Error(JSON.stringify(catalog.error));
  const session = new Session(catalog.value, store);
  const heard: SessionChange[] = [];
  session.subscribe((change) => heard.push(change));
  return { session, store, heard };
}

async function choose(session: Session, option: number) {
  const place = await session.place();
  if (!place.ok || place.value.kind !== 'decision') throw new Error('no decision to make');
  const chosen = session.choose(place.value.decision.options[option]!.id);
  if (!chosen.ok) throw new Error('the choice was refused');
  return chosen.value;
}

/** A session three choices into a two-chapter run. */
async function playedThrice() {
  const played = sessionOn();
  await played.session.start(77, ['ch01', 'ch02']);
  for (const option of [0, 2, 1]) await choose(played.session, option);
  return played;
}

describe('Session.subscribe', () => {
  it('is called once for each change, with the run and the meter changes of a choice', async () => {
    const { session, heard } = sessionOn();
    await session.start(5, ['ch01']);
    expect(heard).toEqual([{ state: session.state, changes: [] }]);

    const outcome = await choose(session, 0);
    expect(outcome.changes.length).toBeGreaterThan(0);
    expect(heard).toHaveLength(2);
    expect(heard[1]).toEqual({ state: outcome.state, changes: outcome.changes });

    session.recordCheck('before', { q1: true });
    expect(heard).toHaveLength(3);
    expect(heard[2]!.state?.checks?.before).toEqual({ q1: true });

    expect(session.branchAt(0).ok).toBe(true);
    expect(heard).toHaveLength(4);
    expect(heard[3]!.state).toBe(session.state);
  });

  it('is not called for what changes nothing, nor for a refused choice', async () => {
    const { session, heard } = sessionOn();
    await session.start(5, ['ch01']);
    session.reviewing('Debrief');
    session.resumeCode();
    session.comparison();
    expect(session.choose('no-such-option').ok).toBe(false);
    expect(heard).toHaveLength(1);
  });

  it('stops calling a listener once it unsubscribes, and keeps calling the others', async () => {
    const { session, heard } = sessionOn();
    const other: SessionChange[] = [];
    const stop = session.subscribe((change) => other.push(change));
    await session.start(5, ['ch01']);
    stop();
    await choose(session, 0);
    expect(other).toHaveLength(1);
    expect(heard).toHaveLength(2);
  });

  it('hears a resume, a restore from a code, and an earlier run made the saved one', async () => {
    const { session: played, store } = await playedThrice();
    const code = played.resumeCode()!;

    const resumed = sessionOn(store);
    await resumed.session.resume();
    expect(resumed.heard).toEqual([{ state: resumed.session.state, changes: [] }]);

    const restored = sessionOn();
    await restored.session.restoreFromCode(code);
    expect(restored.heard).toEqual([{ state: restored.session.state, changes: [] }]);

    // A new game keeps the run of three choices among the earlier ones; restoring it clears the run in memory.
    await resumed.session.start(8, ['ch01']);
    const [earlier] = resumed.session.earlierRuns();
    expect(resumed.session.restoreEarlier(earlier!.key)).toBe(true);
    expect(resumed.heard.at(-1)).toEqual({ state: null, changes: [] });
    expect(resumed.heard).toHaveLength(3);
  });
});

describe('Session.branchAt', () => {
  it('goes back to just before the choice, replays those before it, and keeps the whole run to compare', async () => {
    const { session, store } = await playedThrice();
    const whole = session.state!;
    const history = [...session.history];

    const branched = session.branchAt(1);
    expect(branched.ok).toBe(true);
    expect(session.history).toEqual(history.slice(0, 1));
    expect(session.state).toEqual(history[0]!.state);
    expect(session.state!.meters).toEqual(history[0]!.state.meters);
    expect(store.values.get(COMPARISON_KEY)).toBeTruthy();
    expect(session.comparison()).toEqual(whole);
  });

  it('at the first choice goes back to the start of the run', async () => {
    const { session } = await playedThrice();
    const fresh = sessionOn();
    await fresh.session.start(77, ['ch01', 'ch02']);
    expect(session.branchAt(0).ok).toBe(true);
    expect(session.history).toEqual([]);
    expect(session.state).toEqual(fresh.session.state);
  });

  it('keeps the answers before the campaign and asks the ones after it again', async () => {
    const { session } = await playedThrice();
    session.recordCheck('before', { a: true });
    session.recordCheck('after', { a: false });
    expect(session.branchAt(2).ok).toBe(true);
    expect(session.state!.checks).toEqual({ before: { a: true } });
  });

  it('refuses with no run in memory, and then saves nothing', () => {
    const { session, store, heard } = sessionOn();
    expect(session.branchAt(0).ok).toBe(false);
    expect(store.values.size).toBe(0);
    expect(heard).toEqual([]);
  });
});

describe('Session.comparison', () => {
  it('is null before any branch, and again once cleared', async () => {
    const { session } = await playedThrice();
    expect(session.comparison()).toBeNull();
    session.branchAt(2);
    expect(session.comparison()).not.toBeNull();
    session.clearComparison();
    expect(session.comparison()).toBeNull();
  });

  it('is null for a run of another seed, and a new game forgets it', async () => {
    const { session, store } = await playedThrice();
    session.branchAt(1);
    const kept = store.values.get(COMPARISON_KEY)!;
    await session.start(78, ['ch01', 'ch02']);
    expect(store.values.has(COMPARISON_KEY)).toBe(false);
    store.values.set(COMPARISON_KEY, kept);
    expect(session.comparison()).toBeNull();
  });

  it('survives a reload: a resumed branch still has the run it branched from', async () => {
    const { session, store } = await playedThrice();
    const whole = session.state!;
    session.branchAt(1);
    const reloaded = sessionOn(store);
    expect((await reloaded.session.resume()).ok).toBe(true);
    expect(reloaded.session.comparison()).toEqual(whole);
  });
});

describe('Session.resume', () => {
  it('replays the saved run to the same state and history, without saving it again', async () => {
    const { session, store } = await playedThrice();
    const saved = store.values.get(SAVE_KEY);
    const reloaded = sessionOn(store);
    const resumed = await reloaded.session.resume();
    expect(resumed).toEqual({ ok: true, value: session.state });
    expect(reloaded.session.history).toEqual(session.history);
    expect(store.values.get(SAVE_KEY)).toBe(saved);
  });

  it('with nothing saved fails and changes nothing', async () => {
    const { session, heard } = sessionOn();
    expect((await session.resume()).ok).toBe(false);
    expect(session.state).toBeNull();
    expect(heard).toEqual([]);
  });
});

describe('Session.restoreFromCode', () => {
  it('keeps the run it replaces among the earlier runs, and forgets nothing else', async () => {
    const source = await playedThrice();
    const code = source.session.resumeCode()!;
    const { session, store } = await playedThrice();
    await session.start(99, ['ch01']);
    await choose(session, 0);
    const before = session.earlierRuns().length;
    const restored = await session.restoreFromCode(code);
    expect(restored.ok && restored.value.seed).toBe(77);
    expect(session.earlierRuns()).toHaveLength(before + 1);
    expect(store.values.get(SAVE_KEY)).toBeTruthy();
  });

  it('does not call listeners when the code is refused', async () => {
    const { session, heard } = sessionOn();
    expect((await session.restoreFromCode('not a code')).ok).toBe(false);
    expect(heard).toEqual([]);
  });
});
