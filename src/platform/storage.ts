export interface KeyValueStore {
  /** False while the browser refuses new writes (private mode, blocked cookies, a full disk). */
  readonly available: boolean;
  /** True when what is stored can be read, even while new writes fail (a full disk). */
  readonly readable: boolean;
  get(key: string): string | null;
  set(key: string, value: string): boolean;
  remove(key: string): void;
  /** The stored keys that start with `prefix`, in sorted order. */
  keys(prefix: string): string[];
}

function canWrite(storage: Storage): boolean {
  const key = 'crossroads.probe';
  try {
    storage.setItem(key, '1');
    storage.removeItem(key);
    return true;
  } catch {
    return false;
  }
}

function canRead(storage: Storage): boolean {
  try {
    storage.getItem('crossroads.probe');
    return true;
  } catch {
    return false;
  }
}

/**
 * localStorage behind a guard: every call survives a browser that throws, and says whether it worked. A storage
 * that refuses writes (a full disk) stays readable, so a game saved earlier can still be continued.
 */
export function createStore(getStorage: () => Storage = () => window.localStorage): KeyValueStore {
  let storage: Storage | null = null;
  try {
    const candidate = getStorage();
    if (canRead(candidate)) storage = candidate;
  } catch {
    storage = null;
  }
  let writable = storage !== null && canWrite(storage);
  return {
    get available() {
      return writable;
    },
    readable: storage !== null,
    get(key) {
      try {
        return storage?.getItem(key) ?? null;
      } catch {
        return null;
      }
    },
    set(key, value) {
      if (!storage) return false;
      try {
        storage.setItem(key, value);
        writable = true;
      } catch {
        writable = false;
      }
      return writable;
    },
    remove(key) {
      try {
        storage?.removeItem(key);
      } catch {
        // Nothing to lose: the key is unreadable anyway.
      }
    },
    keys(prefix) {
      try {
        if (!storage) return [];
        const found: string[] = [];
        for (let index = 0; index < storage.length; index++) {
          const key = storage.key(index);
          if (key?.startsWith(prefix)) found.push(key);
        }
        return found.sort();
      } catch {
        return [];
      }
    },
  };
}
