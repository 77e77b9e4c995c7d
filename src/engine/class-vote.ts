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

/** What a class's vote plays: an option, a tie at the top for the teacher to settle, or nothing yet. */
export type ClassChoice =
  { kind: 'play'; option: string } | { kind: 'tie'; tied: string[] } | { kind: 'none' };

/**
 * Which option a class plays: the one with most votes. A tie at the top is settled by the option the teacher picked,
 * if it is one of the tied; with no votes at all, the teacher's pick is played as it is.
 */
export function classChoice(
  options: readonly Option[],
  counts: readonly number[],
  picked: string | null,
): ClassChoice {
  const { winner, tied } = countVotes(options, counts);
  if (winner) return { kind: 'play', option: winner };
  if (tied.length)
    return picked && tied.includes(picked) ? { kind: 'play', option: picked } : { kind: 'tie', tied };
  return picked && options.some((option) => option.id === picked)
    ? { kind: 'play', option: picked }
    : { kind: 'none' };
}

export const voteKey = (chapter: string, decision: string) => `${chapter}/${decision}`;

/** Keeps a class's vote with the run; it does not change the model, only the record of the lesson. */
export function recordVotes(state: GameState, key: string, counts: readonly number[]): GameState {
  return {
    ...state,
    votes: { ...state.votes, [key]: counts.map((count) => Math.max(0, Math.floor(count))) },
  };
}

/** The most votes one option can get: a class, or a few classes together. */
export const MAX_VOTES = 999;

export type VoteCountError = 'unreadable' | 'negative' | 'fraction' | 'tooLarge';

/**
 * Reads one option's vote count as typed: a whole number from 0 to 999; an empty field is 0. `unreadable` is the
 * field's own verdict that the text is no number at all (a number field's `validity.badInput`, whose value then
 * reads as empty). Exponents (`1e3`) are refused as unreadable: a count is typed in digits.
 */
export function parseVoteCount(
  typed: string,
  unreadable = false,
): { ok: true; value: number } | { ok: false; error: VoteCountError } {
  const text = typed.trim();
  if (unreadable) return { ok: false, error: 'unreadable' };
  if (text === '') return { ok: true, value: 0 };
  if (!/^[+-]?(\d+(\.\d*)?|\.\d+)$/.test(text)) return { ok: false, error: 'unreadable' };
  const value = Number(text);
  if (value < 0) return { ok: false, error: 'negative' };
  if (!Number.isInteger(value)) return { ok: false, error: 'fraction' };
  if (value > MAX_VOTES) return { ok: false, error: 'tooLarge' };
  return { ok: true, value: Math.abs(value) };
}

/** Each option's share of the votes in whole percent, adding up to exactly 100 (largest remainders round up). */
export function voteShares(counts: readonly number[]): number[] {
  const total = counts.reduce((sum, count) => sum + count, 0);
  if (total === 0) return counts.map(() => 0);
  const exact = counts.map((count) => (count / total) * 100);
  const shares = exact.map((value) => Math.floor(value));
  const order = exact
    .map((value, index) => ({ index, remainder: value - Math.floor(value) }))
    .sort((a, b) => b.remainder - a.remainder || a.index - b.index);
  let left = 100 - shares.reduce((sum, share) => sum + share, 0);
  for (const { index } of order) {
    if (left <= 0) break;
    shares[index]! += 1;
    left -= 1;
  }
  return shares;
}
