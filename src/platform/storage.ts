export interface KeyValueStore {
  /** False when the browser refuses storage (private mode, blocked cookies, full disk). */
  readonly available: boolean;
  get(key: string): string | null;
  set(key: string, value: string): boolean;
  remove(key: string): void;
}

function probe(storage: Storage): boolean {
  const key = 'crossroads.probe';
  storage.setItem(key, '1');
  storage.removeItem(key);
  return true;
}

/** localStorage behind a guard: every call survives a browser that throws, and says whether it worked. */
export function createStore(getStorage: () => Storage = () => window.localStorage): KeyValueStore {
  let storage: Storage | null = null;
  try {
    const candidate = getStorage();
    if (probe(candidate)) storage = candidate;
  } catch {
    storage = null;
  }
  return {
    available: storage !== null,
    get(key) {
      try {
        return storage?.getItem(key) ?? null;
      } catch {
        return null;
      }
    },
    set(key, value) {
      try {
        if (!storage) return false;
        storage.setItem(key, value);
        return true;
      } catch {
        return false;
      }
    },
    remove(key) {
      try {
        storage?.removeItem(key);
      } catch {
        // Nothing to lose: the key is unreadable anyway.
      }
    },
  };
}
