import { reactionCues } from '../audio/reaction-cues';
import { shownConsequences, type ChoiceOutcome } from '../engine';
import type { App } from './app';

/** Screens that still show a choice's consequences: any other screen means the player has moved on. */
const HOLDING_SCREENS: ReadonlySet<string> = new Set(['Consequences', 'Debrief']);
/** The reactions' sounds come after the choice's own (confirm, then the meters' rise or fall). */
const FIRST_REACTION_MS = 650;
const BETWEEN_REACTIONS_MS = 450;

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
