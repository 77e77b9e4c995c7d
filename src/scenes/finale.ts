import type { App } from '../app/app';
import type { Finale } from '../content/catalog';
import { chooseEnding } from '../engine';
import { reportContentError } from './content-error';

/** The epilogue and endings, loaded once the run is over; null after reporting a content error. */
export async function loadFinale(app: App): Promise<Finale | null> {
  const finale = await app.catalog.loadFinale();
  if (!finale.ok) {
    reportContentError(app, finale.error);
    return null;
  }
  return finale.value;
}

export function endingOf(app: App, finale: Finale) {
  const state = app.session.state;
  return state ? chooseEnding(finale.endings.endings, state, app.catalog.campaign()) : undefined;
}

/** The meters before the first choice and after each one, for the report's chart. */
export function meterHistory(app: App): Record<string, number>[] {
  const start = Object.fromEntries(app.catalog.scenario.meters.map((meter) => [meter.id, meter.start]));
  return [start, ...app.session.history.map((outcome) => outcome.state.meters)];
}
