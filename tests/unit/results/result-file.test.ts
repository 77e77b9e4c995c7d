import { describe, expect, it } from 'vitest';
import { parseResultFile } from '../../../src/results/result-file';
import { campaign, played, resultOf, scenario } from './helpers';

describe('results files', () => {
  it('round-trip through JSON with choices, history and class votes', () => {
    const file = resultOf(played(1, 2, [3, 4, 9, 1]));
    const parsed = parseResultFile(JSON.stringify(file), scenario.id);
    expect(parsed).toEqual({ ok: true, value: file });
    expect(file.decisions[0]).toMatchObject({ chapter: 'ch01', decision: 'd1', votes: [3, 4, 9, 1] });
    expect(file.decisions[0]!.historical).toBe(campaign.chapters.ch01!.decisions[0]!.historical);
  });

  it('keep ids, and keep reading a file saved with a byte order mark', () => {
    const file = resultOf(played(1, 0));
    expect(file).toMatchObject({ format: 'crossroads-result', version: 1, ending: 'balance' });
    expect(parseResultFile(`\uFEFF${JSON.stringify(file)}`, scenario.id)).toEqual({ ok: true, value: file });
  });

  it('carry no personal data: only a group label the user typed', () => {
    const keys = Object.keys(resultOf(played(1, 0)));
    expect(keys.sort()).toEqual(
      [
        'checks',
        'decisions',
        'ending',
        'format',
        'group',
        'meters',
        'mode',
        'plan',
        'scenario',
        'seed',
        'version',
      ].sort(),
    );
  });

  it('refuse malformed files with a reason', () => {
    expect(parseResultFile('{not json', scenario.id)).toEqual({ ok: false, error: { kind: 'not-json' } });
    expect(parseResultFile('group,mode,chapter,decision,option,historical\n', scenario.id)).toEqual({
      ok: false,
      error: { kind: 'spreadsheet' },
    });
    expect(parseResultFile('{"format":"other"}', scenario.id)).toEqual({
      ok: false,
      error: { kind: 'not-a-result' },
    });
    const file = resultOf(played(1, 0));
    expect(parseResultFile(JSON.stringify({ ...file, version: 9 }), scenario.id)).toEqual({
      ok: false,
      error: { kind: 'too-new', version: 9 },
    });
    const damaged = parseResultFile(JSON.stringify({ ...file, decisions: 'lots' }), scenario.id);
    expect(damaged.ok === false && damaged.error.kind).toBe('damaged');
    expect(parseResultFile(JSON.stringify(file), 'other')).toEqual({
      ok: false,
      error: { kind: 'other-scenario', scenario: scenario.id },
    });
  });
});
