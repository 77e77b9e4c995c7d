import lessonPlans from './data/lesson-plans.json';

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

/** A ready selection for one lesson: the chapters that carry the crisis, and whether the knowledge check fits. */
export interface LessonPlan {
  chapters: readonly string[];
  check: boolean;
}

/** The 45-minute plan leaves the knowledge check out: a single period has no time for it. */
export const LESSON_PLANS: Readonly<Record<'45' | '90', LessonPlan>> = lessonPlans;
