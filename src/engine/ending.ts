import type { Ending } from '../content/schema';
import { conditionHolds } from './conditions';
import type { Campaign, GameState } from './types';

/** The first ending, in the content's priority order, whose conditions all hold for the final state. */
export function chooseEnding(
  endings: readonly Ending[],
  state: GameState,
  campaign: Campaign,
): Ending | undefined {
  return endings.find((ending) =>
    ending.when.every((condition) => conditionHolds(condition, state, campaign)),
  );
}
