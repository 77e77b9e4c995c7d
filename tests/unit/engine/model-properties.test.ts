import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { chooseEnding, replay, type Campaign } from '../../../src/engine';
import { chapter, decision, ending, fixtureCampaign, fixtureScenario, option } from './fixture';
import {
  distanceToEnding,
  dominatedOptions,
  endingSpread,
  pathArbitrary,
  playPath,
  reachableEndings,
} from './model-properties';

describe('dominatedOptions', () => {
  const uncertain = {
    ...option('d', [['economy', 6]]),
    effects: [{ meter: 'economy', delta: 6, spread: 0, chance: 0.5, reason: 't:d.economy' }],
  };
  const campaign: Campaign = {
    scenario: { ...fixtureScenario, chapters: ['one'] },
    chapters: {
      one: chapter('one', 1, [
        decision(
          'd1',
          [
            option('a', [
              ['russia', -5],
              ['economy', 3],
            ]),
            option('b', [
              ['russia', -2],
              ['economy', 1],
            ]),
            option('c', [
              ['russia', 6],
              ['economy', 1],
            ]),
            uncertain,
          ],
          'a',
        ),
      ]),
    },
  };
  const pairs = (list: { dominant: string; dominated: string }[]) =>
    list.map(({ dominant, dominated }) => `${dominant}>${dominated}`);

  it('on six meters, compares stakes signed and powers by the size of their move', () => {
    // a moves Russia further than b and d and gives at least their economy; c moves Russia further than b.
    expect(pairs(dominatedOptions(campaign).sixMeters)).toEqual(['a>b', 'a>d', 'c>b']);
  });

  it('on the stakes alone, compares signed sums, an uncertain effect at its expected size', () => {
    // d's economy +6 at 50% counts as +3: equal to a's, so neither dominates the other.
    expect(pairs(dominatedOptions(campaign).stakes)).toEqual(['a>b', 'a>c', 'd>b', 'd>c']);
  });

  it('names where each pair is', () => {
    expect(dominatedOptions(campaign).stakes[0]).toEqual({
      chapter: 'one',
      decision: 'd1',
      dominant: 'a',
      dominated: 'b',
    });
  });

  it('reads the fixture’s standard options: conciliating costs no stake, confronting costs the economy', () => {
    const { sixMeters, stakes } = dominatedOptions(fixtureCampaign);
    expect(sixMeters).toEqual([]);
    expect(stakes.map((pair) => `${pair.decision}:${pair.dominant}>${pair.dominated}`)).toEqual([
      'd1:conciliate>confront',
      'd2:conciliate>confront',
      'd3:conciliate>confront',
    ]);
  });
});

const endings = [
  ending('orbit', [{ kind: 'meterAtLeast', meter: 'russia', value: 70 }]),
  ending('rupture', [{ kind: 'meterBelow', meter: 'russia', value: 45 }]),
  ending('balance'),
];

describe('endingSpread', () => {
  const plan = ['one', 'two'];

  it('gives every ending a share, the shares adding up to 1, the same for the same seed', () => {
    const spread = endingSpread(fixtureCampaign, endings, plan, 300, 4);
    expect(Object.keys(spread)).toEqual(['orbit', 'rupture', 'balance']);
    expect(Object.values(spread).reduce((a, b) => a + b, 0)).toBeCloseTo(1, 10);
    expect(endingSpread(fixtureCampaign, endings, plan, 300, 4)).toEqual(spread);
  });

  it('samples every path equally: the shares match counting all 27 paths', () => {
    // Russia moves −8, +6 or 0 per decision; the orbit needs two or three conciliations and no confrontation
    // (4 paths of 27 reach 70+), the rupture two or three confrontations with no conciliation (4 paths).
    const spread = endingSpread(fixtureCampaign, endings, plan, 4000, 11);
    expect(spread.orbit).toBeCloseTo(4 / 27, 1);
    expect(spread.rupture).toBeCloseTo(4 / 27, 1);
    expect(spread.balance).toBeCloseTo(19 / 27, 1);
  });
});

describe('distanceToEnding', () => {
  it('is zero exactly for the ending the run gets', () => {
    const plan = ['one', 'two'];
    fc.assert(
      fc.property(pathArbitrary(fixtureCampaign, plan), (path) => {
        const state = playPath(fixtureCampaign, plan, path);
        const chosen = chooseEnding(endings, state, fixtureCampaign)!.id;
        for (const target of endings)
          expect(distanceToEnding(endings, target.id, state, fixtureCampaign) === 0).toBe(
            target.id === chosen,
          );
      }),
      { numRuns: 200 },
    );
  });
});

describe('reachableEndings', () => {
  // Seven decisions (3^7 = 2187 paths): a test small enough to enumerate, large enough to need the search.
  const campaign: Campaign = {
    scenario: fixtureScenario,
    chapters: {
      ...fixtureCampaign.chapters,
      three: chapter('three', 3, ['d4', 'd5']),
      four: chapter('four', 4, ['d6', 'd7']),
    },
  };
  const plan = ['one', 'two', 'three', 'four'];
  const rare = [
    // Only seven conciliations in a row (1 path of 2187) reach 100.
    ending('total-orbit', [{ kind: 'meterAtLeast', meter: 'russia', value: 100 }]),
    // Only seven confrontations bring Russia under 10.
    ending('rupture', [{ kind: 'meterBelow', meter: 'russia', value: 10 }]),
    // Russia back at exactly 60 with citizens at 66 or more: only by waiting every time.
    ending('stillness', [
      { kind: 'meterAtLeast', meter: 'russia', value: 60 },
      { kind: 'meterBelow', meter: 'russia', value: 61 },
      { kind: 'meterAtLeast', meter: 'citizens', value: 66 },
    ]),
    // Peace only falls in this fixture.
    ending('lasting-peace', [{ kind: 'meterAtLeast', meter: 'peace', value: 90 }]),
    ending('balance'),
  ];

  const reachesIt = (id: string, run: Parameters<typeof replay>[1]) => {
    const state = replay(campaign, run);
    return state.ok && state.value.finished && chooseEnding(rare, state.value, campaign)?.id === id;
  };

  it('enumerates a small plan and gives a run reaching each ending', () => {
    const result = reachableEndings(fixtureCampaign, endings, ['one', 'two']);
    expect(result.method).toBe('exhaustive');
    expect(Object.keys(result.reached).sort()).toEqual(['balance', 'orbit', 'rupture']);
    expect(result.unreached).toEqual([]);
  });

  it('finds by search the same endings as enumerating every path, including single-path ones', () => {
    const all = reachableEndings(campaign, rare, plan, { exhaustiveUpTo: 7 });
    expect(all.method).toBe('exhaustive');
    expect(all.unreached).toEqual(['lasting-peace']);

    // Too few random samples to meet a 1-in-2187 path: the climb has to find them.
    const searched = reachableEndings(campaign, rare, plan, { samples: 20 });
    expect(searched.method).toBe('search');
    expect(Object.keys(searched.reached).sort()).toEqual(Object.keys(all.reached).sort());
    expect(searched.unreached).toEqual(['lasting-peace']);
    for (const [id, run] of Object.entries(searched.reached)) expect(reachesIt(id, run), id).toBe(true);
  });

  it('agrees with enumeration whatever the search seed', () => {
    const all = Object.keys(reachableEndings(campaign, rare, plan, { exhaustiveUpTo: 7 }).reached).sort();
    fc.assert(
      fc.property(fc.nat(), (searchSeed) => {
        const searched = reachableEndings(campaign, rare, plan, { samples: 10, restarts: 8, searchSeed });
        expect(Object.keys(searched.reached).sort()).toEqual(all);
        // A one-wide beam is a greedy walk: the climbs from random starts must make up for it.
        const climbed = reachableEndings(campaign, rare, plan, { samples: 10, beamWidth: 1, searchSeed });
        expect(Object.keys(climbed.reached).sort()).toEqual(all);
      }),
      { numRuns: 5 },
    );
  });
});
