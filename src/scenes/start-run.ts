import type { App } from '../app/app';
import { requestedPlan } from '../content/chapter-plan';
import { reportContentError } from './content-error';
import { screenForCurrentPlace } from './routes';

/** The chapters a new run plays: the run-sheet's in class mode, else those of the address; undefined for all. */
export function newRunPlan(app: App): string[] | undefined {
  const classroom = app.classroom();
  const asked = classroom.mode === 'class' ? classroom.chapters : app.options.chapters;
  return requestedPlan(app.catalog.scenario.chapters, asked).chapters;
}

/** Whether a new run opens with the knowledge check. */
export const opensWithCheck = (app: App): boolean => !app.options.skipCheck && app.classroom().check;

/**
 * Starts a fresh run (the session keeps a copy of the saved one): the knowledge check comes first. A live session
 * passes the seed the server's copy of the run was opened with.
 */
export async function startNewRun(
  app: App,
  seed = app.newSeed(),
): Promise<{ key: string; data: object } | null> {
  app.sound.startAmbient();
  const plan = newRunPlan(app);
  const started = await app.session.start(seed, plan);
  if (!started.ok) {
    reportContentError(app, started.error);
    return null;
  }
  if (opensWithCheck(app)) return { key: 'Check', data: { phase: 'before' } };
  return screenForCurrentPlace(app);
}
