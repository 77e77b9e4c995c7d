import { describe, expect, it } from 'vitest';
import { applyChoice, newRun, recordVotes, type Campaign, type GameState } from '../../../src/engine';
import {
  buildResult,
  parseResultFile,
  resultToCsv,
  summariseResults,
} from '../../../src/results/result-file';
import { chapterFiles, loadChapter, loadScenario } from '../content/load-real-content';

const scenario = loadScenario();
const campaign: Campaign = {
  scenario,
  chapters: Object.fromEntries(
    chapterFiles()
      .map(loadChapter)
      .map((chapter) => [chapter.id, chapter]),
  ),
};

function played(seed: number, pick: number, votes?: number[]): GameState {
  let state = newRun(campaign, seed, ['ch01']);
  for (const decision of campaign.chapters.ch01!.decisions) {
    if (votes) state = recordVotes(state, `ch01/${decision.id}`, votes);
    const outcome = applyChoice(state, campaign, decision.options[pick]!.id);
    if (!outcome.ok) throw new Error(outcome.error.kind);
    state = outcome.value.state;
  }
  return state;
}

const result = (state: GameState, group = 'Group 3') =>
  buildResult({ state, campaign, group, mode: 'class', ending: 'balance', checks: {} });

describe('results files', () => {
  it('round-trip through JSON with choices, history and class votes', () => {
    const file = result(played(1, 2, [3, 4, 9, 1]));
    const parsed = parseResultFile(JSON.stringify(file), scenario.id);
    expect(parsed).toEqual({ ok: true, value: file });
    expect(file.decisions[0]).toMatchObject({ chapter: 'ch01', decision: 'd1', votes: [3, 4, 9, 1] });
    expect(file.decisions[0]!.historical).toBe(campaign.chapters.ch01!.decisions[0]!.historical);
  });

  it('carry no personal data: only a group label the user typed', () => {
    const keys = Object.keys(result(played(1, 0)));
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

  it('export to CSV, one row per decision, safe to open in a spreadsheet', () => {
    const csv = resultToCsv(result(played(1, 1), '=HYPERLINK("x")'));
    const lines = csv.trim().split('\n');
    expect(lines).toHaveLength(3);
    expect(lines[0]).toMatch(/^group,mode,chapter,decision,option,historical/);
    expect(lines[1]).toMatch(/^"'=HYPERLINK\(""x""\)",class,ch01,d1,/);
  });

  it('refuse malformed files with a reason', () => {
    expect(parseResultFile('{not json', scenario.id)).toEqual({ ok: false, error: { kind: 'not-json' } });
    expect(parseResultFile(resultToCsv(result(played(1, 0))), scenario.id)).toEqual({
      ok: false,
      error: { kind: 'spreadsheet' },
    });
    expect(parseResultFile('{"format":"other"}', scenario.id)).toEqual({
      ok: false,
      error: { kind: 'not-a-result' },
    });
    const file = result(played(1, 0));
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

  it('summarise many runs per decision beside history', () => {
    const files = [
      result(played(1, 0, [5, 1, 0, 0])),
      result(played(2, 0)),
      result(played(3, 1, [0, 7, 2, 0])),
    ];
    const [first] = summariseResults(files, campaign);
    const options = campaign.chapters.ch01!.decisions[0]!.options.map((option) => option.id);
    expect(first).toMatchObject({ chapter: 'ch01', decision: 'd1' });
    expect(first!.runs[options[0]!]).toBe(2);
    expect(first!.runs[options[1]!]).toBe(1);
    expect(first!.votes[options[0]!]).toBe(5);
    expect(first!.votes[options[1]!]).toBe(8);
  });
});
