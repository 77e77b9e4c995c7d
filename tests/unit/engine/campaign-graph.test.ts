import { describe, expect, it } from 'vitest';
import type { Decision } from '../../../src/content/schema';
import {
  applyChoice,
  chooseEnding,
  currentPlace,
  newRun,
  type Campaign,
  type GameState,
} from '../../../src/engine';
import { nextRandom } from '../../../src/engine/rng';
import { loadFinaleFiles, loadCampaign } from '../content/load-real-content';

const campaign: Campaign = loadCampaign();
const { endings } = loadFinaleFiles();

type Picker = (decision: Decision, state: GameState) => string;

interface Explored {
  final: GameState;
  ending: string;
  problems: string[];
}

/** Plays the whole campaign with a picker, checking every state on the way. */
function play(seed: number, pick: Picker, chosen: Set<string>): Explored {
  let state = newRun(campaign, seed);
  const problems: string[] = [];
  for (let step = 0; !state.finished; step++) {
    const place = currentPlace(state, campaign);
    if (place.kind !== 'decision') {
      problems.push(`dead end after ${step} choices: ${place.kind}`);
      break;
    }
    const option = pick(place.decision, state);
    chosen.add(`${place.chapter.id}/${place.decision.id}/${option}`);
    const outcome = applyChoice(state, campaign, option);
    if (!outcome.ok) {
      problems.push(`choice ${option} refused: ${outcome.error.kind}`);
      break;
    }
    state = outcome.value.state;
    for (const [meter, value] of Object.entries(state.meters)) {
      if (!Number.isInteger(value) || value < 0 || value > 100)
        problems.push(`${meter} out of range: ${value}`);
    }
    if (step > 100) {
      problems.push('the run does not end');
      break;
    }
  }
  return { final: state, ending: chooseEnding(endings.endings, state, campaign)?.id ?? 'none', problems };
}

/** A picker that always takes the option moving the given meters most in the given direction. */
function greedy(weights: Record<string, number>): Picker {
  return (decision) => {
    const score = (option: Decision['options'][number]) =>
      option.effects.reduce((sum, effect) => sum + effect.delta * (weights[effect.meter] ?? 0), 0);
    return decision.options.reduce((best, option) => (score(option) > score(best) ? option : best)).id;
  };
}

function randomPicker(seed: number): Picker {
  let rng = seed;
  return (decision) => {
    const { value, rngState } = nextRandom(rng);
    rng = rngState;
    return decision.options[Math.floor(value * decision.options.length)]!.id;
  };
}

const strategies: Record<string, Record<string, number>> = {
  moscow: { russia: 1 },
  ankara: { turkey: 1, russia: -0.5 },
  west: { west: 1 },
  confront: { russia: -1 },
  collapseEconomy: { economy: -1, russia: -0.5, turkey: -0.5, west: -0.5 },
  collapsePeace: { peace: -1 },
  balanced: { economy: 1, citizens: 1, peace: 1 },
};

describe('the decision graph of the whole campaign', () => {
  const chosen = new Set<string>();
  const runs: Explored[] = [];
  for (const [index, weights] of Object.values(strategies).entries())
    runs.push(play(index + 1, greedy(weights), chosen));
  for (let seed = 1; seed <= 1500; seed++) runs.push(play(seed, randomPicker(seed * 7919), chosen));

  it('never reaches a dead end, never refuses an option, and keeps every meter within 0–100', () => {
    expect(runs.flatMap((run) => run.problems)).toEqual([]);
    expect(runs.every((run) => run.final.finished)).toBe(true);
  });

  it('reaches every option of every decision', () => {
    const all = Object.values(campaign.chapters).flatMap((chapter) =>
      chapter.decisions.flatMap((decision) =>
        decision.options.map((option) => `${chapter.id}/${decision.id}/${option.id}`),
      ),
    );
    expect(all.filter((option) => !chosen.has(option))).toEqual([]);
  });

  it('reaches every ending by some sequence of choices', () => {
    const reached = new Set(runs.map((run) => run.ending));
    expect(endings.endings.map((ending) => ending.id).filter((id) => !reached.has(id))).toEqual([]);
  });

  it('plays history: Baku’s own choices lean on Ankara and the West and leave Moscow far behind, whatever the seed', () => {
    for (let seed = 1; seed <= 40; seed++) {
      const history = play(seed, (decision) => decision.historical, new Set());
      expect(history.problems).toEqual([]);
      const { russia, turkey, west } = history.final.meters;
      expect(Math.min(turkey!, west!) - russia!, `seed ${seed}`).toBeGreaterThan(20);
      expect(history.ending, `seed ${seed}`).toBe('two-partners');
    }
  });

  it('makes different choices lead to different endings, none of them dominating', () => {
    const counts = new Map<string, number>();
    for (const run of runs) counts.set(run.ending, (counts.get(run.ending) ?? 0) + 1);
    console.info('endings over sampled runs', Object.fromEntries(counts));
    expect(counts.size).toBeGreaterThanOrEqual(3);
    expect(Math.max(...counts.values()) / runs.length).toBeLessThan(0.9);
  });
});
