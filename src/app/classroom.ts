import type { KeyValueStore } from '../platform/storage';
import { SOLO, type ClassroomSettings } from '../content/classroom';

const KEY = 'crossroads.classroom';

export function loadClassroom(store: KeyValueStore): ClassroomSettings {
  try {
    const saved = JSON.parse(store.get(KEY) ?? 'null') as Partial<ClassroomSettings> | null;
    if (!saved || typeof saved !== 'object') return SOLO;
    return {
      mode: saved.mode === 'class' ? 'class' : 'solo',
      chapters: Array.isArray(saved.chapters) ? saved.chapters.filter((id) => typeof id === 'string') : null,
      debrief: saved.debrief === 'teacher' ? 'teacher' : 'auto',
      hideSensitive: saved.hideSensitive === true,
      check: saved.check !== false,
      timerMinutes: Number.isInteger(saved.timerMinutes) ? Math.min(30, Math.max(0, saved.timerMinutes!)) : 0,
    };
  } catch {
    return SOLO;
  }
}

export function saveClassroom(store: KeyValueStore, settings: ClassroomSettings): void {
  store.set(KEY, JSON.stringify(settings));
}
