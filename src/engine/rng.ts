/** Mulberry32: a small seeded PRNG whose whole state is one unsigned 32-bit integer kept in GameState. */
export function nextRandom(rngState: number): { value: number; rngState: number } {
  const next = (rngState + 0x6d2b79f5) >>> 0;
  let t = next;
  t = Math.imul(t ^ (t >>> 15), t | 1);
  t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
  const value = ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  return { value, rngState: next };
}

/** A whole number in [-spread, spread], drawn from the seeded stream. */
export function rollSpread(rngState: number, spread: number): { roll: number; rngState: number } {
  if (spread === 0) return { roll: 0, rngState };
  const { value, rngState: next } = nextRandom(rngState);
  return { roll: Math.floor(value * (2 * spread + 1)) - spread, rngState: next };
}

export function normaliseSeed(seed: number): number {
  return seed >>> 0;
}
