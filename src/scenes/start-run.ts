import type { App } from '../app/app';
import { requestedPlan } from '../content/chapter-plan';
import { reportContentError } from './content-error';
import { screenForCurrentPlace } from './routes';

/** Starts a fresh run (the session keeps a copy of the saved one): the knowledge check comes first. */
export async function startNewRun(app: App): Promise<{ key: string; data: object } | null> {
  app.sound.startAmbient();
  const classroom = app.classroom();
  const asked = classroom.mode === 'class' ? classroom.chapters : app.options.chapters;
  const plan = requestedPlan(app.catalog.scenario.chapters, asked).chapters;
  const started = await app.session.start(app.newSeed(), plan);
  if (!started.ok) {
    reportContentError(app, started.error);
    return null;
  }
  if (!app.options.skipCheck && classroom.check) return { key: 'Check', data: { phase: 'before' } };
  return screenForCurrentPlace(app);
}
