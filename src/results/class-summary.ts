import type { Ending } from '../content/schema';
import type { Campaign } from '../engine/types';
import type { ResultFile } from './result-file';

export type RunMode = ResultFile['mode'];
export const RUN_MODES: readonly RunMode[] = ['class', 'solo'];

/** A count out of a total, with its whole-number percentage (0 when the total is 0). */
export interface Tally {
  count: number;
  total: number;
  percent: number;
}

export const tally = (count: number, total: number): Tally => ({
  count,
  total,
  percent: total === 0 ? 0 : Math.round((count / total) * 100),
});

type PerMode<T> = Record<RunMode, T>;
const perMode = <T>(make: (mode: RunMode) => T): PerMode<T> => ({ class: make('class'), solo: make('solo') });

export interface EndingSpread {
  /** The ending's id, or null for runs that recorded none. */
  ending: string | null;
  /** False for an id this version of the game does not know (e.g. from a newer content version). */
  known: boolean;
  runs: PerMode<Tally>;
}

export interface CheckAverage {
  /** Runs that took the check at this point. */
  runs: number;
  /** Their mean balanced score, out of 100, rounded. */
  balanced: number;
}

export interface OptionSummary {
  option: string;
  /** Runs that played this option, out of the runs of that mode that reached the decision. */
  runs: PerMode<Tally>;
  /** Class votes for this option, out of all votes cast on the decision. */
  votes: Tally;
}

export interface DecisionSummary {
  chapter: string;
  decision: string;
  historical: string;
  options: OptionSummary[];
}

export interface ClassSummary {
  /** Runs of each mode, out of all runs. */
  runs: PerMode<Tally>;
  endings: EndingSpread[];
  checks: { before: PerMode<CheckAverage | null>; after: PerMode<CheckAverage | null> };
  /** Per decision that any run played, in campaign order: how the runs chose and how classes voted. */
  decisions: DecisionSummary[];
}

function spreadOfEndings(results: readonly ResultFile[], endings: readonly Ending[]): EndingSpread[] {
  const totals = perMode((mode) => results.filter((result) => result.mode === mode).length);
  const counts = new Map<string | null, PerMode<number>>(endings.map((e) => [e.id, perMode(() => 0)]));
  for (const result of results) {
    const count = counts.get(result.ending) ?? perMode(() => 0);
    count[result.mode] += 1;
    counts.set(result.ending, count);
  }
  const known = new Set(endings.map((e) => e.id));
  return [...counts]
    .filter(([ending, count]) => (ending !== null && known.has(ending)) || count.class + count.solo > 0)
    .map(([ending, count]) => ({
      ending,
      known: ending !== null && known.has(ending),
      runs: perMode((mode) => tally(count[mode], totals[mode])),
    }));
}

function averageCheck(results: readonly ResultFile[], phase: 'before' | 'after'): CheckAverage | null {
  const scores = results.flatMap((result) => result.checks[phase]?.balanced ?? []);
  if (scores.length === 0) return null;
  const sum = scores.reduce((total, score) => total + score, 0);
  return { runs: scores.length, balanced: Math.round(sum / scores.length) };
}

function summariseDecisions(results: readonly ResultFile[], campaign: Campaign): DecisionSummary[] {
  const summaries: DecisionSummary[] = [];
  for (const chapterId of campaign.scenario.chapters) {
    const chapter = campaign.chapters[chapterId];
    if (!chapter) continue;
    for (const decision of chapter.decisions) {
      const played = results.flatMap((result) =>
        result.decisions
          .filter((d) => d.chapter === chapterId && d.decision === decision.id)
          .map((entry) => ({ ...entry, mode: result.mode })),
      );
      if (played.length === 0) continue;
      const runs = new Map(decision.options.map((option) => [option.id, perMode(() => 0)]));
      const reached = perMode(() => 0);
      const votes = decision.options.map(() => 0);
      for (const entry of played) {
        const count = runs.get(entry.option);
        // An option this version does not know counts towards no option and no total.
        if (!count) continue;
        count[entry.mode] += 1;
        reached[entry.mode] += 1;
        entry.votes?.forEach((cast, position) => {
          if (position < votes.length) votes[position]! += cast;
        });
      }
      const totalVotes = votes.reduce((total, cast) => total + cast, 0);
      summaries.push({
        chapter: chapterId,
        decision: decision.id,
        historical: decision.historical,
        options: decision.options.map((option, position) => ({
          option: option.id,
          runs: perMode((mode) => tally(runs.get(option.id)![mode], reached[mode])),
          votes: tally(votes[position]!, totalVotes),
        })),
      });
    }
  }
  return summaries;
}

/** The class summary of many runs: the spread of endings, check averages and every decision, class apart from solo. */
export function summariseClass(
  results: readonly ResultFile[],
  campaign: Campaign,
  endings: readonly Ending[],
): ClassSummary {
  const byMode = perMode((mode) => results.filter((result) => result.mode === mode));
  return {
    runs: perMode((mode) => tally(byMode[mode].length, results.length)),
    endings: spreadOfEndings(results, endings),
    checks: {
      before: perMode((mode) => averageCheck(byMode[mode], 'before')),
      after: perMode((mode) => averageCheck(byMode[mode], 'after')),
    },
    decisions: summariseDecisions(results, campaign),
  };
}
