import type { Actor } from '../content/schema';

/** Where on the map a modelled actor's reaction shows, and the meter whose colour its pulse takes. */
export interface ReactionMark {
  place: string;
  /** The meter the actor stands for; null for Baku itself, whose pulse is the map's highlight colour. */
  meter: string | null;
}

/**
 * The West reacts from Brussels, the origin of its arc; the markets from Baku, where the economy they judge is;
 * the diaspora from Yekaterinburg, home to one of the largest Azerbaijani communities in Russia and the place
 * of the June 2025 raids.
 */
export const REACTION_MARKS: Readonly<Record<Actor, ReactionMark>> = {
  moscow: { place: 'moscow', meter: 'russia' },
  ankara: { place: 'ankara', meter: 'turkey' },
  west: { place: 'brussels', meter: 'west' },
  baku: { place: 'baku', meter: null },
  yerevan: { place: 'yerevan', meter: 'peace' },
  markets: { place: 'baku', meter: 'economy' },
  diaspora: { place: 'yekaterinburg', meter: 'citizens' },
};

/** One mark per actor that reacted, in the order they first reacted. */
export function reactionMarks(actors: readonly Actor[]): (ReactionMark & { actor: Actor })[] {
  return [...new Set(actors)].map((actor) => ({ actor, ...REACTION_MARKS[actor] }));
}
