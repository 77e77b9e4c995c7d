import type { App } from '../app/app';
import { reportContentError } from './content-error';

/** Where the run goes next: the briefing of a new chapter, the next decision, or the epilogue at the end. */
export async function screenForCurrentPlace(app: App): Promise<{ key: string; data: object } | null> {
  const place = await app.session.place();
  if (!place.ok) {
    reportContentError(app, place.error);
    return null;
  }
  const { value } = place;
  if (value.kind === 'finished') {
    return app.session.state?.checks.after ? { key: 'Report', data: {} } : { key: 'Epilogue', data: {} };
  }
  if (value.kind === 'not-loaded') return null;
  app.events.emit('focus', { places: value.chapter.places, route: value.chapter.route ?? [] });
  return value.decisionIndex === 0 ? { key: 'Briefing', data: {} } : { key: 'Decision', data: {} };
}
