// A live session as pure functions over its state: no clock, no randomness, no I/O. The server owns the state,
// passes `now` and the random codes in, and broadcasts what these functions return.
import {
  applyChoice,
  countVotes,
  currentPlace,
  encodeResumeCode,
  newRun,
  recordVotes,
  voteKey,
  type Campaign,
  type GameState,
} from '../engine';
import type { Option } from '../content/schema';
import {
  MAX_STUDENTS,
  SESSION_CODE_ALPHABET,
  SESSION_CODE_LENGTH,
  SESSION_TTL_MS,
  type CheckDistribution,
  type CreateMessage,
  type LiveError,
  type Screen,
  type SessionRun,
  type SessionView,
  type TeacherAction,
  type VoteTally,
} from './protocol';

/** What the session logic needs of the game: every chapter loaded, and the knowledge check's statement ids. */
export interface LiveContent {
  campaign: Campaign;
  statements: readonly string[];
}

export interface LiveSession {
  code: string;
  /** The teacher's token: only it can open, close, play, reveal, advance and end. */
  teacher: string;
  lastActivity: number;
  /** The session's run: an ordinary engine run. */
  run: GameState;
  check: boolean;
  screen: Screen;
  /** Device tokens that joined, in join order. */
  devices: readonly string[];
  /** Device → option on the current decision. */
  votes: Readonly<Record<string, string>>;
  /** Device → its answers on the open check. */
  answers: Readonly<Record<string, Readonly<Record<string, boolean>>>>;
}

export type Step<T = object> = { ok: true; session: LiveSession } & T;
export type Refusal = { ok: false; error: LiveError };
const refuse = (error: LiveError): Refusal => ({ ok: false, error });

/** A session code from six random numbers (any size; each picks a symbol). */
export function sessionCodeFrom(randoms: ArrayLike<number>): string {
  let code = '';
  for (let index = 0; index < SESSION_CODE_LENGTH; index++)
    code += SESSION_CODE_ALPHABET[(randoms[index] ?? 0) % SESSION_CODE_ALPHABET.length];
  return code;
}

export function createSession(
  content: LiveContent,
  code: string,
  teacher: string,
  message: CreateMessage,
  now: number,
): Step | Refusal {
  const { chapters } = content.campaign.scenario;
  // The plan keeps the campaign's order and only its chapters, as the run-sheet does.
  const known = message.plan.every((id) => chapters.includes(id) && content.campaign.chapters[id]);
  const ordered = chapters.filter((id) => message.plan.includes(id));
  if (!known || ordered.length !== message.plan.length || ordered.join() !== message.plan.join())
    return refuse('invalid');
  return {
    ok: true,
    session: {
      code,
      teacher,
      lastActivity: now,
      run: newRun(content.campaign, message.seed, ordered),
      check: message.check,
      screen: { kind: 'lobby' },
      devices: [],
      votes: {},
      answers: {},
    },
  };
}

export const isExpired = (session: LiveSession, now: number) => now - session.lastActivity >= SESSION_TTL_MS;

/** Joins a device, or rejoins one that joined before: it counts once, and gets its vote or answers back. */
export function joinSession(
  session: LiveSession,
  device: string,
  now: number,
): Step<{ vote?: string; answers?: Record<string, boolean> }> | Refusal {
  if (session.screen.kind === 'ended') return refuse('ended');
  const known = session.devices.includes(device);
  if (!known && session.devices.length >= MAX_STUDENTS) return refuse('full');
  const vote = session.votes[device];
  const answers = session.answers[device];
  return {
    ok: true,
    session: {
      ...session,
      lastActivity: now,
      devices: known ? session.devices : [...session.devices, device],
    },
    ...(vote !== undefined ? { vote } : {}),
    ...(answers !== undefined ? { answers: { ...answers } } : {}),
  };
}

/** Casts or changes a device's vote on the open decision. */
export function castVote(
  session: LiveSession,
  device: string,
  option: string,
  now: number,
): Step<{ vote: string }> | Refusal {
  if (!session.devices.includes(device)) return refuse('not-joined');
  const { screen } = session;
  if (screen.kind !== 'decision' || !screen.open) return refuse('not-open');
  if (!screen.options.includes(option)) return refuse('not-an-option');
  return {
    ok: true,
    session: { ...session, lastActivity: now, votes: { ...session.votes, [device]: option } },
    vote: option,
  };
}

/** Records a device's answers to the open check: only statements of the check, replacing its earlier answers. */
export function answerCheck(
  session: LiveSession,
  device: string,
  phase: 'before' | 'after',
  answers: Readonly<Record<string, boolean>>,
  now: number,
): Step | Refusal {
  if (!session.devices.includes(device)) return refuse('not-joined');
  const { screen } = session;
  if (screen.kind !== 'check' || screen.phase !== phase) return refuse('not-open');
  if (Object.keys(answers).some((id) => !screen.statements.includes(id))) return refuse('invalid');
  const kept = Object.fromEntries(
    screen.statements.filter((id) => id in answers).map((id) => [id, answers[id]!]),
  );
  return {
    ok: true,
    session: { ...session, lastActivity: now, answers: { ...session.answers, [device]: kept } },
  };
}

/** Counts per option, in the options' order, of the devices' current votes. */
export function tallyOf(options: readonly string[], votes: Readonly<Record<string, string>>): VoteTally {
  const counts = options.map(() => 0);
  for (const option of Object.values(votes)) {
    const index = options.indexOf(option);
    if (index >= 0) counts[index]! += 1;
  }
  // The engine's count reads only the options' ids.
  const result = countVotes(
    options.map((id) => ({ id }) as Option),
    counts,
  );
  return { counts, tied: result.tied, ...(result.winner !== undefined ? { winner: result.winner } : {}) };
}

/** A teacher's action; any other token is refused before anything changes. */
export function teacherAct(
  session: LiveSession,
  content: LiveContent,
  token: string,
  action: TeacherAction,
  now: number,
): Step | Refusal {
  if (token !== session.teacher) return refuse('not-teacher');
  if (session.screen.kind === 'ended') return refuse('ended');
  const moved = (screen: Screen, extra: Partial<LiveSession> = {}): Step => ({
    ok: true,
    session: { ...session, ...extra, screen, lastActivity: now },
  });
  const { screen } = session;
  switch (action.kind) {
    case 'open': {
      const place = currentPlace(session.run, content.campaign);
      if (place.kind !== 'decision') return refuse('not-open');
      const same =
        screen.kind === 'decision' &&
        screen.chapter === place.chapter.id &&
        screen.decision === place.decision.id;
      if (same && screen.played === undefined) {
        const { chapter, decision, options } = screen;
        return moved({ kind: 'decision', chapter, decision, options, open: true });
      }
      return moved(
        {
          kind: 'decision',
          chapter: place.chapter.id,
          decision: place.decision.id,
          options: place.decision.options.map((option) => option.id),
          open: true,
        },
        { votes: {} },
      );
    }
    case 'close': {
      if (screen.kind !== 'decision' || screen.played !== undefined) return refuse('not-open');
      return moved({ ...screen, open: false, tally: tallyOf(screen.options, session.votes) });
    }
    case 'play': {
      if (screen.kind !== 'decision' || screen.open || !screen.tally || screen.played !== undefined)
        return refuse('not-closed');
      const { tally } = screen;
      const allowed =
        tally.winner !== undefined ? [tally.winner] : tally.tied.length > 0 ? tally.tied : screen.options; // no votes at all: the teacher picks any option
      if (!allowed.includes(action.option)) return refuse('not-an-option');
      const voted = recordVotes(session.run, voteKey(screen.chapter, screen.decision), tally.counts);
      const outcome = applyChoice(voted, content.campaign, action.option);
      if (!outcome.ok) return refuse('not-an-option');
      return moved({ ...screen, played: action.option }, { run: outcome.value.state });
    }
    case 'reveal': {
      if (screen.kind === 'debrief') return moved(screen);
      if (screen.kind !== 'decision' || screen.played === undefined || !screen.tally)
        return refuse('not-played');
      return moved({
        kind: 'debrief',
        chapter: screen.chapter,
        decision: screen.decision,
        option: screen.played,
        tally: screen.tally,
      });
    }
    case 'check': {
      if (!session.check) return refuse('not-open');
      if (screen.kind === 'check' && screen.phase === action.phase) return moved(screen);
      return moved(
        { kind: 'check', phase: action.phase, statements: [...content.statements] },
        { answers: {} },
      );
    }
    case 'advance':
      return moved({ kind: 'projector' });
    case 'end':
      return moved({ kind: 'ended' });
  }
}

/** Devices that voted on the decision shown, or answered the check shown. */
function votedCount(session: LiveSession): number {
  if (session.screen.kind === 'decision') return Object.keys(session.votes).length;
  if (session.screen.kind === 'check') return Object.keys(session.answers).length;
  return 0;
}

export function viewOf(session: LiveSession): SessionView {
  return {
    code: session.code,
    screen: session.screen,
    students: session.devices.length,
    voted: votedCount(session),
  };
}

export function runOf(session: LiveSession, content: LiveContent): SessionRun {
  const { seed, plan, history, votes } = session.run;
  const choices = history.map((choice) => choice.option);
  return {
    seed,
    plan: [...plan],
    choices,
    votes: { ...votes },
    resumeCode: encodeResumeCode(content.campaign, { seed, plan, choices }),
    check: session.check,
  };
}

/** The class's answers on the check shown, per statement: the teacher sees only these totals. */
export function checkDistributionOf(session: LiveSession): CheckDistribution | undefined {
  const { screen } = session;
  if (screen.kind !== 'check') return undefined;
  const statements = Object.fromEntries(screen.statements.map((id) => [id, { true: 0, false: 0 }]));
  for (const answers of Object.values(session.answers))
    for (const [id, answer] of Object.entries(answers)) statements[id]![answer ? 'true' : 'false'] += 1;
  return {
    code: session.code,
    phase: screen.phase,
    answered: Object.keys(session.answers).length,
    statements,
  };
}
