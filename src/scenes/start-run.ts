import type { App } from '../app/app';
import { reportContentError } from './content-error';
import { screenForCurrentPlace } from './routes';

/** Starts a fresh run (keeping any unreadable save aside) and says which screen comes first. */
export async function startNewRun(app: App): Promise<{ key: string; data: object } | null> {
  if (app.session.savedRunStatus().kind === 'unreadable') app.session.setAsideUnreadableSave();
  app.sound.startAmbient();
  const started = await app.session.start(app.newSeed());
  if (!started.ok) {
    reportContentError(app, started.error);
    return null;
  }
  app.events.emit('meters', { meters: started.value.meters, changes: [] });
  return screenForCurrentPlace(app);
}
