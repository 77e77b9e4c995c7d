import { CODE_ALPHABET, numberFromSymbols, symbolValue } from './code-symbols';
import { decisionsOf, planFromMask } from './resume-code-run';
import type { Campaign, RunRecord } from './types';

/**
 * Version 1 codes, still read for runs written down before version 2 and never made any more: 11 symbols of data
 * (seed, chapters, number of choices, choices) and a check symbol that misses some typos.
 */
export const V1_LENGTH = 12;
const SEED_BITS = 18;
const COUNT_BITS = 4;

export function v1ChecksOut(code: string, salt: number): boolean {
  let sum = salt % 32;
  for (const [index, symbol] of [...code.slice(0, -1)].entries()) {
    sum = (sum + (index + 1) * symbolValue(symbol)) % 32;
  }
  return CODE_ALPHABET[sum] === code.at(-1);
}

/** The run a checked version-1 code holds, or null when it holds none; it still has to replay. */
export function v1Run(campaign: Campaign, code: string): RunRecord | null {
  let value = numberFromSymbols(code.slice(0, -1));
  const take = (bits: number) => {
    const part = Number(value & ((1n << BigInt(bits)) - 1n));
    value >>= BigInt(bits);
    return part;
  };
  const seed = take(SEED_BITS);
  const plan = planFromMask(campaign, take(campaign.scenario.chapters.length));
  const count = take(COUNT_BITS);
  const decisions = decisionsOf(campaign, plan);
  if (plan.length === 0 || count > decisions.length) return null;
  const choices: string[] = [];
  for (const decision of decisions.slice(0, count)) {
    const options = BigInt(decision.options.length);
    choices.push(decision.options[Number(value % options)]!.id);
    value /= options;
  }
  return value === 0n ? { seed, plan, choices } : null;
}
