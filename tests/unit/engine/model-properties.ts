/**
 * Measures of the model's fairness for the content's property tests: dominated options, the spread of endings over
 * random paths, and the endings a plan can reach. Pure functions over a campaign; randomness comes from fixed seeds.
 */
import fc from 'fast-check';
import type { Decision, Ending, NoteCondition, Option } from '../../../src/content/schema';
import {
  applyChoice,
  chooseEnding,
  conditionHolds,
  newRun,
  type Campaign,
  type GameState,
  type RunRecord,
} from '../../../src/engine';
import { findOption } from '../../../src/engine/position';

/** The decisions a plan plays, in order. A chapter that is not loaded has none. */
export function planDecisions(campaign: Campaign, plan: readonly string[]): Decision[] {
  return plan.flatMap((id) => campaign.chapters[id]?.decisions ?? []);
}

/** An option's effects summed per meter; an uncertain effect counts at its expected size (delta × chance). */
export function optionVector(option: Option): Record<string, number> {
  const sums: Record<string, number> = {};
  for (const effect of option.effects)
    sums[effect.meter] = (sums[effect.meter] ?? 0) + effect.delta * (effect.chance ?? 1);
  return sums;
}

export interface Dominance {
  chapter: string;
  decision: string;
  /** The option at least as good everywhere, and better somewhere. */
  dominant: string;
  dominated: string;
}

/**
 * How "good" an option's summed effect on a meter is. Stakes (economy, citizens, peace) have a direction: more is
 * better, so the signed sum counts. The powers (Russia, Turkey, the West) have none: a gain for Moscow is neither
 * good nor bad in itself. For them the six-meter check, like the review, compares absolute effects: the
 * option that moves a power further (either way) counts as the stronger lever on it.
 */
export function meterScore(kind: 'power' | 'stake', sum: number): number {
  return kind === 'stake' ? sum : Math.abs(sum);
}

/**
 * Within each decision, every pair where option A dominates option B: A's score is ≥ B's on every meter of the set
 * and > on at least one (options with identical scores dominate neither). `sixMeters` scores all six meters with
 * `meterScore`; `stakes` compares only the three stakes, signed.
 */
export function dominatedOptions(campaign: Campaign): { sixMeters: Dominance[]; stakes: Dominance[] } {
  const meters = campaign.scenario.meters;
  const stakes = meters.filter((meter) => meter.kind === 'stake');
  const sixMeters: Dominance[] = [];
  const stakesOnly: Dominance[] = [];
  const dominates = (a: Record<string, number>, b: Record<string, number>, set: typeof meters) => {
    const score = (v: Record<string, number>, meter: (typeof meters)[number]) =>
      meterScore(meter.kind, v[meter.id] ?? 0);
    return (
      set.every((meter) => score(a, meter) >= score(b, meter)) &&
      set.some((meter) => score(a, meter) > score(b, meter))
    );
  };
  for (const chapterId of campaign.scenario.chapters) {
    for (const decision of campaign.chapters[chapterId]?.decisions ?? []) {
      const vectors = decision.options.map((option) => ({ id: option.id, v: optionVector(option) }));
      for (const a of vectors) {
        for (const b of vectors) {
          if (a === b) continue;
          const pair = { chapter: chapterId, decision: decision.id, dominant: a.id, dominated: b.id };
          if (dominates(a.v, b.v, meters)) sixMeters.push(pair);
          if (dominates(a.v, b.v, stakes)) stakesOnly.push(pair);
        }
      }
    }
  }
  return { sixMeters, stakes: stakesOnly };
}

/** A run's seed and one option index per decision of the plan. */
export interface Path {
  seed: number;
  picks: number[];
}

/** Uniformly random paths through a plan: every option of a decision equally likely, any seed. */
export function pathArbitrary(campaign: Campaign, plan: readonly string[]): fc.Arbitrary<Path> {
  const decisions = planDecisions(campaign, plan);
  return fc.noBias(
    fc.record({
      seed: fc.nat(),
      picks: fc.tuple(...decisions.map((d) => fc.integer({ min: 0, max: d.options.length - 1 }))),
    }),
  );
}

export function runOfPath(campaign: Campaign, plan: readonly string[], path: Path): RunRecord {
  const decisions = planDecisions(campaign, plan);
  return {
    seed: path.seed,
    plan: [...plan],
    choices: path.picks.map((pick, index) => decisions[index]!.options[pick]!.id),
  };
}

/** Plays a path to its end; throws if the content refuses a choice (a content error, not a measure). */
export function playPath(campaign: Campaign, plan: readonly string[], path: Path): GameState {
  let state = newRun(campaign, path.seed, plan);
  for (const option of runOfPath(campaign, plan, path).choices) {
    const outcome = applyChoice(state, campaign, option);
    if (!outcome.ok) throw new Error(`choice ${option} refused: ${outcome.error.kind}`);
    state = outcome.value.state;
  }
  return state;
}

const endingIdOf = (endings: readonly Ending[], state: GameState, campaign: Campaign) =>
  chooseEnding(endings, state, campaign)?.id ?? 'none';

/** The share of each ending (every ending listed, 0 when unseen) over `samples` random paths drawn from `seed`. */
export function endingSpread(
  campaign: Campaign,
  endings: readonly Ending[],
  plan: readonly string[],
  samples: number,
  seed: number,
): Record<string, number> {
  const counts: Record<string, number> = Object.fromEntries(endings.map((ending) => [ending.id, 0]));
  for (const path of fc.sample(pathArbitrary(campaign, plan), { seed, numRuns: samples })) {
    const id = endingIdOf(endings, playPath(campaign, plan, path), campaign);
    counts[id] = (counts[id] ?? 0) + 1;
  }
  return Object.fromEntries(Object.entries(counts).map(([id, count]) => [id, count / samples]));
}

/** The highest of some meters minus the lowest. */
function spreadOf(meters: readonly string[], meter: (id: string) => number): number {
  const values = meters.map(meter);
  return Math.max(...values) - Math.min(...values);
}

/** How far a condition is from holding (0 when it holds), in meter points; history conditions count 10. */
function shortfall(condition: NoteCondition, state: GameState, campaign: Campaign): number {
  const meter = (id: string) => state.meters[id] ?? 0;
  switch (condition.kind) {
    case 'meterBelow':
      return Math.max(0, meter(condition.meter) - condition.value + 1);
    case 'meterAtLeast':
      return Math.max(0, condition.value - meter(condition.meter));
    case 'leads':
      return condition.over.reduce(
        (sum, other) => sum + Math.max(0, meter(other) + condition.by - meter(condition.meter)),
        0,
      );
    case 'spread':
      return Math.max(0, spreadOf(condition.meters, meter) - condition.atMost);
    default:
      return conditionHolds(condition, state, campaign) ? 0 : 10;
  }
}

/** How far a holding condition is from failing (0 when it already fails). */
function margin(condition: NoteCondition, state: GameState, campaign: Campaign): number {
  const meter = (id: string) => state.meters[id] ?? 0;
  switch (condition.kind) {
    case 'meterBelow':
      return Math.max(0, condition.value - meter(condition.meter));
    case 'meterAtLeast':
      return Math.max(0, meter(condition.meter) - condition.value + 1);
    case 'leads':
      return Math.min(
        ...condition.over.map((other) =>
          Math.max(0, meter(condition.meter) - meter(other) - condition.by + 1),
        ),
      );
    case 'spread':
      return Math.max(0, condition.atMost - spreadOf(condition.meters, meter) + 1);
    default:
      return conditionHolds(condition, state, campaign) ? 10 : 0;
  }
}

/**
 * Distance of a final state from ending `target` (0 exactly when the target is the ending chosen): what the
 * target's conditions lack, plus, for each earlier ending in priority order that holds, the least it would take to
 * break it. An earlier ending with no conditions cannot be broken and makes the target unreachable (Infinity).
 */
export function distanceToEnding(
  endings: readonly Ending[],
  target: string,
  state: GameState,
  campaign: Campaign,
): number {
  const index = endings.findIndex((ending) => ending.id === target);
  const lack = endings[index]!.when.reduce((sum, c) => sum + shortfall(c, state, campaign), 0);
  const blocking = endings.slice(0, index).reduce((sum, earlier) => {
    if (!earlier.when.every((c) => conditionHolds(c, state, campaign))) return sum;
    return sum + Math.min(...earlier.when.map((c) => margin(c, state, campaign)));
  }, 0);
  return lack + blocking;
}

export interface Reachability {
  method: 'exhaustive' | 'search';
  /** A run reaching each ending that was reached. */
  reached: Record<string, RunRecord>;
  /** Endings no path tried reached, in priority order. */
  unreached: string[];
}

export interface ReachOptions {
  /** Plans with at most this many decisions are enumerated completely (default 5). */
  exhaustiveUpTo?: number;
  /** Game seeds tried: spread and chance make endings depend on the seed (default 1, 2, 3). */
  seeds?: readonly number[];
  /** Random paths sampled before the search (default 2000). */
  samples?: number;
  /** Width of the beam search per unreached ending and seed (default 128). */
  beamWidth?: number;
  /** Restarts of the hill-climb per ending still unreached after the beam (default 24). */
  restarts?: number;
  /** Seed of the sampling and of the restarts' starting paths (default 9). */
  searchSeed?: number;
}

function exhaustive(
  campaign: Campaign,
  endings: readonly Ending[],
  plan: readonly string[],
  seeds: readonly number[],
  reached: Record<string, RunRecord>,
): void {
  const decisions = planDecisions(campaign, plan);
  const walk = (state: GameState, choices: string[]): void => {
    if (choices.length === decisions.length) {
      const id = endingIdOf(endings, state, campaign);
      reached[id] ??= { seed: state.seed, plan: [...plan], choices };
      return;
    }
    for (const option of decisions[choices.length]!.options) {
      const outcome = applyChoice(state, campaign, option.id);
      if (!outcome.ok) throw new Error(`choice ${option.id} refused: ${outcome.error.kind}`);
      walk(outcome.value.state, [...choices, option.id]);
    }
  };
  for (const seed of seeds) walk(newRun(campaign, seed, plan), []);
}

/**
 * Steepest descent on `distanceToEnding` by changing one choice at a time, from a given path; when no single change
 * helps, it tries changing two at once before it stops.
 */
function climb(
  campaign: Campaign,
  endings: readonly Ending[],
  plan: readonly string[],
  target: string,
  start: Path,
): { path: Path; distance: number } {
  const decisions = planDecisions(campaign, plan);
  const distance = (path: Path) =>
    distanceToEnding(endings, target, playPath(campaign, plan, path), campaign);
  const changes = decisions.flatMap((decision, index) =>
    decision.options.map((_, pick) => ({ index, pick })),
  );
  const apply = (path: Path, moves: { index: number; pick: number }[]): Path => ({
    seed: path.seed,
    picks: path.picks.map((p, i) => moves.find((move) => move.index === i)?.pick ?? p),
  });
  let best = { path: start, distance: distance(start) };
  while (best.distance > 0) {
    const current = best;
    const fresh = changes.filter((move) => move.pick !== current.path.picks[move.index]);
    const singles = fresh.map((move) => [move]);
    const pairs = () =>
      fresh.flatMap((a, i) =>
        fresh
          .slice(i + 1)
          .filter((b) => b.index !== a.index)
          .map((b) => [a, b]),
      );
    for (const neighbours of [() => singles, pairs]) {
      for (const moves of neighbours()) {
        const path = apply(current.path, moves);
        const d = distance(path);
        if (d < best.distance) best = { path, distance: d };
      }
      if (best !== current) break;
    }
    if (best === current) break;
  }
  return best;
}

/**
 * A state's identity for the beam: everything rules and endings can read. Choices count by their tags, so two paths
 * whose options differ only in name meet as one.
 */
function stateKey(state: GameState, campaign: Campaign): string {
  const tags = state.history.map((choice) => findOption(campaign, choice)?.tags ?? []);
  return JSON.stringify([state.meters, state.rng, state.flags, state.fired, tags]);
}

/**
 * Beam search toward `target`: plays the plan decision by decision, keeping the `width` partial runs whose state is
 * closest to the target's conditions. Returns every final run it kept, so other endings met on the way count too.
 */
function beam(
  campaign: Campaign,
  endings: readonly Ending[],
  plan: readonly string[],
  target: string,
  seed: number,
  width: number,
): { state: GameState; choices: string[] }[] {
  let layer = [{ state: newRun(campaign, seed, plan), choices: [] as string[] }];
  for (const decision of planDecisions(campaign, plan)) {
    const next: { state: GameState; choices: string[]; distance: number }[] = [];
    const seen = new Set<string>();
    for (const node of layer) {
      for (const option of decision.options) {
        const outcome = applyChoice(node.state, campaign, option.id);
        if (!outcome.ok) throw new Error(`choice ${option.id} refused: ${outcome.error.kind}`);
        const key = stateKey(outcome.value.state, campaign);
        if (seen.has(key)) continue;
        seen.add(key);
        const distance = distanceToEnding(endings, target, outcome.value.state, campaign);
        next.push({ state: outcome.value.state, choices: [...node.choices, option.id], distance });
      }
    }
    layer = next.sort((a, b) => a.distance - b.distance).slice(0, width);
  }
  return layer;
}

/**
 * The endings a plan can reach. Up to `exhaustiveUpTo` decisions it tries every path with every seed. Beyond, it
 * samples random paths; then, for each ending still unreached, runs a beam search toward it with each seed, and if
 * that fails climbs from fixed-seed random starts (changing one or two choices at a time to shrink
 * `distanceToEnding`). The search is deterministic; an ending it misses is likely but not proven unreachable.
 */
export function reachableEndings(
  campaign: Campaign,
  endings: readonly Ending[],
  plan: readonly string[],
  options: ReachOptions = {},
): Reachability {
  const {
    exhaustiveUpTo = 5,
    seeds = [1, 2, 3],
    samples = 2000,
    restarts = 24,
    searchSeed = 9,
    beamWidth = 128,
  } = options;
  const reached: Record<string, RunRecord> = {};
  const unreachedIn = () => endings.map((e) => e.id).filter((id) => !reached[id]);
  if (planDecisions(campaign, plan).length <= exhaustiveUpTo) {
    exhaustive(campaign, endings, plan, seeds, reached);
    return { method: 'exhaustive', reached, unreached: unreachedIn() };
  }
  const paths = pathArbitrary(campaign, plan);
  const note = (path: Path) => {
    const id = endingIdOf(endings, playPath(campaign, plan, path), campaign);
    reached[id] ??= runOfPath(campaign, plan, path);
  };
  fc.sample(paths, { seed: searchSeed, numRuns: samples }).forEach(note);
  for (const target of unreachedIn()) {
    for (const seed of seeds) {
      if (reached[target]) break;
      for (const { state, choices } of beam(campaign, endings, plan, target, seed, beamWidth))
        reached[endingIdOf(endings, state, campaign)] ??= { seed, plan: [...plan], choices };
    }
  }
  const starts = fc.sample(paths, { seed: searchSeed + 1, numRuns: restarts });
  for (const target of unreachedIn()) {
    for (const [index, start] of starts.entries()) {
      const seed = seeds[index % seeds.length]!;
      const { path, distance } = climb(campaign, endings, plan, target, { ...start, seed });
      note(path);
      if (distance === 0 || reached[target]) break;
    }
  }
  return { method: 'search', reached, unreached: unreachedIn() };
}
