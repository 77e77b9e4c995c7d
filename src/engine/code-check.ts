import { CODE_ALPHABET, symbolValue } from './code-symbols';

/** x⁵ + x² + 1: with it the 32 symbols are the field GF(32), where sums and products of symbols are symbols. */
const FIELD_POLYNOMIAL = 0b100101;

function timesX(value: number): number {
  const shifted = value << 1;
  return shifted & 32 ? shifted ^ FIELD_POLYNOMIAL : shifted;
}

/**
 * The code's syndrome: the sum over GF(32) of each symbol times xᵏ, k its distance from the end, plus the salt
 * times xⁿ. A valid code's syndrome is 0. Changing one symbol u to v adds xᵏ(u+v), never 0; swapping neighbours
 * u and v adds xᵏ(x+1)(u+v), never 0 unless u = v (as in Damm's check over a field). So every single substitution
 * and every adjacent swap changes the syndrome, and is refused; two salts that differ give different checks.
 */
function syndrome(symbols: string, salt: number): number {
  let sum = salt & 31;
  for (const symbol of symbols) sum = timesX(sum) ^ symbolValue(symbol);
  return sum;
}

/** The symbol to append to `symbols` (in the alphabet) so that the whole code checks out. */
export function checkSymbol(symbols: string, salt: number): string {
  return CODE_ALPHABET[timesX(syndrome(symbols, salt))]!;
}

/** Whether a code, its check symbol last, checks out. */
export function checksOut(code: string, salt: number): boolean {
  return syndrome(code, salt) === 0;
}
