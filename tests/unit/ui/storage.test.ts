import { describe, expect, it } from 'vitest';
import { createStore } from '../../../src/platform/storage';
import { MemoryStorage } from '../support/memory-storage';

describe('guarded storage', () => {
  it('stores and reads when the browser allows it', () => {
    const store = createStore(() => new MemoryStorage() as Storage);
    expect(store.available).toBe(true);
    expect(store.set('k', 'v')).toBe(true);
    expect(store.get('k')).toBe('v');
    store.remove('k');
    expect(store.get('k')).toBeNull();
  });

  it('says storage is unavailable, and never throws, when the browser refuses it', () => {
    const store = createStore(() => {
      throw new DOMException('denied', 'SecurityError');
    });
    expect(store.available).toBe(false);
    expect(store.set('k', 'v')).toBe(false);
    expect(store.get('k')).toBeNull();
    expect(() => store.remove('k')).not.toThrow();
  });

  it('a full disk still lets what is stored be read, and says that new writes fail', () => {
    const storage = new MemoryStorage();
    storage.setItem('crossroads.save', 'the run');
    storage.setItem = () => {
      throw new DOMException('full', 'QuotaExceededError');
    };
    const store = createStore(() => storage as unknown as Storage);
    expect(store.readable).toBe(true);
    expect(store.available).toBe(false);
    expect(store.get('crossroads.save')).toBe('the run');
    expect(store.keys('crossroads.')).toEqual(['crossroads.save']);
    expect(store.set('crossroads.save', 'another run')).toBe(false);
    expect(store.get('crossroads.save')).toBe('the run');
  });

  it('says new writes work again once one succeeds', () => {
    const storage = new MemoryStorage();
    const write = storage.setItem.bind(storage);
    let full = true;
    storage.setItem = (key: string, value: string) => {
      if (full) throw new DOMException('full', 'QuotaExceededError');
      write(key, value);
    };
    const store = createStore(() => storage as unknown as Storage);
    expect(store.available).toBe(false);
    full = false;
    expect(store.set('k', 'v')).toBe(true);
    expect(store.available).toBe(true);
  });

  it('reports a failed write (a full disk) without throwing', () => {
    const storage = new MemoryStorage();
    const store = createStore(() => storage as unknown as Storage);
    storage.setItem = () => {
      throw new DOMException('full', 'QuotaExceededError');
    };
    expect(store.set('k', 'v')).toBe(false);
  });
});
