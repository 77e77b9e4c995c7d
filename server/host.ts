// The sessions hosted by this process, in memory: applies the pure session logic and says what to broadcast.
// Knows nothing of sockets: `emit` sends to a room (across processes when Socket.IO has the Redis adapter).
import {
  LiveEvent,
  type Ack,
  type AnswerMessage,
  type CreateMessage,
  type JoinMessage,
  type LiveError,
  type ResumeMessage,
  type TeacherMessage,
  type VoteMessage,
} from '../src/live/protocol';
import {
  answerCheck,
  castVote,
  checkDistributionOf,
  createSession,
  isExpired,
  joinSession,
  runOf,
  teacherAct,
  viewOf,
  type LiveContent,
  type LiveSession,
} from '../src/live/session';

export const studentRoom = (code: string) => `live:${code}`;
export const teacherRoom = (code: string) => `teach:${code}`;

/** Sends to a room, leaving out the sockets of `except` when given. */
export type Emit = (room: string, event: string, payload: unknown, except?: string) => void;

const PHONE_COUNT_EVERY_MS = 500;

/** A request any process may receive and the session's own process answers. */
export type HostedRequest =
  | { kind: 'exists'; code: string }
  | { kind: 'resume'; message: ResumeMessage }
  | { kind: 'teacher'; message: TeacherMessage }
  | { kind: 'join'; message: JoinMessage }
  | { kind: 'vote'; message: VoteMessage }
  | { kind: 'answer'; message: AnswerMessage };

export type HostedAnswer = Ack<Record<string, unknown>>;

export class SessionHost {
  private readonly sessions = new Map<string, LiveSession>();
  private readonly phoneCounts = new Map<string, ReturnType<typeof setTimeout>>();

  constructor(
    private readonly content: LiveContent,
    private readonly emit: Emit,
  ) {}

  get size(): number {
    return this.sessions.size;
  }

  has(code: string): boolean {
    return this.sessions.has(code);
  }

  create(code: string, teacher: string, message: CreateMessage, now: number): HostedAnswer {
    const made = createSession(this.content, code, teacher, message, now);
    if (!made.ok) return made;
    this.sessions.set(code, made.session);
    return {
      ok: true,
      code,
      teacher,
      view: viewOf(made.session),
      run: runOf(made.session, this.content),
    };
  }

  /** The answer to a request for a session hosted here, or undefined when this process does not host it. */
  handle(request: HostedRequest, now: number): HostedAnswer | undefined {
    const code = request.kind === 'exists' ? request.code : request.message.code;
    const session = this.sessions.get(code);
    if (!session || isExpired(session, now)) return undefined;
    switch (request.kind) {
      case 'exists':
        return { ok: true };
      case 'resume': {
        if (request.message.teacher !== session.teacher) return refuse('not-teacher');
        const check = checkDistributionOf(session);
        return {
          ok: true,
          view: viewOf(session),
          run: runOf(session, this.content),
          ...(check ? { check } : {}),
        };
      }
      case 'teacher': {
        const { teacher, action } = request.message;
        const step = teacherAct(session, this.content, teacher, action, now);
        if (!step.ok) return step;
        this.store(step.session);
        const view = viewOf(step.session);
        this.emit(studentRoom(code), LiveEvent.view, view);
        if (action.kind === 'check') this.sendDistribution(step.session);
        if (action.kind === 'end') this.sessions.delete(code);
        return { ok: true, view, run: runOf(step.session, this.content) };
      }
      case 'join': {
        const step = joinSession(session, request.message.device, now);
        if (!step.ok) return step;
        const joinedNow = step.session.devices.length !== session.devices.length;
        this.store(step.session);
        if (joinedNow) this.sendCount(step.session);
        const { ok, vote, answers } = step;
        return { ok, view: viewOf(step.session), ...(vote ? { vote } : {}), ...(answers ? { answers } : {}) };
      }
      case 'vote': {
        const { device, option } = request.message;
        const step = castVote(session, device, option, now);
        if (!step.ok) return step;
        const firstVote = session.votes[device] === undefined;
        this.store(step.session);
        if (firstVote) this.sendCount(step.session);
        return { ok: true, vote: step.vote };
      }
      case 'answer': {
        const { device, phase, answers } = request.message;
        const step = answerCheck(session, device, phase, answers, now);
        if (!step.ok) return step;
        const firstAnswer = session.answers[device] === undefined;
        this.store(step.session);
        if (firstAnswer) this.sendCount(step.session);
        this.sendDistribution(step.session);
        return { ok: true };
      }
    }
  }

  /** Ends sessions 2 hours after their last activity; their devices see the session end. */
  sweep(now: number): number {
    let ended = 0;
    for (const [code, session] of this.sessions) {
      if (!isExpired(session, now)) continue;
      this.sessions.delete(code);
      this.emit(studentRoom(code), LiveEvent.view, viewOf({ ...session, screen: { kind: 'ended' } }));
      ended += 1;
    }
    return ended;
  }

  /** Stops the pending count updates (the server is closing). */
  stop(): void {
    for (const timer of this.phoneCounts.values()) clearTimeout(timer);
    this.phoneCounts.clear();
  }

  /** Students joined across the sessions hosted here. */
  students(): number {
    let count = 0;
    for (const session of this.sessions.values()) count += session.devices.length;
    return count;
  }

  private store(session: LiveSession) {
    this.sessions.set(session.code, session);
  }

  /**
   * The projector gets each count at once; the phones get the latest count at most every `PHONE_COUNT_EVERY_MS`,
   * which spares a class of 35 the 35 × 35 messages of a vote each.
   */
  private sendCount(session: LiveSession) {
    const { code } = session;
    this.emit(teacherRoom(code), LiveEvent.count, this.countOf(code)!);
    if (this.phoneCounts.has(code)) return;
    this.phoneCounts.set(
      code,
      setTimeout(() => {
        this.phoneCounts.delete(code);
        const count = this.countOf(code);
        if (count) this.emit(studentRoom(code), LiveEvent.count, count, teacherRoom(code));
      }, PHONE_COUNT_EVERY_MS),
    );
  }

  private countOf(code: string) {
    const session = this.sessions.get(code);
    if (!session) return undefined;
    const { students, voted } = viewOf(session);
    return { code, students, voted };
  }

  private sendDistribution(session: LiveSession) {
    const distribution = checkDistributionOf(session);
    if (distribution) this.emit(teacherRoom(session.code), LiveEvent.check, distribution);
  }
}

const refuse = (error: LiveError): HostedAnswer => ({ ok: false, error });
