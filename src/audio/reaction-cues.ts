import type { Actor } from '../content/schema';
import type { CueName } from './synth';

/**
 * Each kind of reaction has its own sound: Moscow a heavy drum, Ankara a plucked string, the West a chime,
 * the markets coins, the diaspora a distant flute. Baku and Yerevan have none: Baku is the player's own
 * side, and Yerevan's few reactions are read on the consequences screen.
 */
export const REACTION_CUES: Readonly<Partial<Record<Actor, CueName>>> = {
  moscow: 'drum',
  ankara: 'pluck',
  west: 'chime',
  markets: 'coins',
  diaspora: 'flute',
};

/** The cues for a choice's reactions: each kind once, in the order the actors first reacted. */
export function reactionCues(actors: readonly Actor[]): CueName[] {
  const cues = actors.map((actor) => REACTION_CUES[actor]).filter((cue) => cue !== undefined);
  return [...new Set(cues)];
}
