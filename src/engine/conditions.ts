import type { Note, NoteCondition, Rule } from '../content/schema';
import { findOption } from './position';
import type { Campaign, GameState } from './types';

function tagsOfChoices(state: GameState, campaign: Campaign, lastChoices?: number): string[][] {
  const considered = lastChoices === undefined ? state.history : state.history.slice(-lastChoices);
  return considered.map((choice) => findOption(campaign, choice)?.tags ?? []);
}

/** Whether a condition holds for a state. Pure: it reads only the state and the content. */
export function conditionHolds(condition: NoteCondition, state: GameState, campaign: Campaign): boolean {
  switch (condition.kind) {
    case 'meterBelow':
      return (state.meters[condition.meter] ?? 0) < condition.value;
    case 'meterAtLeast':
      return (state.meters[condition.meter] ?? 0) >= condition.value;
    case 'tagCount': {
      const count = tagsOfChoices(state, campaign, condition.lastChoices).filter((tags) =>
        tags.includes(condition.tag),
      ).length;
      return count >= condition.atLeast;
    }
    case 'flag':
      return state.flags.includes(condition.flag);
    case 'notFlag':
      return !state.flags.includes(condition.flag);
    case 'leads': {
      const value = state.meters[condition.meter] ?? 0;
      return condition.over.every((other) => value >= (state.meters[other] ?? 0) + condition.by);
    }
    case 'spread': {
      const values = condition.meters.map((meter) => state.meters[meter] ?? 0);
      return Math.max(...values) - Math.min(...values) <= condition.atMost;
    }
    case 'chose':
      return state.history.some(
        (choice) =>
          choice.chapter === condition.chapter &&
          choice.decision === condition.decision &&
          choice.option === condition.option,
      );
    case 'lastTag':
      return tagsOfChoices(state, campaign, 1).some((tags) => tags.includes(condition.tag));
  }
}

/** The notes whose conditions all hold for the state, in content order. */
export function notesFor(notes: readonly Note[], state: GameState, campaign: Campaign): Note[] {
  return notes.filter((note) => note.when.every((condition) => conditionHolds(condition, state, campaign)));
}

/** A rule may fire if it never fired, or (with a cooldown) if enough choices passed since it last did. */
export function ruleIsReady(rule: Rule, state: GameState, choiceIndex: number): boolean {
  const firings = state.fired.filter((firing) => firing.rule === rule.id);
  const last = firings[firings.length - 1];
  if (!last) return true;
  if (rule.cooldown === undefined) return false;
  return choiceIndex - last.at >= rule.cooldown;
}

export function ruleApplies(rule: Rule, state: GameState, campaign: Campaign, choiceIndex: number): boolean {
  return ruleIsReady(rule, state, choiceIndex) && rule.when.every((c) => conditionHolds(c, state, campaign));
}
