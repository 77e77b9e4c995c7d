import { describe, expect, it } from 'vitest';
import { REACTION_CUES, reactionCues } from '../../../src/audio/reaction-cues';
import { CUE_NAMES } from '../../../src/audio/synth';

describe('the sound of each kind of reaction', () => {
  it('gives Moscow, Ankara, the West, the markets and the diaspora each a sound of their own', () => {
    const kinds = ['moscow', 'ankara', 'west', 'markets', 'diaspora'] as const;
    const cues = kinds.map((actor) => REACTION_CUES[actor]);
    expect(cues.every((cue) => cue !== undefined && CUE_NAMES.includes(cue))).toBe(true);
    expect(new Set(cues).size).toBe(kinds.length);
  });

  it('uses none of the interface’s own sounds for a reaction', () => {
    const interfaceCues = ['tick', 'paper', 'confirm', 'bell', 'rise', 'fall'];
    for (const cue of Object.values(REACTION_CUES)) expect(interfaceCues).not.toContain(cue);
  });

  it('plays each kind once, in the order the actors first reacted', () => {
    expect(reactionCues(['ankara', 'moscow', 'ankara', 'west'])).toEqual(['pluck', 'drum', 'chime']);
    expect(reactionCues(['markets', 'diaspora'])).toEqual(['coins', 'flute']);
  });

  it('plays nothing for Baku and Yerevan, or for no reaction', () => {
    expect(reactionCues(['baku', 'yerevan'])).toEqual([]);
    expect(reactionCues([])).toEqual([]);
  });
});
