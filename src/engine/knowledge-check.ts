import type { KnowledgeStatement } from '../content/schema';
import type { CheckPhase, GameState } from './types';

export interface CheckScore {
  /** True statements the player accepted, of all true statements answered or not. */
  trueRight: number;
  trueTotal: number;
  /** False statements the player rejected, of all false statements. */
  falseRight: number;
  falseTotal: number;
  /** The mean of the two rates, 0–100: calling everything false (or true) scores 50 at most. */
  balanced: number;
}

export function scoreCheck(
  statements: readonly KnowledgeStatement[],
  answers: Readonly<Record<string, boolean>>,
): CheckScore {
  const truths = statements.filter((statement) => statement.true);
  const falsehoods = statements.filter((statement) => !statement.true);
  const trueRight = truths.filter((statement) => answers[statement.id] === true).length;
  const falseRight = falsehoods.filter((statement) => answers[statement.id] === false).length;
  const rate = (right: number, total: number) => (total === 0 ? 1 : right / total);
  const balanced = Math.round(
    ((rate(trueRight, truths.length) + rate(falseRight, falsehoods.length)) / 2) * 100,
  );
  return { trueRight, trueTotal: truths.length, falseRight, falseTotal: falsehoods.length, balanced };
}

/** Records the player's answers to the knowledge check before or after the campaign. */
export function recordCheck(
  state: GameState,
  phase: CheckPhase,
  answers: Readonly<Record<string, boolean>>,
): GameState {
  return { ...state, checks: { ...state.checks, [phase]: { ...answers } } };
}
