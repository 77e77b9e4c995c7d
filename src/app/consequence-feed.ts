import { reactionCues } from '../audio/reaction-cues';
import type { Actor, Scenario } from '../content/schema';
import { thresholdCrossings, type ChoiceOutcome, type ThresholdCrossing } from '../engine';
import type { App } from './app';

/** A choice's consequences as the stage shows them. */
export interface ShownConsequences {
  /** Each meter that moved, with its net change over the choice and the rules it set off. */
  deltas: { meter: string; delta: number }[];
  /** The actors that reacted, each once, in the order they first reacted. */
  reactions: Actor[];
  crossings: ThresholdCrossing[];
}

/** Screens that still show a choice's consequences: any other screen means the player has moved on. */
const HOLDING_SCREENS: ReadonlySet<string> = new Set(['Consequences', 'Debrief']);
/** The reactions' sounds come after the choice's own (confirm, then the meters' rise or fall). */
const FIRST_REACTION_MS = 650;
const BETWEEN_REACTIONS_MS = 450;

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

/** Puts a choice's consequences on the stage and plays its reactions' sounds. */
export function presentConsequences(app: App, outcome: Pick<ChoiceOutcome, 'changes' | 'reactions'>): void {
  const shown = shownConsequences(app.catalog.scenario, outcome);
  app.events.emit('consequences', { shown });
  reactionCues(shown.reactions).forEach((cue, i) =>
    window.setTimeout(() => app.sound.play(cue), FIRST_REACTION_MS + i * BETWEEN_REACTIONS_MS),
  );
}

/** Takes the consequences off the stage once the player moves past the consequences and the debrief. */
export function clearConsequencesOnMove(app: App): () => void {
  return app.events.on('screen', ({ name }) => {
    if (!HOLDING_SCREENS.has(name)) app.events.emit('consequences', { shown: null });
  });
}
