import type { KeyValueStore } from '../platform/storage';

/** Runs a new game or a code replaced, newest last; the title offers to restore them. */
export const EARLIER_PREFIX = 'crossroads.save.earlier.';
/** Saves that could not be used, kept as they were for whoever can read them. */
export const UNREADABLE_PREFIX = 'crossroads.save.unreadable.';

const LIMITS: Readonly<Record<string, number>> = { [EARLIER_PREFIX]: 3, [UNREADABLE_PREFIX]: 5 };

/** The kept copies under `prefix`, oldest first (the keys end in the time they were kept). */
export function keptKeys(store: KeyValueStore, prefix: string): string[] {
  return store.keys(prefix);
}

/** When the copy under `key` was kept. */
export function keptAt(key: string, prefix: string): Date {
  return new Date(key.slice(prefix.length).replace(/~\d+$/, ''));
}

/**
 * Keeps a copy of a save under a key of its own, then lets go of the oldest copies over the limit. False when the
 * browser refused the copy: then nothing was let go, and the caller must not overwrite the original.
 */
export function keepCopy(store: KeyValueStore, prefix: string, text: string, now = new Date()): boolean {
  const stamp = now.toISOString();
  let key = `${prefix}${stamp}`;
  for (let n = 2; store.get(key) !== null; n++) key = `${prefix}${stamp}~${n}`;
  if (!store.set(key, text)) return false;
  const keys = keptKeys(store, prefix);
  for (const old of keys.slice(0, Math.max(0, keys.length - (LIMITS[prefix] ?? 3)))) store.remove(old);
  return true;
}
