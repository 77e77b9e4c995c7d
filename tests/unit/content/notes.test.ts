import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { checkChapter, checkChoiceReferences, checkUnreadFlags } from '../../../src/content/cross-check';
import { Chapter, Note, type RecordFile } from '../../../src/content/schema';
import {
  chapter,
  decision,
  ending,
  fixtureCampaign,
  fixtureScenario as scenario,
  option,
} from '../engine/fixture';

const record = {
  formatVersion: 1,
  entries: [{ id: 'R11' }, { id: 'R12' }, { id: 'R15' }],
  sources: [{ id: 'src-a-000001' }, { id: 'src-b-000002' }],
} as unknown as RecordFile;

const note = (id: string, when: unknown[], extra: object = {}) => ({
  id,
  actor: 'moscow',
  when,
  text: `t:note.${id}`,
  ...extra,
});

const problemsOf = (result: z.ZodSafeParseResult<unknown>) =>
  result.success ? '' : z.prettifyError(result.error);

describe('run-dependent notes in the schema', () => {
  it('refuse a record citation with a message saying why', () => {
    const cited = Note.safeParse(note('n1', [{ kind: 'lastTag', tag: 'confront' }], { records: ['R11'] }));
    expect(cited.success).toBe(false);
    expect(problemsOf(cited)).toContain('a note is simulation ("In this simulation") and cites no record');
  });

  it('refuse any other extra field, a note without conditions and an unknown condition', () => {
    expect(
      problemsOf(Note.safeParse(note('n1', [{ kind: 'lastTag', tag: 'x' }], { source: 'src-a' }))),
    ).toContain('remove "source"');
    expect(Note.safeParse(note('n1', [])).success).toBe(false);
    expect(Note.safeParse(note('n1', [{ kind: 'guess', tag: 'x' }])).success).toBe(false);
  });

  it('accept model and history conditions', () => {
    const parsed = Note.parse(
      note('n1', [
        { kind: 'chose', chapter: 'ch01', decision: 'd1', option: 'accuse' },
        { kind: 'lastTag', tag: 'confront' },
        { kind: 'meterBelow', meter: 'russia', value: 40 },
      ]),
    );
    expect(parsed.when).toHaveLength(3);
  });

  it('default to none on a briefing and a decision, and are kept where given', () => {
    const plain = fixtureCampaign.chapters.one!;
    expect(plain.briefing.notes).toEqual([]);
    expect(plain.decisions[0]!.notes).toEqual([]);
    const withNotes = chapter(
      'one',
      1,
      [{ ...decision('d1'), notes: [note('d-note', [{ kind: 'lastTag', tag: 'wait' }])] }],
      [note('b-note', [{ kind: 'flag', flag: 'accused' }])],
    );
    expect(withNotes.briefing.notes.map((n) => n.id)).toEqual(['b-note']);
    expect(withNotes.decisions[0]!.notes.map((n) => n.id)).toEqual(['d-note']);
  });

  it('refuse a cited note inside a chapter, naming where', () => {
    const raw = structuredClone(fixtureCampaign.chapters.one!) as unknown as {
      briefing: { notes: unknown[] };
    };
    raw.briefing.notes = [note('n1', [{ kind: 'lastTag', tag: 'x' }], { records: ['R11'] })];
    const result = Chapter.safeParse(raw);
    expect(problemsOf(result)).toContain('cites no record');
    expect(problemsOf(result)).toContain('briefing.notes[0]');
  });
});

describe('the cross-checks of notes', () => {
  const chose = (chapterId: string, decisionId: string, optionId = 'wait') => ({
    kind: 'chose',
    chapter: chapterId,
    decision: decisionId,
    option: optionId,
  });
  const two = (decisionNotes: unknown[], briefingNotes: unknown[] = []) =>
    chapter('two', 2, [{ ...decision('d3'), notes: decisionNotes }], briefingNotes);

  it('accept a note on an earlier chapter’s or earlier decision’s choice', () => {
    const one = chapter('one', 1, ['d1', { ...decision('d2'), notes: [note('n', [chose('one', 'd1')])] }]);
    expect(checkChapter(one, scenario, record)).toEqual([]);
    expect(checkChapter(two([note('n', [chose('one', 'd2')])]), scenario, record)).toEqual([]);
    expect(checkChoiceReferences([one, two([note('n2', [chose('one', 'd2', 'confront')])])])).toEqual([]);
  });

  it('report a "chose" on the same or a later decision, which a note could never see', () => {
    const same = chapter('one', 1, [{ ...decision('d1'), notes: [note('n', [chose('one', 'd1')])] }, 'd2']);
    expect(checkChapter(same, scenario, record)).toEqual([
      'chapter one decision d1 note n: "chose" names one/d1, which is not an earlier decision',
    ]);
    expect(checkChapter(two([], [note('b', [chose('two', 'd3')])]), scenario, record)).toHaveLength(1);
  });

  it('report unknown meters, duplicate note ids and choices that do not exist', () => {
    const bad = two([
      note('n', [{ kind: 'meterBelow', meter: 'gold', value: 3 }]),
      note('n', [chose('one', 'd1', 'surrender')]),
    ]);
    expect(checkChapter(bad, scenario, record)).toEqual([
      'chapter two: duplicate note "n"',
      'chapter two decision d3 note n: unknown meter "gold"',
    ]);
    expect(checkChoiceReferences([fixtureCampaign.chapters.one!, bad])).toEqual([
      'chapter two note n: "chose" names one/d1/surrender, which does not exist',
    ]);
  });
});

describe('checkUnreadFlags', () => {
  const chapters = Object.values(fixtureCampaign.chapters);
  const endings = [ending('balance')];
  const epilogue = { notes: [] };
  const setsOrphan = chapter('three', 3, [
    decision('d4', [
      option('a', [['west', 2]], ['wait'], ['orphan']),
      option('b', [['west', -2]], ['confront'], ['accused']),
      option('wait', [['peace', 1]], ['wait']),
    ]),
  ]);

  it('passes when every flag set is read by a rule', () => {
    // The fixture's options set only "accused", which the rule "accused-flag" reads.
    expect(checkUnreadFlags(scenario, chapters, endings, epilogue)).toEqual([]);
  });

  it('reports a flag that nothing reads, naming the option that sets it', () => {
    expect(checkUnreadFlags(scenario, [...chapters, setsOrphan], endings, epilogue)).toEqual([
      'chapter three decision d4 option a: sets flag "orphan", which nothing reads',
    ]);
  });

  it('counts a flag as read when a note of the epilogue reads it', () => {
    const readByEpilogue = { notes: [Note.parse(note('after', [{ kind: 'flag', flag: 'orphan' }]))] };
    expect(checkUnreadFlags(scenario, [...chapters, setsOrphan], endings, readByEpilogue)).toEqual([]);
  });

  it('counts a flag as read when a note, an ending or a report line reads it', () => {
    const readByNote = chapter('four', 4, [
      { ...decision('d5'), notes: [note('n', [{ kind: 'notFlag', flag: 'orphan' }])] },
    ]);
    expect(checkUnreadFlags(scenario, [...chapters, setsOrphan, readByNote], endings, epilogue)).toEqual([]);
    const readByEnding = [ending('lonely', [{ kind: 'flag', flag: 'orphan' }]), ...endings];
    expect(checkUnreadFlags(scenario, [...chapters, setsOrphan], readByEnding, epilogue)).toEqual([]);
    expect(checkUnreadFlags(scenario, [...chapters, setsOrphan], endings, epilogue, ['orphan'])).toEqual([]);
  });

  it('does not count a rule that reads another flag', () => {
    const rules = scenario.rules.filter((rule) => rule.id !== 'accused-flag');
    expect(checkUnreadFlags({ ...scenario, rules }, chapters, endings, epilogue)).toEqual([
      'chapter one decision d1 option confront: sets flag "accused", which nothing reads',
      'chapter one decision d2 option confront: sets flag "accused", which nothing reads',
      'chapter two decision d3 option confront: sets flag "accused", which nothing reads',
    ]);
  });
});
