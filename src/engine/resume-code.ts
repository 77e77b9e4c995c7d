import { currentPlace } from './position';
import { newRun } from './new-run';
import { applyChoice } from './apply-choice';
import { err, ok, type Result } from './result';
import type { Scenario } from '../content/schema';
import type { Campaign, RunRecord } from './types';

/** Crockford's base 32: no I, L, O or U, so nothing reads as 1, 0 or V. */
export const CODE_ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
const DATA_LENGTH = 11;
export const SEED_BITS = 18;
const COUNT_BITS = 4;
const MAX_BITS = BigInt(DATA_LENGTH * 5);

export type ResumeCodeError =
  | { kind: 'malformed' }
  /** The check character does not match: a typo, or a code from another version of the game. */
  | { kind: 'mistyped' }
  | { kind: 'unplayable' };

/** Reads what a player typed: case, spaces and dashes do not matter; I and L read as 1, O as 0. */
export function normaliseCode(typed: string): string {
  return typed.toUpperCase().replace(/[\s-]/g, '').replace(/[IL]/g, '1').replace(/O/g, '0');
}

function checkCharacter(data: string, salt: number): string {
  let sum = salt % 32;
  for (const [index, character] of [...data].entries()) {
    sum = (sum + (index + 1) * CODE_ALPHABET.indexOf(character)) % 32;
  }
  return CODE_ALPHABET[sum]!;
}

/** A salt from the scenario, so that a code from other content fails its check instead of restoring a wrong run. */
function contentSalt(scenario: Scenario): number {
  let hash = scenario.version;
  for (const character of scenario.chapters.join(','))
    hash = (hash * 31 + character.charCodeAt(0)) % 1_000_003;
  return hash;
}

/** Checks a typed code's form and check character, which needs only the scenario index, not the chapters. */
export function verifyResumeCode(scenario: Scenario, typed: string): Result<string, ResumeCodeError> {
  const code = normaliseCode(typed);
  if (code.length !== DATA_LENGTH + 1 || [...code].some((c) => !CODE_ALPHABET.includes(c)))
    return err({ kind: 'malformed' });
  const data = code.slice(0, DATA_LENGTH);
  if (checkCharacter(data, contentSalt(scenario)) !== code[DATA_LENGTH]) return err({ kind: 'mistyped' });
  return ok(code);
}

/** The options of every decision the plan plays, in order. */
function decisionsOf(campaign: Campaign, plan: readonly string[]) {
  return plan.flatMap((id) => campaign.chapters[id]?.decisions ?? []);
}

/**
 * A run as a short code (12 characters, the last a check character) that restores it on any device:
 * the seed, the chapters played and each choice, packed into one number. Null when the run does not fit
 * (a seed from `?seed=` above 2^18). Only the chapters reached so far need to be loaded.
 */
export function encodeResumeCode(campaign: Campaign, run: RunRecord): string | null {
  const chapters = campaign.scenario.chapters;
  if (run.seed >= 2 ** SEED_BITS || run.choices.length >= 2 ** COUNT_BITS) return null;
  if (run.plan.some((id) => !chapters.includes(id))) return null;
  const decisions = decisionsOf(campaign, run.plan);
  let value = 0n;
  for (let index = run.choices.length - 1; index >= 0; index--) {
    const options = decisions[index]?.options;
    const chosen = options?.findIndex((option) => option.id === run.choices[index]) ?? -1;
    if (!options || chosen < 0) return null;
    value = value * BigInt(options.length) + BigInt(chosen);
  }
  const planMask = chapters.reduce((mask, id, bit) => (run.plan.includes(id) ? mask | (1 << bit) : mask), 0);
  value = (value << BigInt(COUNT_BITS)) | BigInt(run.choices.length);
  value = (value << BigInt(chapters.length)) | BigInt(planMask);
  value = (value << BigInt(SEED_BITS)) | BigInt(run.seed);
  if (value >= 1n << MAX_BITS) return null;
  let data = '';
  for (let i = 0; i < DATA_LENGTH; i++) {
    data = CODE_ALPHABET[Number(value & 31n)]! + data;
    value >>= 5n;
  }
  return data + checkCharacter(data, contentSalt(campaign.scenario));
}

/** Restores a run from a code; every chapter of the scenario must be loaded. */
export function decodeResumeCode(campaign: Campaign, typed: string): Result<RunRecord, ResumeCodeError> {
  const verified = verifyResumeCode(campaign.scenario, typed);
  if (!verified.ok) return verified;
  const data = verified.value.slice(0, DATA_LENGTH);
  let value = 0n;
  for (const character of data) value = (value << 5n) | BigInt(CODE_ALPHABET.indexOf(character));
  const chapters = campaign.scenario.chapters;
  const take = (bits: number) => {
    const part = Number(value & ((1n << BigInt(bits)) - 1n));
    value >>= BigInt(bits);
    return part;
  };
  const seed = take(SEED_BITS);
  const planMask = take(chapters.length);
  const count = take(COUNT_BITS);
  const plan = chapters.filter((_, bit) => planMask & (1 << bit));
  const decisions = decisionsOf(campaign, plan);
  if (plan.length === 0 || count > decisions.length) return err({ kind: 'unplayable' });
  const choices: string[] = [];
  for (let index = 0; index < count; index++) {
    const options = decisions[index]!.options;
    const chosen = Number(value % BigInt(options.length));
    value /= BigInt(options.length);
    choices.push(options[chosen]!.id);
  }
  if (value !== 0n) return err({ kind: 'unplayable' });
  const run = { seed, plan, choices };
  // A code must replay cleanly; anything else is not a run this game made.
  let state = newRun(campaign, seed, plan);
  for (const option of choices) {
    if (currentPlace(state, campaign).kind !== 'decision') return err({ kind: 'unplayable' });
    const outcome = applyChoice(state, campaign, option);
    if (!outcome.ok) return err({ kind: 'unplayable' });
    state = outcome.value.state;
  }
  return ok(run);
}

/** The code split in threes, easier to copy from a board: 7K3-… */
export function formatResumeCode(code: string): string {
  return code.match(/.{1,3}/g)?.join('-') ?? code;
}
