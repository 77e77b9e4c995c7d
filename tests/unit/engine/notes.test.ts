import { describe, expect, it } from 'vitest';
import { Note, type NoteCondition } from '../../../src/content/schema';
import { applyChoice, conditionHolds, newRun, notesFor, type GameState } from '../../../src/engine';
import { fixtureCampaign as campaign } from './fixture';

function play(...options: string[]): GameState {
  let state = newRun(campaign, 7);
  for (const option of options) {
    const outcome = applyChoice(state, campaign, option);
    if (!outcome.ok) throw new Error(outcome.error.kind);
    state = outcome.value.state;
  }
  return state;
}

const note = (id: string, ...when: NoteCondition[]) =>
  Note.parse({ id, actor: 'moscow', when, text: `t:note.${id}` });

describe('conditions on the run’s own choices', () => {
  const chose: NoteCondition = { kind: 'chose', chapter: 'one', decision: 'd1', option: 'confront' };

  it('"chose" holds once that option was chosen at that decision, and only then', () => {
    expect(conditionHolds(chose, play(), campaign)).toBe(false);
    expect(conditionHolds(chose, play('confront'), campaign)).toBe(true);
    expect(conditionHolds(chose, play('wait', 'confront'), campaign)).toBe(false);
    expect(conditionHolds(chose, play('confront', 'wait', 'wait'), campaign)).toBe(true);
  });

  it('"lastTag" reads only the latest choice, and is false before any', () => {
    const lastConfront: NoteCondition = { kind: 'lastTag', tag: 'confront' };
    expect(conditionHolds(lastConfront, play(), campaign)).toBe(false);
    expect(conditionHolds(lastConfront, play('confront'), campaign)).toBe(true);
    expect(conditionHolds(lastConfront, play('confront', 'wait'), campaign)).toBe(false);
    expect(conditionHolds(lastConfront, play('wait', 'confront'), campaign)).toBe(true);
  });
});

describe('notesFor', () => {
  const notes = [
    note('after-accusation', { kind: 'flag', flag: 'accused' }),
    note('after-waiting', { kind: 'lastTag', tag: 'wait' }),
    note('accused-then-waited', { kind: 'flag', flag: 'accused' }, { kind: 'lastTag', tag: 'wait' }),
    note('moscow-close', { kind: 'meterAtLeast', meter: 'russia', value: 66 }),
  ];
  const ids = (state: GameState) => notesFor(notes, state, campaign).map((n) => n.id);

  it('returns the notes whose every condition holds, in content order', () => {
    expect(ids(play())).toEqual([]);
    expect(ids(play('confront'))).toEqual(['after-accusation']);
    expect(ids(play('confront', 'wait'))).toEqual([
      'after-accusation',
      'after-waiting',
      'accused-then-waited',
    ]);
    expect(ids(play('conciliate', 'conciliate'))).toEqual(['moscow-close']);
  });

  it('does not change the state it reads', () => {
    const state = play('confront', 'wait');
    const before = structuredClone(state);
    notesFor(notes, state, campaign);
    expect(state).toEqual(before);
  });
});
