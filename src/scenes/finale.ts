import type { App } from '../app/app';
import type { Finale } from '../content/catalog';
import {
  approachProfile,
  chooseEnding,
  historicalRun,
  runRecordOf,
  turningPoints,
  type GameState,
  type HistoricalRun,
} from '../engine';
import type { RunAnalysis } from '../ui/screens/report';
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

/** Baku's real choices played through the model with the run's seed and plan; undefined if they cannot be played. */
export function realPathOf(app: App, finale: Finale, state: GameState): HistoricalRun | undefined {
  const real = historicalRun(state.seed, state.plan, app.catalog.campaign(), finale.endings.endings);
  return real.ok ? real.value : undefined;
}

/** Why the run ended as it did, for the report: turning points, Baku's real path and both approaches, by replay. */
export function analyseRun(app: App, finale: Finale, state: GameState): RunAnalysis | undefined {
  const campaign = app.catalog.campaign();
  const endings = finale.endings.endings;
  const points = turningPoints(runRecordOf(state), campaign, endings);
  const real = realPathOf(app, finale, state);
  if (!points.ok || !real) return undefined;
  return {
    turningPoints: points.value,
    endings,
    real,
    approach: {
      run: approachProfile(state.history, campaign),
      real: approachProfile(real.state.history, campaign),
    },
  };
}
