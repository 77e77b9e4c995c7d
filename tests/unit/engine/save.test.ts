import { describe, expect, it } from 'vitest';
import { decodeSave, encodeSave, newRun, replay, SAVE_VERSION, applyChoice } from '../../../src/engine';
import { fixtureCampaign as campaign, fixtureScenario as scenario } from './fixture';

function playedState() {
  let state = newRun(campaign, 42);
  for (const option of ['confront', 'wait']) {
    const outcome = applyChoice(state, campaign, option);
    if (!outcome.ok) throw new Error('unplayable');
    state = outcome.value.state;
  }
  return state;
}

describe('saves', () => {
  it('round-trips a run: decoding and replaying gives the same state', () => {
    const state = playedState();
    const decoded = decodeSave(encodeSave(state, scenario), scenario);
    expect(decoded.ok).toBe(true);
    if (!decoded.ok) return;
    expect(decoded.value).toEqual({
      seed: 42,
      plan: ['one', 'two'],
      choices: ['confront', 'wait'],
      checks: {},
      votes: {},
      scenarioVersion: 3,
    });
    expect(replay(campaign, decoded.value)).toEqual({ ok: true, value: state });
  });

  it('writes the current format version', () => {
    expect(JSON.parse(encodeSave(playedState(), scenario))).toMatchObject({
      format: 'crossroads-save',
      version: SAVE_VERSION,
    });
  });

  it('migrates a version 1 save (no chapter plan) to the full plan', () => {
    const v1 = JSON.stringify({
      format: 'crossroads-save',
      version: 1,
      scenario: 'fixture',
      seed: 9,
      choices: ['wait'],
    });
    expect(decodeSave(v1, scenario)).toEqual({
      ok: true,
      value: { seed: 9, plan: ['one', 'two'], choices: ['wait'], checks: {}, votes: {}, scenarioVersion: 1 },
    });
  });

  it.each([
    ['', { kind: 'empty' }],
    ['{not json', { kind: 'not-json' }],
    ['{"hello":1}', { kind: 'not-a-save' }],
    ['[1,2]', { kind: 'not-a-save' }],
    ['null', { kind: 'not-a-save' }],
    ['{"format":"crossroads-save","version":99}', { kind: 'too-new', version: 99 }],
    ['{"format":"crossroads-save","version":0}', { kind: 'too-old', version: 0 }],
  ])('refuses %j with a typed error instead of throwing', (text, error) => {
    expect(decodeSave(text, scenario)).toEqual({ ok: false, error });
  });

  it('reports a damaged save with details', () => {
    const damaged = JSON.stringify({
      format: 'crossroads-save',
      version: 2,
      scenario: { id: 'fixture', version: 1 },
      seed: -4,
      plan: [],
      choices: 'x',
    });
    const result = decodeSave(damaged, scenario);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.error.kind).toBe('damaged');
  });

  it('refuses saves of another scenario or of newer content', () => {
    const other = JSON.stringify({
      format: 'crossroads-save',
      version: 2,
      scenario: { id: 'moscow-desk', version: 1 },
      seed: 1,
      plan: [],
      choices: [],
    });
    expect(decodeSave(other, scenario)).toEqual({
      ok: false,
      error: { kind: 'other-scenario', scenario: 'moscow-desk' },
    });
    const newer = JSON.stringify({
      format: 'crossroads-save',
      version: 2,
      scenario: { id: 'fixture', version: 9 },
      seed: 1,
      plan: [],
      choices: [],
    });
    expect(decodeSave(newer, scenario)).toEqual({ ok: false, error: { kind: 'newer-content', version: 9 } });
  });

  it('never throws on random text', () => {
    for (const text of [
      '\u0000',
      '{"format":"crossroads-save","version":"2"}',
      '{"format":"crossroads-save","version":1}',
      '1e999',
    ]) {
      expect(() => decodeSave(text, scenario)).not.toThrow();
      expect(decodeSave(text, scenario).ok).toBe(false);
    }
  });
});
