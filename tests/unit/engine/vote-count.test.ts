import { describe, expect, it } from 'vitest';
import { parseVoteCount, voteShares } from '../../../src/engine';

describe('a typed vote count', () => {
  it('is a whole number from 0 to 999, and an empty field counts as 0', () => {
    expect(parseVoteCount('0')).toEqual({ ok: true, value: 0 });
    expect(parseVoteCount(' 12 ')).toEqual({ ok: true, value: 12 });
    expect(parseVoteCount('999')).toEqual({ ok: true, value: 999 });
    expect(parseVoteCount('007')).toEqual({ ok: true, value: 7 });
    expect(parseVoteCount('4.0')).toEqual({ ok: true, value: 4 });
    expect(parseVoteCount('')).toEqual({ ok: true, value: 0 });
    expect(parseVoteCount('-0')).toEqual({ ok: true, value: 0 });
  });

  it.each([
    ['-1', 'negative'],
    ['-2.5', 'negative'],
    ['2.5', 'fraction'],
    ['.5', 'fraction'],
    ['1000', 'tooLarge'],
    ['99999999999999999999', 'tooLarge'],
    ['1e16', 'unreadable'],
    ['1e2', 'unreadable'],
    ['12e', 'unreadable'],
    ['abc', 'unreadable'],
    ['-', 'unreadable'],
    ['1,5', 'unreadable'],
    ['Infinity', 'unreadable'],
    ['NaN', 'unreadable'],
  ])('refuses %s as %s', (typed, error) => {
    expect(parseVoteCount(typed)).toEqual({ ok: false, error });
  });

  it('trusts the field when it says the text is no number (its value then reads as empty)', () => {
    expect(parseVoteCount('', true)).toEqual({ ok: false, error: 'unreadable' });
  });
});

describe('vote shares', () => {
  it('are whole percentages that add up to 100', () => {
    expect(voteShares([1, 1, 1])).toEqual([34, 33, 33]);
    expect(voteShares([4, 9, 11, 0])).toEqual([17, 37, 46, 0]);
    expect(voteShares([2, 0])).toEqual([100, 0]);
    const shares = voteShares([7, 13, 5, 3]);
    expect(shares.reduce((sum, share) => sum + share, 0)).toBe(100);
  });

  it('are all zero when nobody voted', () => {
    expect(voteShares([0, 0, 0])).toEqual([0, 0, 0]);
  });
});
