import { describe, expect, it } from 'vitest';
import { summariseClass, tally } from '../../../src/results/class-summary';
import { collectResults, emptyCollection, type PickedFile } from '../../../src/results/collect-results';
import type { ResultFile } from '../../../src/results/result-file';
import { campaign, ch01, endings, played, resultOf, scenario } from './helpers';

const score = (balanced: number) => ({ trueRight: 0, trueTotal: 4, falseRight: 0, falseTotal: 4, balanced });
const options = ch01.decisions[0]!.options.map((option) => option.id);
const summary = (results: ResultFile[]) => summariseClass(results, campaign, endings);
const picked = (name: string, text: string): PickedFile => ({
  name,
  text: { status: 'fulfilled', value: text },
});

describe('the class summary', () => {
  it('counts how the runs chose and how classes voted, per decision, class apart from solo', () => {
    const { decisions } = summary([
      resultOf(played(1, 0, [5, 1, 0, 0])),
      resultOf(played(2, 0), { mode: 'solo' }),
      resultOf(played(3, 1, [0, 7, 2, 0])),
      resultOf(played(4, 1), { mode: 'solo' }),
      resultOf(played(5, 1), { mode: 'solo' }),
    ]);
    const [first] = decisions;
    expect(first).toMatchObject({
      chapter: 'ch01',
      decision: 'd1',
      historical: ch01.decisions[0]!.historical,
    });
    const row = (option: number) => first!.options.find((entry) => entry.option === options[option])!;
    expect(row(0).runs).toEqual({ class: tally(1, 2), solo: tally(1, 3) });
    expect(row(1).runs).toEqual({ class: tally(1, 2), solo: tally(2, 3) });
    expect(row(1).runs.solo.percent).toBe(67);
    expect(row(0).votes).toEqual({ count: 5, total: 15, percent: 33 });
    expect(row(1).votes).toEqual({ count: 8, total: 15, percent: 53 });
    expect(row(2).votes.percent).toBe(13);
    expect(first!.options.map((entry) => entry.option)).toEqual(options);
  });

  it('spreads the runs over every ending, with percentages per kind of run', () => {
    const { endings: spread, runs } = summary([
      resultOf(played(1, 0), { ending: 'balance' }),
      resultOf(played(2, 0), { ending: 'balance' }),
      resultOf(played(3, 0), { ending: 'orbit' }),
      resultOf(played(4, 0), { ending: 'orbit', mode: 'solo' }),
      resultOf(played(5, 0), { ending: null, mode: 'solo' }),
    ]);
    expect(runs).toEqual({ class: tally(3, 5), solo: tally(2, 5) });
    expect(spread.map((entry) => entry.ending)).toEqual([...endings.map((ending) => ending.id), null]);
    const of = (id: string | null) => spread.find((entry) => entry.ending === id)!;
    expect(of('balance').runs).toEqual({ class: { count: 2, total: 3, percent: 67 }, solo: tally(0, 2) });
    expect(of('orbit').runs).toEqual({ class: tally(1, 3), solo: { count: 1, total: 2, percent: 50 } });
    expect(of('isolated').runs.class).toEqual({ count: 0, total: 3, percent: 0 });
    expect(of(null)).toMatchObject({ known: false, runs: { solo: { count: 1, percent: 50 } } });
  });

  it('averages the knowledge check before and after where runs took it', () => {
    const { checks } = summary([
      resultOf(played(1, 0), { checks: { before: score(40), after: score(70) } }),
      resultOf(played(2, 0), { checks: { before: score(51), after: score(90) } }),
      resultOf(played(3, 0), { checks: { after: score(61) } }),
      resultOf(played(4, 0), { mode: 'solo' }),
    ]);
    expect(checks.before.class).toEqual({ runs: 2, balanced: 46 });
    expect(checks.after.class).toEqual({ runs: 3, balanced: 74 });
    expect(checks.before.solo).toBeNull();
    expect(checks.after.solo).toBeNull();
  });

  it('does not let ids from a file match Object.prototype', () => {
    const file = resultOf(played(1, 0), { ending: 'toString' });
    const tampered: ResultFile = {
      ...file,
      decisions: file.decisions.map((decision) => ({ ...decision, option: 'constructor' })),
    };
    const result = summary([tampered, { ...file, ending: '__proto__' }]);
    const [first] = result.decisions;
    for (const row of first!.options) expect(typeof row.runs.class.count).toBe('number');
    expect(first!.options.reduce((total, row) => total + row.runs.class.count, 0)).toBe(1);
    expect(result.endings.filter((entry) => !entry.known).map((entry) => entry.ending)).toEqual([
      'toString',
      '__proto__',
    ]);
    expect(result.endings.find((entry) => entry.ending === 'toString')!.runs.class).toEqual(tally(1, 2));
  });

  it('returns whole-number percentages and 0 of nothing', () => {
    expect(tally(1, 3).percent).toBe(33);
    expect(tally(2, 3).percent).toBe(67);
    expect(tally(0, 0)).toEqual({ count: 0, total: 0, percent: 0 });
  });
});

describe('collecting results files', () => {
  const first = resultOf(played(1, 0), { group: 'Group 1' });
  const second = resultOf(played(2, 1), { group: 'Group 2' });

  it('counts the same run once, even saved with other spacing or picked again later, and says which', () => {
    const once = collectResults(
      emptyCollection(),
      [
        picked('group1.json', JSON.stringify(first)),
        picked('group2.json', JSON.stringify(second)),
        picked('group1 (copy).json', JSON.stringify(first, null, 2)),
      ],
      scenario.id,
    );
    expect(once.counted.map((file) => file.name)).toEqual(['group1.json', 'group2.json']);
    expect(once.duplicates).toEqual([{ name: 'group1 (copy).json', sameAs: 'group1.json' }]);
    const again = collectResults(once, [picked('group2.json', JSON.stringify(second))], scenario.id);
    expect(again.counted).toHaveLength(2);
    expect(again.duplicates.at(-1)).toEqual({ name: 'group2.json', sameAs: 'group2.json' });
  });

  it('keeps the good files when one cannot be read or parsed, and names each refused file', () => {
    const collection = collectResults(
      emptyCollection(),
      [
        picked('group1.json', JSON.stringify(first)),
        { name: 'locked.json', text: { status: 'rejected', reason: new Error('NotReadableError') } },
        picked('broken.json', '{"format": "crossroads-result"'),
        picked('group2.json', JSON.stringify(second)),
      ],
      scenario.id,
    );
    expect(collection.counted.map((file) => file.name)).toEqual(['group1.json', 'group2.json']);
    expect(collection.refused).toEqual([
      { name: 'locked.json', reason: { kind: 'unreadable' } },
      { name: 'broken.json', reason: { kind: 'not-json' } },
    ]);
  });
});
