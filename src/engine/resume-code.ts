import { checkSymbol, checksOut } from './code-check';
import {
  isWrittenInAlphabet,
  normaliseCode,
  numberFromSymbols,
  symbolsFromNumber,
  symbolsNeeded,
} from './code-symbols';
import { err, ok, type Result } from '../lib/result';
import { contentSalt, decisionsOf, planFromMask, planMask, replaysCleanly } from './resume-code-run';
import { V1_LENGTH, v1ChecksOut, v1Run } from './resume-code-v1';
import type { Scenario } from '../content/schema';
import type { Campaign, RunRecord } from './types';

export { CODE_ALPHABET, normaliseCode } from './code-symbols';

/** The first symbol of every code this game makes. */
export const CODE_VERSION = '2';
export const SEED_BITS = 18;
/** Never fewer data symbols: with the version and the check, a code is at least 13 long, never a version-1 length. */
const MIN_DATA_LENGTH = 11;
const MAX_CODE_LENGTH = 40;

export type ResumeCodeError =
  | { kind: 'malformed' }
  /** The check symbol does not match: a typo, or a code made for other content. */
  | { kind: 'mistyped' }
  /** The code checks out but is marked with a version this game does not read. */
  | { kind: 'unknown-version'; version: string }
  | { kind: 'unplayable'; version: number };

/** A code that checks out, in its plain form (no dashes), and the version it was made in. */
export interface CheckedCode {
  version: number;
  code: string;
}

/** Checks a typed code's form and check symbol, which needs only the scenario index, not the chapters. */
export function verifyResumeCode(scenario: Scenario, typed: string): Result<CheckedCode, ResumeCodeError> {
  const code = normaliseCode(typed);
  const salt = contentSalt(scenario);
  if (!isWrittenInAlphabet(code)) return err({ kind: 'malformed' });
  if (code.length === V1_LENGTH)
    return v1ChecksOut(code, salt) ? ok({ version: 1, code }) : err({ kind: 'mistyped' });
  if (code.length < MIN_DATA_LENGTH + 2 || code.length > MAX_CODE_LENGTH) return err({ kind: 'malformed' });
  if (!checksOut(code, salt)) return err({ kind: 'mistyped' });
  if (code[0] !== CODE_VERSION) return err({ kind: 'unknown-version', version: code[0]! });
  return ok({ version: 2, code });
}

/**
 * Numbers every choice sequence the decisions allow, shorter sequences first, so that how many choices were made
 * costs almost nothing: the first choice of n options, the sequences of two, and so on.
 */
function choicesNumber(optionCounts: readonly number[], chosen: readonly number[]): bigint {
  let shorter = 0n;
  let sequences = 1n;
  for (let count = 0; count < chosen.length; count++) {
    shorter += sequences;
    sequences *= BigInt(optionCounts[count]!);
  }
  let value = 0n;
  for (let index = chosen.length - 1; index >= 0; index--) {
    value = value * BigInt(optionCounts[index]!) + BigInt(chosen[index]!);
  }
  return shorter + value;
}

function choicesFromNumber(optionCounts: readonly number[], number: bigint): number[] | null {
  let rest = number;
  let sequences = 1n;
  let count = 0;
  while (rest >= sequences) {
    if (count === optionCounts.length) return null;
    rest -= sequences;
    sequences *= BigInt(optionCounts[count]!);
    count++;
  }
  const chosen: number[] = [];
  for (const options of optionCounts.slice(0, count)) {
    chosen.push(Number(rest % BigInt(options)));
    rest /= BigInt(options);
  }
  return chosen;
}

/**
 * A run as a short code that restores it on any device: the version symbol, the seed, the chapters played and
 * each choice packed into one number (11 symbols for up to 9 chapters and 12 decisions, more only when a run
 * needs them), and a check symbol. Null when the run does not fit (a seed from `?seed=` at or above 2^18, a
 * choice or chapter the campaign does not have). Only the chapters reached so far need to be loaded.
 */
export function encodeResumeCode(campaign: Campaign, run: RunRecord): string | null {
  if (!Number.isInteger(run.seed) || run.seed < 0 || run.seed >= 2 ** SEED_BITS) return null;
  const mask = planMask(campaign, run.plan);
  if (planFromMask(campaign, mask).join() !== run.plan.join()) return null;
  const decisions = decisionsOf(campaign, run.plan);
  if (run.choices.length > decisions.length) return null;
  const chosen = run.choices.map((id, index) =>
    decisions[index]!.options.findIndex((option) => option.id === id),
  );
  if (chosen.includes(-1)) return null;
  const optionCounts = decisions.map((decision) => decision.options.length);
  const chapterBits = BigInt(campaign.scenario.chapters.length);
  const value =
    (((choicesNumber(optionCounts, chosen) << chapterBits) | BigInt(mask)) << BigInt(SEED_BITS)) |
    BigInt(run.seed);
  const data = symbolsFromNumber(value, Math.max(MIN_DATA_LENGTH, symbolsNeeded(value)))!;
  const code = CODE_VERSION + data;
  if (code.length + 1 > MAX_CODE_LENGTH) return null;
  return code + checkSymbol(code, contentSalt(campaign.scenario));
}

function v2Run(campaign: Campaign, code: string): RunRecord | null {
  let value = numberFromSymbols(code.slice(1, -1));
  const seed = Number(value & ((1n << BigInt(SEED_BITS)) - 1n));
  value >>= BigInt(SEED_BITS);
  const chapterBits = BigInt(campaign.scenario.chapters.length);
  const plan = planFromMask(campaign, Number(value & ((1n << chapterBits) - 1n)));
  value >>= chapterBits;
  const decisions = decisionsOf(campaign, plan);
  const chosen = choicesFromNumber(
    decisions.map((decision) => decision.options.length),
    value,
  );
  if (plan.length === 0 || !chosen) return null;
  return { seed, plan, choices: chosen.map((option, index) => decisions[index]!.options[option]!.id) };
}

/** Restores a run from a code of either version; every chapter of the scenario must be loaded. */
export function decodeResumeCode(campaign: Campaign, typed: string): Result<RunRecord, ResumeCodeError> {
  const checked = verifyResumeCode(campaign.scenario, typed);
  if (!checked.ok) return checked;
  const { version, code } = checked.value;
  const run = version === 1 ? v1Run(campaign, code) : v2Run(campaign, code);
  if (!run || !replaysCleanly(campaign, run)) return err({ kind: 'unplayable', version });
  return ok(run);
}

/** The code in groups of three, easier to copy from a board: 2K3-QX9-…; a last lone symbol joins the group before it. */
export function formatResumeCode(code: string): string {
  const groups = code.match(/.{1,3}/g) ?? [code];
  if (groups.length > 1 && groups.at(-1)!.length === 1) groups.splice(-2, 2, groups.at(-2)! + groups.at(-1)!);
  return groups.join('-');
}
