import { describe, expect, it } from 'vitest';
import type { Option } from '../../../src/content/schema';
import {
  classChoice,
  countVotes,
  decodeSave,
  encodeSave,
  newRun,
  recordVotes,
  replay,
  runRecordOf,
} from '../../../src/engine';
import { fixtureCampaign } from './fixture';

const options = ['a', 'b', 'c'].map((id) => ({ id }) as Option);

describe('class votes', () => {
  it('choose the option with most votes', () => {
    expect(countVotes(options, [3, 11, 7])).toEqual({ winner: 'b', tied: [], total: 21 });
  });

  it('leave a tie at the top to the teacher', () => {
    expect(countVotes(options, [9, 4, 9])).toEqual({ winner: undefined, tied: ['a', 'c'], total: 22 });
  });

  it('choose nothing when no votes were entered, and ignore negative or fractional counts', () => {
    expect(countVotes(options, [0, 0, 0]).winner).toBeUndefined();
    expect(countVotes(options, [-5, 2.7, 1])).toEqual({ winner: 'b', tied: [], total: 3 });
  });

  it('are kept by saves and replays without touching the meters', () => {
    const start = newRun(fixtureCampaign, 8);
    const voted = recordVotes(start, 'one/d1', [4, 2]);
    expect(voted.meters).toEqual(start.meters);
    const decoded = decodeSave(encodeSave(voted, fixtureCampaign.scenario), fixtureCampaign.scenario);
    expect(decoded.ok && decoded.value.votes).toEqual({ 'one/d1': [4, 2] });
    const replayed = replay(fixtureCampaign, runRecordOf(voted));
    expect(replayed.ok && replayed.value.votes).toEqual({ 'one/d1': [4, 2] });
  });
});

describe("the class's choice", () => {
  it('plays the option with most votes, whatever the teacher picked', () => {
    expect(classChoice(options, [3, 11, 7], 'a')).toEqual({ kind: 'play', option: 'b' });
    expect(classChoice(options, [3, 11, 7], null)).toEqual({ kind: 'play', option: 'b' });
  });

  it('settles a tie at the top with the option the teacher picked among the tied', () => {
    expect(classChoice(options, [9, 4, 9], 'c')).toEqual({ kind: 'play', option: 'c' });
  });

  it('asks the teacher to settle a tie when no tied option is picked', () => {
    expect(classChoice(options, [9, 4, 9], null)).toEqual({ kind: 'tie', tied: ['a', 'c'] });
    expect(classChoice(options, [9, 4, 9], 'b')).toEqual({ kind: 'tie', tied: ['a', 'c'] });
  });

  it("plays the teacher's pick when no votes were entered, and nothing without one", () => {
    expect(classChoice(options, [0, 0, 0], 'b')).toEqual({ kind: 'play', option: 'b' });
    expect(classChoice(options, [0, 0, 0], null)).toEqual({ kind: 'none' });
    expect(classChoice(options, [0, 0, 0], 'gone')).toEqual({ kind: 'none' });
  });
});
