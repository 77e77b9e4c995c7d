import type { Ending } from '../content/schema';
import { chooseEnding } from './ending';
import { currentPlace, findOption } from './position';
import { replay, type ReplayError } from './replay';
import { err, ok, type Result } from '../lib/result';
import type { Campaign, ChoiceMade, GameState, RunRecord } from './types';

/** Baku's real path through a plan: each decision's `historical` option, in plan order. */
export function historicalChoices(plan: readonly string[], campaign: Campaign): ChoiceMade[] {
  return plan.flatMap((chapterId) =>
    (campaign.chapters[chapterId]?.decisions ?? []).map((decision) => ({
      chapter: chapterId,
      decision: decision.id,
      option: decision.historical,
    })),
  );
}

export interface HistoricalRun {
  state: GameState;
  /** The ending the model gives Baku's real path; undefined when no endings were passed. */
  ending?: Ending;
}

/** Plays Baku's real path with a seed. Fails like `replay` when a chapter of the plan is not loaded. */
export function historicalRun(
  seed: number,
  plan: readonly string[],
  campaign: Campaign,
  endings: readonly Ending[] = [],
): Result<HistoricalRun, ReplayError> {
  const choices = historicalChoices(plan, campaign).map((choice) => choice.option);
  const played = replay(campaign, { seed, plan: [...plan], choices });
  if (!played.ok) return played;
  const stop = currentPlace(played.value, campaign);
  if (stop.kind === 'not-loaded') {
    return err({ index: choices.length, cause: { kind: 'chapter-not-loaded', chapter: stop.chapterId } });
  }
  return ok({ state: played.value, ending: chooseEnding(endings, played.value, campaign) });
}

export interface TurningPoint {
  /** Index of the choice in the run. */
  index: number;
  chapter: string;
  decision: string;
  chosen: string;
  alternative: string;
  /** Id of the ending the run reaches with `alternative` instead of `chosen`. */
  ending: string;
}

function endingOf(
  campaign: Campaign,
  endings: readonly Ending[],
  run: RunRecord,
): Result<string, ReplayError> {
  const state = replay(campaign, run);
  if (!state.ok) return state;
  return ok(chooseEnding(endings, state.value, campaign)?.id ?? '');
}

/**
 * For each decision of a run, every other option that, swapped in there with all other choices and the seed kept,
 * ends the run differently. Fails when the run itself cannot be replayed.
 */
export function turningPoints(
  run: RunRecord,
  campaign: Campaign,
  endings: readonly Ending[],
): Result<TurningPoint[], ReplayError> {
  const played = replay(campaign, run);
  if (!played.ok) return played;
  const original = chooseEnding(endings, played.value, campaign)?.id ?? '';
  const points: TurningPoint[] = [];
  for (const [index, choice] of played.value.history.entries()) {
    const decision = campaign.chapters[choice.chapter]?.decisions.find((d) => d.id === choice.decision);
    for (const option of decision?.options ?? []) {
      if (option.id === choice.option) continue;
      const choices = run.choices.map((id, at) => (at === index ? option.id : id));
      const ending = endingOf(campaign, endings, { ...run, choices });
      if (!ending.ok || ending.value === original) continue;
      points.push({
        index,
        chapter: choice.chapter,
        decision: choice.decision,
        chosen: choice.option,
        alternative: option.id,
        ending: ending.value,
      });
    }
  }
  return ok(points);
}

export const APPROACHES = ['confront', 'wait', 'conciliate'] as const;
export type Approach = (typeof APPROACHES)[number];

export interface ApproachProfile {
  /** Choices counted. */
  total: number;
  /** Choices whose option carries each approach tag. */
  counts: Record<Approach, number>;
  /** Choices whose option carries none of the three (e.g. an appeal to the West alone). */
  other: number;
  /** `counts` over `total` (0 when there are no choices). An option tagged twice counts for both approaches. */
  shares: Record<Approach, number>;
}

/**
 * How often a path confronted, waited or conciliated, read from its options' tags. The same function reads the
 * player's `state.history` and Baku's `historicalChoices(plan, campaign)`.
 */
export function approachProfile(choices: readonly ChoiceMade[], campaign: Campaign): ApproachProfile {
  const counts: Record<Approach, number> = { confront: 0, wait: 0, conciliate: 0 };
  let other = 0;
  for (const choice of choices) {
    const tags = findOption(campaign, choice)?.tags ?? [];
    const approaches = APPROACHES.filter((approach) => tags.includes(approach));
    for (const approach of approaches) counts[approach] += 1;
    if (approaches.length === 0) other += 1;
  }
  const total = choices.length;
  const share = (count: number) => (total === 0 ? 0 : count / total);
  return {
    total,
    counts,
    other,
    shares: {
      confront: share(counts.confront),
      wait: share(counts.wait),
      conciliate: share(counts.conciliate),
    },
  };
}
