import { normaliseSeed } from './rng';
import type { Campaign, GameState } from './types';

export function newRun(
  campaign: Campaign,
  seed: number,
  plan: readonly string[] = campaign.scenario.chapters,
): GameState {
  const seed32 = normaliseSeed(seed);
  return {
    scenarioId: campaign.scenario.id,
    seed: seed32,
    rng: seed32,
    plan: [...plan],
    meters: Object.fromEntries(campaign.scenario.meters.map((meter) => [meter.id, meter.start])),
    position: { chapter: 0, decision: 0 },
    history: [],
    fired: [],
    flags: [],
    finished: plan.length === 0,
    checks: {},
    votes: {},
  };
}
