/** Crockford's base 32: no I, L, O or U, so nothing reads as 1, 0 or V. */
export const CODE_ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

/** Cyrillic capitals that look like Latin ones, for a code typed on a Russian or Azerbaijani Cyrillic layout. */
const CYRILLIC_LOOK_ALIKES: Record<string, string> = {
  А: 'A',
  В: 'B',
  Е: 'E',
  З: '3',
  К: 'K',
  М: 'M',
  Н: 'H',
  О: '0',
  Р: 'P',
  С: 'C',
  Т: 'T',
  Х: 'X',
};

/**
 * Reads what a player typed as Crockford does: case, spaces and dashes do not matter; I, İ and L read as 1,
 * O as 0; Cyrillic letters that look Latin read as the Latin ones.
 */
export function normaliseCode(typed: string): string {
  return typed
    .toUpperCase()
    .replace(/[\s\-\u2010-\u2015_.]/g, '')
    .replace(/[АВЕЗКМНОРСТХ]/g, (letter) => CYRILLIC_LOOK_ALIKES[letter] ?? letter)
    .replace(/[IİL]/g, '1')
    .replace(/O/g, '0');
}

export function isWrittenInAlphabet(code: string): boolean {
  return [...code].every((symbol) => CODE_ALPHABET.includes(symbol));
}

export function symbolValue(symbol: string): number {
  return CODE_ALPHABET.indexOf(symbol);
}

/** Symbols read as one number in base 32, the first symbol the most significant. */
export function numberFromSymbols(symbols: string): bigint {
  let value = 0n;
  for (const symbol of symbols) value = (value << 5n) | BigInt(symbolValue(symbol));
  return value;
}

/** A number as `length` symbols in base 32, zeros in front; null when it needs more. */
export function symbolsFromNumber(value: bigint, length: number): string | null {
  let symbols = '';
  for (let i = 0; i < length; i++) {
    symbols = CODE_ALPHABET[Number(value & 31n)]! + symbols;
    value >>= 5n;
  }
  return value === 0n ? symbols : null;
}

/** How many base-32 symbols a number needs. */
export function symbolsNeeded(value: bigint): number {
  return Math.max(1, Math.ceil(value.toString(2).length / 5));
}
