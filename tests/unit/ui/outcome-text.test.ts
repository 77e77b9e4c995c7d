import { describe, expect, it } from 'vitest';
import type { ApproachProfile, MeterChange, TurningPoint } from '../../../src/engine';
import { approachRows, chanceInTen, describeChange, turningDecisions } from '../../../src/ui/outcome-text';
import { translator } from '../results/helpers';
import { textKey } from '../support/text-key';

const change = (over: Partial<MeterChange>): MeterChange => ({
  meter: 'west',
  delta: 8,
  from: 40,
  to: 48,
  reason: textKey('ch01:d1.options.investigation.effects.west'),
  cause: { kind: 'option', option: 'investigation' },
  ...over,
});

describe('chanceInTen', () => {
  it('rounds to a whole number in ten and never says 0 or 10 in 10', () => {
    expect(chanceInTen(0.6)).toBe(6);
    expect(chanceInTen(0.35)).toBe(4);
    expect(chanceInTen(0.05)).toBe(1);
    expect(chanceInTen(0.95)).toBe(9);
  });
});

describe('describeChange', () => {
  const en = translator('en');
  const reason = 'Western capitals backed the call for an investigation under international rules';

  it('says an uncertain effect’s chance and that it happened this time', () => {
    const line = describeChange(
      change({ chance: { probability: 0.6, happened: true, planned: 8 } }),
      'West',
      en,
      'en',
    );
    expect(line).toBe(`West +8: ${reason} (a chance of about 6 in 10: this time it happened)`);
  });

  it('says an uncertain effect that did not happen was a chance of its planned change, not a meter at its limit', () => {
    const missed = change({ delta: 0, to: 40, chance: { probability: 0.35, happened: false, planned: -6 } });
    const line = describeChange(missed, 'West', en, 'en');
    expect(line).toBe(`West 0 — a chance of about 4 in 10 of −6 (${reason}): this time it did not happen`);
    expect(line).not.toContain(en('consequences.clamped'));
  });

  it('adds the limit to a chance that happened at a meter already at its limit', () => {
    const stuck = change({
      delta: 0,
      from: 100,
      to: 100,
      chance: { probability: 0.5, happened: true, planned: 8 },
    });
    expect(describeChange(stuck, 'West', en, 'en')).toBe(
      `West 0: ${reason} (a chance of about 5 in 10: this time it happened) (the meter is at its limit)`,
    );
  });

  it('keeps the limit note for a sure effect that moved nothing, and adds nothing to one that moved', () => {
    expect(describeChange(change({ delta: 0, from: 100, to: 100 }), 'West', en, 'en')).toBe(
      `West 0: ${reason} (the meter is at its limit)`,
    );
    expect(describeChange(change({ delta: -3 }), 'West', en, 'en')).toBe(`West −3: ${reason}`);
  });

  it('is worded in every language, with the chance, the planned change and the reason', () => {
    for (const language of ['ru', 'az', 'tr']) {
      const t = translator(language);
      const happened = describeChange(
        change({ chance: { probability: 0.7, happened: true, planned: 8 } }),
        'M',
        t,
        language,
      );
      const missed = describeChange(
        change({ delta: 0, chance: { probability: 0.7, happened: false, planned: 8 } }),
        'M',
        t,
        language,
      );
      const translatedReason = t(change({}).reason);
      for (const line of [happened, missed]) {
        expect(line, language).toContain('7');
        expect(line, language).toContain(translatedReason);
        expect(line, language).not.toContain('consequences.');
      }
      expect(missed, language).toContain('+8');
      expect(happened, language).not.toBe(missed);
    }
  });
});

describe('turningDecisions', () => {
  const point = (index: number, alternative: string, ending: string): TurningPoint => ({
    index,
    chapter: 'ch01',
    decision: `d${index + 1}`,
    chosen: 'accuse',
    alternative,
    ending,
  });

  it('gathers the alternatives of each decision, in the run’s order', () => {
    const grouped = turningDecisions([
      point(3, 'talks', 'orbit'),
      point(0, 'accept', 'orbit'),
      point(3, 'wait', 'rupture'),
    ]);
    expect(grouped.map((entry) => entry.index)).toEqual([0, 3]);
    expect(grouped[1]!.alternatives).toEqual([
      { option: 'talks', ending: 'orbit' },
      { option: 'wait', ending: 'rupture' },
    ]);
  });

  it('gives none for no turning points', () => {
    expect(turningDecisions([])).toEqual([]);
  });
});

describe('approachRows', () => {
  const profile = (confront: number, wait: number, conciliate: number, other: number): ApproachProfile => {
    const total = confront + wait + conciliate + other;
    return {
      total,
      counts: { confront, wait, conciliate },
      other,
      shares: { confront: confront / total, wait: wait / total, conciliate: conciliate / total },
    };
  };

  it('gives counts and whole per cents for both paths, each column adding up to its choices', () => {
    const rows = approachRows(profile(3, 1, 1, 0), profile(1, 2, 1, 1));
    expect(rows.map((row) => row.approach)).toEqual(['confront', 'wait', 'conciliate', 'other']);
    expect(rows[0]!.run).toEqual({ count: 3, total: 5, share: 60 });
    expect(rows.reduce((sum, row) => sum + row.run.count, 0)).toBe(5);
    expect(rows.reduce((sum, row) => sum + row.real.count, 0)).toBe(5);
  });

  it('leaves out the "none of these" row when neither path has such a choice', () => {
    expect(approachRows(profile(1, 1, 1, 0), profile(2, 1, 0, 0)).map((row) => row.approach)).toEqual([
      'confront',
      'wait',
      'conciliate',
    ]);
  });
});
