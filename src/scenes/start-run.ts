import type { App } from '../app/app';
import { reportContentError } from './content-error';
import { screenForCurrentPlace } from './routes';

/** Starts a fresh run (keeping any unreadable save aside): the knowledge check comes first. */
export async function startNewRun(app: App): Promise<{ key: string; data: object } | null> {
  if (app.session.savedRunStatus().kind === 'unreadable') app.session.setAsideUnreadableSave();
  app.sound.startAmbient();
  const classroom = app.classroom();
  const chapters = classroom.mode === 'class' ? classroom.chapters : app.options.chapters;
  const plan = chapters && app.catalog.scenario.chapters.filter((id) => chapters.includes(id));
  const started = await app.session.start(app.newSeed(), plan?.length ? plan : undefined);
  if (!started.ok) {
    reportContentError(app, started.error);
    return null;
  }
  app.events.emit('meters', { meters: started.value.meters, changes: [] });
  if (!app.options.skipCheck && classroom.check) return { key: 'Check', data: { phase: 'before' } };
  return screenForCurrentPlace(app);
}
