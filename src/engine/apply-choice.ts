import { ruleApplies } from './conditions';
import { applyEffects } from './effects';
import { advance, currentPlace } from './position';
import { err, ok, type Result } from '../lib/result';
import type { Campaign, ChoiceError, ChoiceOutcome, GameState, MeterChange, Reaction } from './types';

/**
 * Plays one option of the current decision: the option's effects first, then every modelled rule whose
 * conditions hold in the state the choice produced (each rule checks that same state, in content order).
 */
export function applyChoice(
  state: GameState,
  campaign: Campaign,
  optionId: string,
): Result<ChoiceOutcome, ChoiceError> {
  const place = currentPlace(state, campaign);
  if (place.kind === 'finished') return err({ kind: 'run-finished' });
  if (place.kind === 'not-loaded') return err({ kind: 'chapter-not-loaded', chapter: place.chapterId });

  const option = place.decision.options.find((candidate) => candidate.id === optionId);
  if (!option) return err({ kind: 'unknown-option', option: optionId, decision: place.decision.id });

  const byOption = applyEffects(state.meters, state.rng, option.effects, {
    kind: 'option',
    option: option.id,
  });
  if (byOption.unknownMeter) return err({ kind: 'unknown-meter', meter: byOption.unknownMeter });

  const choiceIndex = state.history.length;
  const afterOption: GameState = {
    ...state,
    meters: byOption.meters,
    rng: byOption.rng,
    history: [
      ...state.history,
      { chapter: place.chapter.id, decision: place.decision.id, option: option.id },
    ],
    flags: [...state.flags, ...option.sets.filter((flag) => !state.flags.includes(flag))],
  };

  const changes: MeterChange[] = [...byOption.changes];
  const reactions: Reaction[] = option.reaction ? [{ ...option.reaction, kind: 'option' }] : [];
  let meters = afterOption.meters;
  let rng = afterOption.rng;
  const fired = [...afterOption.fired];

  for (const rule of campaign.scenario.rules) {
    if (!ruleApplies(rule, afterOption, campaign, choiceIndex)) continue;
    const byRule = applyEffects(meters, rng, rule.effects, {
      kind: 'rule',
      rule: rule.id,
      actor: rule.actor,
    });
    if (byRule.unknownMeter) return err({ kind: 'unknown-meter', meter: byRule.unknownMeter });
    meters = byRule.meters;
    rng = byRule.rng;
    changes.push(...byRule.changes);
    reactions.push({ actor: rule.actor, text: rule.text, kind: rule.kind, rule: rule.id });
    fired.push({ rule: rule.id, at: choiceIndex });
  }

  const next: GameState = { ...afterOption, meters, rng, fired, ...advance(state, place.chapter) };
  return ok({ state: next, changes, reactions });
}
