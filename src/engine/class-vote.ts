import type { Option } from '../content/schema';
import type { GameState } from './types';

export interface VoteResult {
  /** The option with most votes; undefined when no votes were entered or the top is tied. */
  winner: string | undefined;
  /** The options sharing the most votes, when more than one does: the teacher chooses among them. */
  tied: string[];
  total: number;
}

/** Which option a class's votes choose. Counts are per option, in the options' order. */
export function countVotes(options: readonly Option[], counts: readonly number[]): VoteResult {
  const clean = options.map((_, index) => Math.max(0, Math.floor(counts[index] ?? 0)));
  const total = clean.reduce((sum, count) => sum + count, 0);
  if (total === 0) return { winner: undefined, tied: [], total };
  const most = Math.max(...clean);
  const top = options.filter((_, index) => clean[index] === most).map((option) => option.id);
  return top.length === 1 ? { winner: top[0], tied: [], total } : { winner: undefined, tied: top, total };
}

export const voteKey = (chapter: string, decision: string) => `${chapter}/${decision}`;

/** Keeps a class's vote with the run; it does not change the model, only the record of the lesson. */
export function recordVotes(state: GameState, key: string, counts: readonly number[]): GameState {
  return {
    ...state,
    votes: { ...state.votes, [key]: counts.map((count) => Math.max(0, Math.floor(count))) },
  };
}
