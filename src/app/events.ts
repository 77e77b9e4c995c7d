import type { MeterChange } from '../engine';
import type { ShownConsequences } from '../engine';

export interface AppEventMap {
  /** Meter values now, and the changes that led there (empty when values are simply shown). */
  meters: { meters: Record<string, number>; changes: MeterChange[] };
  /** What the last choice did, for the stage to hold until the player moves on; null when they have. */
  consequences: { shown: ShownConsequences | null };
  /** What the map should show: the places to focus on and an optional route. */
  focus: { places: string[]; route: string[] };
  screen: { name: string };
  motion: { reduced: boolean };
  language: { language: string };
}

type Listener<T> = (payload: T) => void;

/** The one channel between scenes, the stage, the DOM layer and the test hook. */
export class AppEvents {
  private readonly listeners = new Map<keyof AppEventMap, Set<Listener<never>>>();

  on<K extends keyof AppEventMap>(name: K, listener: Listener<AppEventMap[K]>): () => void {
    const set = this.listeners.get(name) ?? new Set();
    set.add(listener as Listener<never>);
    this.listeners.set(name, set);
    return () => set.delete(listener as Listener<never>);
  }

  emit<K extends keyof AppEventMap>(name: K, payload: AppEventMap[K]): void {
    for (const listener of this.listeners.get(name) ?? []) (listener as Listener<AppEventMap[K]>)(payload);
  }
}
