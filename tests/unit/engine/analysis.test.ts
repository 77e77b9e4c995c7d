import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  approachProfile,
  chooseEnding,
  historicalChoices,
  historicalRun,
  replay,
  turningPoints,
  type Campaign,
  type RunRecord,
} from '../../../src/engine';
import { chapter, decision, ending, fixtureCampaign as campaign, option } from './fixture';

const endings = [
  ending('orbit', [{ kind: 'meterAtLeast', meter: 'russia', value: 70 }]),
  ending('rupture', [{ kind: 'meterBelow', meter: 'russia', value: 45 }]),
  ending('balance'),
];

const endingOf = (run: RunRecord) => {
  const state = replay(campaign, run);
  if (!state.ok) throw new Error('replay failed');
  return chooseEnding(endings, state.value, campaign)!.id;
};

describe('historicalChoices and historicalRun', () => {
  it('list each decision’s historical option in plan order', () => {
    expect(historicalChoices(['two', 'one'], campaign)).toEqual([
      { chapter: 'two', decision: 'd3', option: 'wait' },
      { chapter: 'one', decision: 'd1', option: 'wait' },
      { chapter: 'one', decision: 'd2', option: 'wait' },
    ]);
  });

  it('play Baku’s path to its end and give its ending', () => {
    const result = historicalRun(5, ['one', 'two'], campaign, endings);
    if (!result.ok) throw new Error('historical run failed');
    expect(result.value.state.finished).toBe(true);
    expect(result.value.state.history.map((c) => c.option)).toEqual(['wait', 'wait', 'wait']);
    expect(result.value.state.meters.citizens).toBe(66);
    expect(result.value.ending?.id).toBe('balance');
  });

  it('fail when a chapter of the plan is not loaded, even the last', () => {
    expect(historicalRun(5, ['one', 'missing'], campaign, endings)).toEqual({
      ok: false,
      error: { index: 2, cause: { kind: 'chapter-not-loaded', chapter: 'missing' } },
    });
  });
});

describe('turningPoints', () => {
  it('lists every swap of one choice that changes the ending, with that ending', () => {
    // conciliate, conciliate, wait: Russia 60 → 72, the orbit. Waiting or confronting instead at either of the
    // first two decisions keeps Russia below 70 (balance); at the third only confronting does.
    const run = { seed: 3, plan: ['one', 'two'], choices: ['conciliate', 'conciliate', 'wait'] };
    expect(endingOf(run)).toBe('orbit');
    const points = turningPoints(run, campaign, endings);
    expect(points).toEqual({
      ok: true,
      value: [
        {
          index: 0,
          chapter: 'one',
          decision: 'd1',
          chosen: 'conciliate',
          alternative: 'confront',
          ending: 'balance',
        },
        {
          index: 0,
          chapter: 'one',
          decision: 'd1',
          chosen: 'conciliate',
          alternative: 'wait',
          ending: 'balance',
        },
        {
          index: 1,
          chapter: 'one',
          decision: 'd2',
          chosen: 'conciliate',
          alternative: 'confront',
          ending: 'balance',
        },
        {
          index: 1,
          chapter: 'one',
          decision: 'd2',
          chosen: 'conciliate',
          alternative: 'wait',
          ending: 'balance',
        },
        {
          index: 2,
          chapter: 'two',
          decision: 'd3',
          chosen: 'wait',
          alternative: 'confront',
          ending: 'balance',
        },
      ],
    });
  });

  it('is exactly the set of single swaps whose ending differs, for any run', () => {
    const ids = ['confront', 'conciliate', 'wait'];
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 0xffffffff }),
        fc.array(fc.constantFrom(...ids), { minLength: 3, maxLength: 3 }),
        (seed, choices) => {
          const run = { seed, plan: ['one', 'two'], choices };
          const points = turningPoints(run, campaign, endings);
          if (!points.ok) throw new Error('turning points failed');
          const expected = choices.flatMap((chosen, index) =>
            ids
              .filter((alternative) => alternative !== chosen)
              .map((alternative) => ({
                index,
                alternative,
                ending: endingOf({ ...run, choices: choices.map((c, i) => (i === index ? alternative : c)) }),
              }))
              .filter((swap) => swap.ending !== endingOf(run)),
          );
          expect(
            points.value.map(({ index, alternative, ending }) => ({ index, alternative, ending })),
          ).toEqual(expected);
        },
      ),
      { numRuns: 60 },
    );
  });

  it('fails like replay for a run that cannot be played', () => {
    const run = { seed: 1, plan: ['one', 'two'], choices: ['wait', 'nonsense'] };
    expect(turningPoints(run, campaign, endings)).toMatchObject({ ok: false, error: { index: 1 } });
  });
});

describe('approachProfile', () => {
  const tagged: Campaign = {
    ...campaign,
    chapters: {
      ...campaign.chapters,
      three: chapter('three', 3, [
        decision(
          'd4',
          [
            option('case', [['west', 5]], ['confront', 'internationalise']),
            option('appeal', [['west', 3]], ['west']),
            option('wait', [['peace', 1]], ['wait']),
          ],
          'appeal',
        ),
      ]),
    },
  };

  it('counts confront, wait and conciliate among the choices, with shares', () => {
    const history = [
      { chapter: 'one', decision: 'd1', option: 'confront' },
      { chapter: 'one', decision: 'd2', option: 'wait' },
      { chapter: 'two', decision: 'd3', option: 'wait' },
      { chapter: 'three', decision: 'd4', option: 'case' },
    ];
    expect(approachProfile(history, tagged)).toEqual({
      total: 4,
      counts: { confront: 2, wait: 2, conciliate: 0 },
      other: 0,
      shares: { confront: 0.5, wait: 0.5, conciliate: 0 },
    });
  });

  it('reads Baku’s real path with the same function', () => {
    const profile = approachProfile(historicalChoices(['one', 'two', 'three'], tagged), tagged);
    expect(profile).toEqual({
      total: 4,
      counts: { confront: 0, wait: 3, conciliate: 0 },
      other: 1,
      shares: { confront: 0, wait: 0.75, conciliate: 0 },
    });
  });

  it('gives zero shares for no choices', () => {
    expect(approachProfile([], tagged).shares).toEqual({ confront: 0, wait: 0, conciliate: 0 });
  });
});
