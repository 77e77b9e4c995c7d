import { describe, expect, it } from 'vitest';
import { decodeResumeCode } from '../../../src/engine';
import { buildResult } from '../../../src/results/result-file';
import { loadLiveContent } from '../../../src/live/content';
import {
  AnswerMessage,
  JoinMessage,
  MAX_STUDENTS,
  normaliseSessionCode,
  SESSION_CODE_ALPHABET,
  SESSION_TTL_MS,
  SessionCode,
  TeacherMessage,
  VoteMessage,
  type TeacherAction,
} from '../../../src/live/protocol';
import {
  answerCheck,
  castVote,
  checkDistributionOf,
  createSession,
  isExpired,
  joinSession,
  runOf,
  sessionCodeFrom,
  teacherAct,
  viewOf,
  type LiveSession,
  type Step,
  type Refusal,
} from '../../../src/live/session';

const content = loadLiveContent();
const TEACHER = 'T'.repeat(32);
const device = (n: number) => `device-${String(n).padStart(20, '0')}`;

function must<T extends object>(step: Step<T> | Refusal): Step<T> {
  if (!step.ok) throw new Error(`refused: ${step.error}`);
  return step;
}

function started(plan = ['ch01', 'ch02'], check = true): LiveSession {
  return must(createSession(content, 'ACDEFH', TEACHER, { plan, seed: 42, check }, 0)).session;
}

const act = (session: LiveSession, action: TeacherAction, token = TEACHER, now = 1) =>
  teacherAct(session, content, token, action, now);

function withStudents(session: LiveSession, count: number): LiveSession {
  for (let n = 0; n < count; n++) session = must(joinSession(session, device(n), 1)).session;
  return session;
}

function votesOn(session: LiveSession, votes: readonly string[]): LiveSession {
  session = withStudents(session, votes.length);
  session = must(act(session, { kind: 'open' })).session;
  votes.forEach((option, n) => (session = must(castVote(session, device(n), option, 2)).session));
  return session;
}

describe('session codes and messages', () => {
  it('makes six-symbol codes from the alphabet without look-alikes, and reads them back as typed', () => {
    const code = sessionCodeFrom([0, 1, 2, 3, 250, 255]);
    expect(code).toHaveLength(6);
    expect(SessionCode.safeParse(code).success).toBe(true);
    for (const lookAlike of ['0', 'O', '1', 'I', 'L', '5', 'S', '8', 'B', '2', 'Z'])
      expect(SESSION_CODE_ALPHABET).not.toContain(lookAlike);
    expect(normaliseSessionCode(' acd-efh ')).toBe('ACDEFH');
    expect(SessionCode.safeParse('ACDEF0').success).toBe(false);
  });

  it('refuses malformed messages by schema', () => {
    const device = 'x'.repeat(24);
    expect(JoinMessage.safeParse({ code: 'ACDEFH', device }).success).toBe(true);
    expect(JoinMessage.safeParse({ code: 'ACDEFH', device, name: 'Ali' }).success).toBe(false);
    expect(JoinMessage.safeParse({ code: 'ACDEFH', device: 'short' }).success).toBe(false);
    expect(JoinMessage.safeParse('ACDEFH').success).toBe(false);
    expect(VoteMessage.safeParse({ code: 'ACDEFH', device, option: '<script>' }).success).toBe(false);
    expect(
      TeacherMessage.safeParse({ code: 'ACDEFH', teacher: device, action: { kind: 'skip' } }).success,
    ).toBe(false);
    expect(
      AnswerMessage.safeParse({ code: 'ACDEFH', device, phase: 'after', answers: { toll: 'yes' } }).success,
    ).toBe(false);
  });
});

describe('creating a session', () => {
  it('starts an ordinary run of the chosen chapters in the lobby', () => {
    const session = started();
    expect(session.run.plan).toEqual(['ch01', 'ch02']);
    expect(viewOf(session)).toEqual({ code: 'ACDEFH', screen: { kind: 'lobby' }, students: 0, voted: 0 });
  });

  it('refuses a plan with unknown chapters or out of campaign order', () => {
    const create = (plan: string[]) =>
      createSession(content, 'ACDEFH', TEACHER, { plan, seed: 1, check: false }, 0);
    expect(create(['ch99']).ok).toBe(false);
    expect(create(['ch02', 'ch01']).ok).toBe(false);
    expect(create(['ch01', 'ch01']).ok).toBe(false);
  });
});

describe('voting', () => {
  it('opens the run’s current decision, counts votes and lets a device change its vote', () => {
    let session = votesOn(started(), ['accuse', 'accuse', 'accept']);
    expect(session.screen).toMatchObject({ kind: 'decision', chapter: 'ch01', decision: 'd1', open: true });
    expect(viewOf(session)).toMatchObject({ students: 3, voted: 3 });
    session = must(castVote(session, device(0), 'accept', 3)).session;
    expect(viewOf(session).voted).toBe(3);
    session = must(act(session, { kind: 'close' })).session;
    expect(session.screen).toMatchObject({
      open: false,
      tally: { counts: [1, 0, 2, 0], winner: 'accept', tied: [] },
    });
  });

  it('refuses votes once closed, for options the decision lacks, and from devices that did not join', () => {
    let session = votesOn(started(), ['accuse']);
    expect(castVote(session, device(0), 'close', 3)).toEqual({ ok: false, error: 'not-an-option' });
    expect(castVote(session, device(9), 'accuse', 3)).toEqual({ ok: false, error: 'not-joined' });
    session = must(act(session, { kind: 'close' })).session;
    expect(castVote(session, device(0), 'accept', 3)).toEqual({ ok: false, error: 'not-open' });
  });

  it('plays the winner on the session’s run and keeps the class’s votes with it', () => {
    let session = votesOn(started(), ['accuse', 'investigation', 'investigation']);
    session = must(act(session, { kind: 'close' })).session;
    expect(act(session, { kind: 'play', option: 'accuse' })).toEqual({ ok: false, error: 'not-an-option' });
    session = must(act(session, { kind: 'play', option: 'investigation' })).session;
    expect(session.run.history).toEqual([{ chapter: 'ch01', decision: 'd1', option: 'investigation' }]);
    expect(session.run.votes['ch01/d1']).toEqual([1, 0, 0, 2]);
    expect(session.screen).toMatchObject({ kind: 'decision', played: 'investigation' });
  });

  it('leaves a tie to the teacher, who may play only one of the tied options', () => {
    let session = votesOn(started(), ['accuse', 'accept', 'accuse', 'accept', 'investigation']);
    session = must(act(session, { kind: 'close' })).session;
    expect(session.screen).toMatchObject({ tally: { tied: ['accuse', 'accept'] } });
    expect(session.screen.kind === 'decision' && session.screen.tally?.winner).toBeFalsy();
    expect(act(session, { kind: 'play', option: 'investigation' })).toEqual({
      ok: false,
      error: 'not-an-option',
    });
    expect(must(act(session, { kind: 'play', option: 'accept' })).session.run.history[0]?.option).toBe(
      'accept',
    );
  });

  it('reveals the debrief of the played decision, then opens the next decision with fresh votes', () => {
    let session = votesOn(started(), ['accept']);
    expect(act(session, { kind: 'reveal' })).toEqual({ ok: false, error: 'not-played' });
    session = must(act(session, { kind: 'close' })).session;
    session = must(act(session, { kind: 'play', option: 'accept' })).session;
    session = must(act(session, { kind: 'reveal' })).session;
    expect(session.screen).toEqual({
      kind: 'debrief',
      chapter: 'ch01',
      decision: 'd1',
      option: 'accept',
      tally: { counts: [0, 0, 1, 0], winner: 'accept', tied: [] },
    });
    session = must(act(session, { kind: 'advance' })).session;
    expect(session.screen).toEqual({ kind: 'projector' });
    session = must(act(session, { kind: 'open' })).session;
    expect(session.screen).toMatchObject({ kind: 'decision', decision: 'd2', open: true });
    expect(viewOf(session).voted).toBe(0);
  });
});

describe('rejoining', () => {
  it('counts a device once however often it rejoins, and gives back its vote', () => {
    let session = votesOn(started(), ['accuse', 'accept']);
    for (let time = 0; time < 3; time++) {
      const again = must(joinSession(session, device(1), 5));
      expect(again.vote).toBe('accept');
      session = again.session;
    }
    session = must(castVote(session, device(1), 'accept', 6)).session;
    expect(viewOf(session)).toMatchObject({ students: 2, voted: 2 });
    session = must(act(session, { kind: 'close' })).session;
    expect(session.screen).toMatchObject({ tally: { counts: [1, 0, 1, 0] } });
  });

  it('takes at most 80 students, but lets a joined device back in when full', () => {
    const full = withStudents(started(), MAX_STUDENTS);
    expect(full.devices).toHaveLength(80);
    expect(joinSession(full, device(80), 2)).toEqual({ ok: false, error: 'full' });
    expect(joinSession(full, device(3), 2).ok).toBe(true);
  });
});

describe('teacher-only actions', () => {
  it('refuses every action with another token and changes nothing', () => {
    const session = votesOn(started(), ['accuse']);
    const actions: TeacherAction[] = [
      { kind: 'open' },
      { kind: 'close' },
      { kind: 'play', option: 'accuse' },
      { kind: 'reveal' },
      { kind: 'check', phase: 'before' },
      { kind: 'advance' },
      { kind: 'end' },
    ];
    for (const action of actions)
      expect(act(session, action, device(0))).toEqual({ ok: false, error: 'not-teacher' });
  });

  it('ends the session, after which nobody can join', () => {
    const session = must(act(started(), { kind: 'end' })).session;
    expect(session.screen).toEqual({ kind: 'ended' });
    expect(joinSession(session, device(0), 2)).toEqual({ ok: false, error: 'ended' });
  });
});

describe('knowledge check', () => {
  it('gives the teacher the class’s distribution only, and replaces a device’s earlier answers', () => {
    let session = withStudents(started(), 3);
    session = must(act(session, { kind: 'check', phase: 'before' })).session;
    const [first, second] = content.statements as [string, string];
    session = must(answerCheck(session, device(0), 'before', { [first]: true }, 2)).session;
    session = must(answerCheck(session, device(0), 'before', { [first]: false, [second]: true }, 2)).session;
    session = must(answerCheck(session, device(1), 'before', { [first]: false }, 2)).session;
    const distribution = checkDistributionOf(session)!;
    expect(distribution.answered).toBe(2);
    expect(distribution.statements[first]).toEqual({ true: 0, false: 2 });
    expect(distribution.statements[second]).toEqual({ true: 1, false: 0 });
    expect(JSON.stringify(distribution)).not.toContain('device-');
    expect(viewOf(session).voted).toBe(2);
    expect(must(joinSession(session, device(0), 3)).answers).toEqual({ [first]: false, [second]: true });
  });

  it('refuses answers to another phase or to statements the check lacks, and a check the lesson left out', () => {
    let session = withStudents(started(), 1);
    session = must(act(session, { kind: 'check', phase: 'after' })).session;
    expect(answerCheck(session, device(0), 'before', {}, 2)).toEqual({ ok: false, error: 'not-open' });
    expect(answerCheck(session, device(0), 'after', { 'made-up': true }, 2)).toEqual({
      ok: false,
      error: 'invalid',
    });
    expect(act(started(['ch01'], false), { kind: 'check', phase: 'after' })).toEqual({
      ok: false,
      error: 'not-open',
    });
  });
});

describe('the session’s run', () => {
  it('is an ordinary run: its resume code restores it and it exports as a class result', () => {
    let session = votesOn(started(), ['quiet-pressure']);
    session = must(act(session, { kind: 'close' })).session;
    session = must(act(session, { kind: 'play', option: 'quiet-pressure' })).session;
    const run = runOf(session, content);
    expect(run).toMatchObject({ seed: 42, plan: ['ch01', 'ch02'], choices: ['quiet-pressure'] });
    const decoded = decodeResumeCode(content.campaign, run.resumeCode!);
    expect(decoded.ok && decoded.value).toMatchObject({
      seed: 42,
      plan: ['ch01', 'ch02'],
      choices: ['quiet-pressure'],
    });
    const result = buildResult({
      state: session.run,
      campaign: content.campaign,
      group: '',
      mode: 'class',
      ending: null,
      checks: {},
    });
    expect(result.decisions[0]).toMatchObject({ option: 'quiet-pressure', votes: [0, 1, 0, 0] });
  });
});

describe('expiry', () => {
  it('ends 2 hours after the last activity, and any activity keeps it alive', () => {
    let session = started();
    expect(isExpired(session, SESSION_TTL_MS - 1)).toBe(false);
    expect(isExpired(session, SESSION_TTL_MS)).toBe(true);
    session = must(joinSession(session, device(0), SESSION_TTL_MS - 1)).session;
    expect(isExpired(session, SESSION_TTL_MS + 1000)).toBe(false);
  });
});
