import { describe, expect, it } from 'vitest';
import { applyChoice, newRun, type GameState } from '../../../src/engine';
import { fixtureCampaign as campaign } from './fixture';

function play(state: GameState, option: string) {
  const outcome = applyChoice(state, campaign, option);
  if (!outcome.ok) throw new Error(JSON.stringify(outcome.error));
  return outcome.value;
}

describe('newRun', () => {
  it('starts every meter at its documented starting value, at the first decision', () => {
    const state = newRun(campaign, 7);
    expect(state.meters).toEqual({ russia: 60, turkey: 65, west: 35, economy: 60, citizens: 60, peace: 50 });
    expect(state.position).toEqual({ chapter: 0, decision: 0 });
    expect(state.plan).toEqual(['one', 'two']);
    expect(state.finished).toBe(false);
  });

  it('keeps state as plain JSON', () => {
    const state = newRun(campaign, 7);
    expect(JSON.parse(JSON.stringify(state))).toEqual(state);
  });
});

describe('applyChoice', () => {
  it("applies the option's effects and gives each change its reason", () => {
    const { state, changes } = play(newRun(campaign, 1), 'conciliate');
    expect(state.meters.russia).toBe(66);
    expect(state.meters.west).toBe(31);
    expect(changes).toContainEqual({
      meter: 'russia',
      delta: 6,
      from: 60,
      to: 66,
      reason: 't:conciliate.russia',
      cause: { kind: 'option', option: 'conciliate' },
    });
  });

  it('does not change the state it was given', () => {
    const before = newRun(campaign, 1);
    const copy = structuredClone(before);
    play(before, 'confront');
    expect(before).toEqual(copy);
  });

  it('records the choice and advances through decisions and chapters to the end', () => {
    let state = newRun(campaign, 1);
    state = play(state, 'wait').state;
    expect(state.position).toEqual({ chapter: 0, decision: 1 });
    state = play(state, 'wait').state;
    expect(state.position).toEqual({ chapter: 1, decision: 0 });
    state = play(state, 'wait').state;
    expect(state.finished).toBe(true);
    expect(state.history.map((c) => `${c.chapter}/${c.decision}/${c.option}`)).toEqual([
      'one/d1/wait',
      'one/d2/wait',
      'two/d3/wait',
    ]);
    expect(applyChoice(state, campaign, 'wait')).toEqual({ ok: false, error: { kind: 'run-finished' } });
  });

  it('refuses an option that the current decision does not have', () => {
    expect(applyChoice(newRun(campaign, 1), campaign, 'surrender')).toEqual({
      ok: false,
      error: { kind: 'unknown-option', option: 'surrender', decision: 'd1' },
    });
  });

  it('asks for a chapter that has not been loaded yet instead of guessing', () => {
    const partial = { ...campaign, chapters: { one: campaign.chapters.one! } };
    const state = play(play(newRun(partial, 1), 'wait').state, 'wait').state;
    expect(applyChoice(state, partial, 'wait')).toEqual({
      ok: false,
      error: { kind: 'chapter-not-loaded', chapter: 'two' },
    });
  });

  it('keeps meters within 0–100 and reports the change actually applied', () => {
    const start = { ...newRun(campaign, 1), meters: { ...newRun(campaign, 1).meters, russia: 3 } };
    const { state, changes } = play(start, 'confront');
    expect(state.meters.russia).toBe(0);
    expect(changes.find((c) => c.meter === 'russia')?.delta).toBe(-3);
  });

  it('draws seeded variation from the run, so a different seed can give a different spread', () => {
    const economies = new Set(
      Array.from(
        { length: 40 },
        (_, seed) => play(newRun(campaign, seed), 'confront').state.meters.economy ?? -1,
      ),
    );
    expect([...economies].every((value) => value >= 55 && value <= 59)).toBe(true);
    expect(economies.size).toBeGreaterThan(1);
  });
});

describe('modelled rules', () => {
  it('fires a counter-move when the pattern of choices matches, with its own reason and actor', () => {
    const first = play(newRun(campaign, 3), 'confront');
    expect(first.reactions.some((r) => r.rule === 'export-checks')).toBe(false);
    const second = play(first.state, 'confront');
    const reaction = second.reactions.find((r) => r.rule === 'export-checks');
    expect(reaction).toEqual({
      actor: 'moscow',
      text: 't:r1.text',
      kind: 'counter-move',
      rule: 'export-checks',
    });
    expect(second.changes).toContainEqual(
      expect.objectContaining({
        meter: 'economy',
        reason: 't:r1',
        cause: { kind: 'rule', rule: 'export-checks', actor: 'moscow' },
      }),
    );
    expect(second.state.fired).toContainEqual({ rule: 'export-checks', at: 1 });
  });

  it('respects a cooldown before firing again', () => {
    let state = newRun(campaign, 3);
    const fired: boolean[] = [];
    for (let i = 0; i < 3; i++) {
      const outcome = play(state, 'confront');
      fired.push(outcome.reactions.some((r) => r.rule === 'export-checks'));
      state = outcome.state;
    }
    expect(fired).toEqual([false, true, false]);
  });

  it('has overshoot effects: dependence on one power costs another, at most once without a cooldown', () => {
    let state = newRun(campaign, 3);
    const first = play(state, 'conciliate');
    expect(first.reactions.some((r) => r.rule === 'dependence')).toBe(false);
    state = first.state;
    const second = play(state, 'conciliate');
    expect(second.state.meters.russia).toBe(72);
    expect(second.reactions.some((r) => r.rule === 'dependence')).toBe(true);
    expect(second.state.meters.west).toBe(35 - 4 - 4 - 5);
    const third = play(second.state, 'conciliate');
    expect(third.reactions.some((r) => r.rule === 'dependence')).toBe(false);
  });

  it('reads flags set by earlier options', () => {
    const outcome = play(newRun(campaign, 3), 'confront');
    expect(outcome.state.flags).toEqual(['accused']);
    expect(outcome.reactions.some((r) => r.rule === 'accused-flag')).toBe(true);
  });
});
