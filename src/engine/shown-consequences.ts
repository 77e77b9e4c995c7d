import type { Actor, Scenario } from '../content/schema';
import { thresholdCrossings, type ThresholdCrossing } from './thresholds';
import type { ChoiceOutcome } from './types';

/** A choice's consequences as the stage shows them. */
export interface ShownConsequences {
  /** Each meter that moved, with its net change over the choice and the rules it set off. */
  deltas: { meter: string; delta: number }[];
  /** The actors that reacted, each once, in the order they first reacted. */
  reactions: Actor[];
  crossings: ThresholdCrossing[];
}

export function shownConsequences(
  scenario: Pick<Scenario, 'meters' | 'thresholds'>,
  outcome: Pick<ChoiceOutcome, 'changes' | 'reactions'>,
): ShownConsequences {
  const deltas = scenario.meters
    .map((meter) => ({
      meter: meter.id,
      delta: outcome.changes
        .filter((change) => change.meter === meter.id)
        .reduce((sum, change) => sum + change.delta, 0),
    }))
    .filter(({ delta }) => delta !== 0);
  return {
    deltas,
    reactions: [...new Set(outcome.reactions.map((reaction) => reaction.actor))],
    crossings: thresholdCrossings(scenario, outcome.changes),
  };
}
