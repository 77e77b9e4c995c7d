import type { KeyValueStore } from '../platform/storage';

/** How the teacher set up the lesson on the run-sheet; solo play uses the defaults. */
export interface ClassroomSettings {
  mode: 'solo' | 'class';
  /** Chapters to play, in campaign order; null plays them all. */
  chapters: string[] | null;
  /** Whether a debrief opens at once or waits for the teacher's key. */
  debrief: 'auto' | 'teacher';
  /** Leave out casualty details and descriptions of injuries. */
  hideSensitive: boolean;
  /** Include the knowledge check before and after the campaign. */
  check: boolean;
  /** Discussion timer on each decision, in minutes; 0 for none. */
  timerMinutes: number;
}

export const SOLO: ClassroomSettings = {
  mode: 'solo',
  chapters: null,
  debrief: 'auto',
  hideSensitive: false,
  check: true,
  timerMinutes: 0,
};

/** Ready selections for one lesson: the chapters that carry the crisis in 45 and in 90 minutes. */
export const LESSON_PLANS: Readonly<Record<'45' | '90', readonly string[]>> = {
  '45': ['ch01', 'ch04', 'ch08'],
  '90': ['ch00', 'ch01', 'ch02', 'ch04', 'ch05', 'ch07', 'ch08'],
};

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
