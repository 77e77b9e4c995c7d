import { applyChoice } from './apply-choice';
import { newRun } from './new-run';
import { err, ok, type Result } from '../lib/result';
import type { Campaign, ChoiceError, ChoiceOutcome, GameState, RunRecord } from './types';

export interface ReplayError {
  /** Index of the first choice that could not be played. */
  index: number;
  cause: ChoiceError;
}

/** Every step of a run: the state before any choice, then each outcome in order. */
export function replaySteps(
  campaign: Campaign,
  run: RunRecord,
): Result<{ start: GameState; steps: ChoiceOutcome[] }, ReplayError> {
  const start = {
    ...newRun(campaign, run.seed, run.plan),
    checks: structuredClone(run.checks ?? {}),
    votes: structuredClone(run.votes ?? {}),
  };
  const steps: ChoiceOutcome[] = [];
  let state = start;
  for (const [index, option] of run.choices.entries()) {
    const outcome = applyChoice(state, campaign, option);
    if (!outcome.ok) return err({ index, cause: outcome.error });
    steps.push(outcome.value);
    state = outcome.value.state;
  }
  return ok({ start, steps });
}

export function replay(campaign: Campaign, run: RunRecord): Result<GameState, ReplayError> {
  const result = replaySteps(campaign, run);
  if (!result.ok) return result;
  const last = result.value.steps[result.value.steps.length - 1];
  return ok(last ? last.state : result.value.start);
}

export function runRecordOf(state: GameState): RunRecord {
  return {
    seed: state.seed,
    plan: [...state.plan],
    choices: state.history.map((choice) => choice.option),
    checks: structuredClone(state.checks),
    votes: structuredClone(state.votes),
  };
}
