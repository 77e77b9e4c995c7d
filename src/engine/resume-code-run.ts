import { applyChoice } from './apply-choice';
import { newRun } from './new-run';
import { currentPlace } from './position';
import type { Scenario } from '../content/schema';
import type { Campaign, RunRecord } from './types';

/** A salt from the scenario, so that a code from other content fails its check instead of restoring a wrong run. */
export function contentSalt(scenario: Scenario): number {
  let hash = scenario.version;
  for (const character of scenario.chapters.join(','))
    hash = (hash * 31 + character.charCodeAt(0)) % 1_000_003;
  return hash;
}

/** The decisions the plan plays, in order. */
export function decisionsOf(campaign: Campaign, plan: readonly string[]) {
  return plan.flatMap((id) => campaign.chapters[id]?.decisions ?? []);
}

/** The plan's chapters as bits, bit i for the scenario's chapter i. */
export function planMask(campaign: Campaign, plan: readonly string[]): number {
  return campaign.scenario.chapters.reduce(
    (mask, id, bit) => (plan.includes(id) ? mask | (1 << bit) : mask),
    0,
  );
}

export function planFromMask(campaign: Campaign, mask: number): string[] {
  return campaign.scenario.chapters.filter((_, bit) => mask & (1 << bit));
}

/** A code must replay cleanly: anything else is not a run this game made. */
export function replaysCleanly(campaign: Campaign, run: RunRecord): boolean {
  let state = newRun(campaign, run.seed, run.plan);
  for (const option of run.choices) {
    if (currentPlace(state, campaign).kind !== 'decision') return false;
    const outcome = applyChoice(state, campaign, option);
    if (!outcome.ok) return false;
    state = outcome.value.state;
  }
  return true;
}
