// The live-session protocol shared by the browser and the server: event names, limits and a schema for every
// message. Pure: no DOM, no Node. Messages carry ids (chapter, decision, option, statement), never text: each device
// looks the text up in the game's own content and locales.
import { z } from '../content/zod';

/** The URL path Socket.IO serves on the game's own origin. Both ends use the websocket transport only. */
export const LIVE_PATH = '/socket.io/';
/** Every message, client to server, at most this many bytes (Socket.IO's `maxHttpBufferSize`). */
export const MAX_MESSAGE_BYTES = 4096;
export const MAX_STUDENTS = 80;
/** A session ends this long after its last activity. */
export const SESSION_TTL_MS = 2 * 60 * 60 * 1000;
/**
 * Join attempts one address may make per window, counted in memory by each server process: enough for a class
 * behind one school NAT address to join and rejoin, while wrong codes (guessing) are held to far fewer.
 */
export const JOIN_ATTEMPTS_PER_WINDOW = 240;
export const JOIN_FAILURES_PER_WINDOW = 20;
export const JOIN_WINDOW_MS = 60 * 1000;

/** Session-code symbols: capitals and digits with no look-alikes (no 0/O/Q, 1/I/L, 2/Z, 5/S, 8/B, 6/G, U/V). */
export const SESSION_CODE_ALPHABET = 'ACDEFHJKMNPRTWXY34679';
export const SESSION_CODE_LENGTH = 6;

/** A code as typed: spaces and dashes dropped, upper case. Check the result with `SessionCode`. */
export const normaliseSessionCode = (typed: string): string => typed.replace(/[\s-]/g, '').toUpperCase();

export const SessionCode = z
  .string()
  .length(SESSION_CODE_LENGTH)
  .regex(new RegExp(`^[${SESSION_CODE_ALPHABET}]+$`));

/**
 * A device token: 22–64 URL-safe base64 characters. A student's device makes one with
 * `makeToken(crypto.getRandomValues.bind(crypto))` and keeps it in `sessionStorage` to rejoin; the teacher's token comes from
 * the server on create.
 */
export const Token = z.string().regex(/^[A-Za-z0-9_-]{22,64}$/);

const Id = z.string().regex(/^[a-z0-9][a-z0-9-]{0,63}$/);
export const CheckPhase = z.enum(['before', 'after']);
/** The game's resume-code seeds fit in 18 bits. */
const Seed = z
  .number()
  .int()
  .min(0)
  .max(2 ** 18 - 1);

// ── Client → server ────────────────────────────────────────────────────────────────────────────────────────────

export const CreateMessage = z.strictObject({
  /** Chapter ids the session plays, in campaign order (the run-sheet's choice). */
  plan: z.array(Id).min(1).max(20),
  seed: Seed,
  /** Whether the knowledge check is part of the lesson. */
  check: z.boolean(),
});

export const ResumeMessage = z.strictObject({ code: SessionCode, teacher: Token });

export const TeacherAction = z.discriminatedUnion('kind', [
  /** Open the vote on the run's current decision (the projector shows it). Idempotent. */
  z.strictObject({ kind: z.literal('open') }),
  /** Close the vote: the answer carries the counts and the winner, or the tied options for the teacher to break. */
  z.strictObject({ kind: z.literal('close') }),
  /** Play an option of the closed vote: the winner, or the tied option the teacher picked. */
  z.strictObject({ kind: z.literal('play'), option: Id }),
  /** Show the debrief of the decision just played on every device. */
  z.strictObject({ kind: z.literal('reveal') }),
  /** Open the knowledge check on every device. */
  z.strictObject({ kind: z.literal('check'), phase: CheckPhase }),
  /** Students look at the projector (briefing, consequences, ending…) until the next vote or check. */
  z.strictObject({ kind: z.literal('advance') }),
  /** End the session now. */
  z.strictObject({ kind: z.literal('end') }),
]);

export const TeacherMessage = z.strictObject({ code: SessionCode, teacher: Token, action: TeacherAction });

export const JoinMessage = z.strictObject({ code: SessionCode, device: Token });

export const VoteMessage = z.strictObject({ code: SessionCode, device: Token, option: Id });

export const AnswerMessage = z.strictObject({
  code: SessionCode,
  device: Token,
  phase: CheckPhase,
  /** Statement id → the student's answer: true ("true") or false ("false"). */
  answers: z.record(Id, z.boolean()),
});

// ── Server → client ────────────────────────────────────────────────────────────────────────────────────────────

export interface VoteTally {
  /** Votes per option, in the options' order. */
  counts: number[];
  /** The option with most votes; absent when there were none or the top is tied. */
  winner?: string;
  /** Options sharing the most votes, when more than one does: the teacher picks one. */
  tied: string[];
}

/** What every device of a session shows now. */
export type Screen =
  /** Waiting for the teacher to open the first vote. */
  | { kind: 'lobby' }
  /** Look at the projector: a briefing, consequences, an ending. */
  | { kind: 'projector' }
  /**
   * A decision: its options by id, in order. `tally` appears once the teacher closes the vote; `played` once the
   * teacher plays an option (before the reveal).
   */
  | {
      kind: 'decision';
      chapter: string;
      decision: string;
      options: string[];
      open: boolean;
      tally?: VoteTally;
      played?: string;
    }
  /** The revealed debrief of a decision, with the option the class played and the class's split. */
  | { kind: 'debrief'; chapter: string; decision: string; option: string; tally: VoteTally }
  /** The knowledge check: statement ids, in order. Each device scores itself. */
  | { kind: 'check'; phase: 'before' | 'after'; statements: string[] }
  | { kind: 'ended' };

/** Broadcast to the session's room (students and teacher) on every change of screen; sent on join. */
export interface SessionView {
  code: string;
  screen: Screen;
  /** Devices that joined (M in "N of M voted"). */
  students: number;
  /** Devices that voted on the open or closed decision, or answered the open check (N). */
  voted: number;
}

/** Broadcast to the room on each vote, answer and join: the cheap "N of M" update. */
export interface CountUpdate {
  code: string;
  students: number;
  voted: number;
}

/** The teacher's only: the class's distribution on the knowledge check, per statement. */
export interface CheckDistribution {
  code: string;
  phase: 'before' | 'after';
  answered: number;
  statements: Record<string, { true: number; false: number }>;
}

/** The session's run, for the teacher's page to resume after a reload and export to the class summary. */
export interface SessionRun {
  seed: number;
  plan: string[];
  choices: string[];
  /** Class votes per decision (`ch01/d1` → counts per option), as in `GameState.votes`. */
  votes: Record<string, number[]>;
  /** The engine's resume code for the run so far; null if the run does not fit a code. */
  resumeCode: string | null;
  check: boolean;
}

export type LiveError =
  | 'invalid' // the message failed its schema or was too large; it was dropped
  | 'no-session' // "No session with this code"
  | 'full' // MAX_STUDENTS joined already
  | 'rate-limited' // too many join attempts from this address; try again in a minute
  | 'not-teacher' // the teacher token does not match
  | 'not-joined' // the device has not joined this session
  | 'not-open' // no vote or check is open
  | 'not-closed' // play before close
  | 'not-an-option' // an option the decision does not have, or not among the tied ones
  | 'not-played' // reveal before play
  | 'ended'
  | 'unavailable'; // the server could not reach the session's process

export type Ack<T = object> = ({ ok: true } & T) | { ok: false; error: LiveError };

export type CreateAck = Ack<{ code: string; teacher: string; view: SessionView; run: SessionRun }>;
export type ResumeAck = Ack<{ view: SessionView; run: SessionRun; check?: CheckDistribution }>;
export type TeacherAck = Ack<{ view: SessionView; run: SessionRun }>;
export type JoinAck = Ack<{
  view: SessionView;
  /** This device's vote on the current decision, after a rejoin. */
  vote?: string;
  /** This device's answers to the open check, after a rejoin. */
  answers?: Record<string, boolean>;
}>;
export type VoteAck = Ack<{ vote: string }>;
export type AnswerAck = Ack;

/** Event names. Client → server events are emitted with an acknowledgement callback. */
export const LiveEvent = {
  create: 'live:create',
  resume: 'live:resume',
  teacher: 'live:teacher',
  join: 'live:join',
  vote: 'live:vote',
  answer: 'live:answer',
  /** Server → client: a `SessionView`. */
  view: 'live:view',
  /** Server → client: a `CountUpdate`. */
  count: 'live:count',
  /** Server → teacher: a `CheckDistribution`. */
  check: 'live:check',
} as const;

export type CreateMessage = z.infer<typeof CreateMessage>;
export type ResumeMessage = z.infer<typeof ResumeMessage>;
export type TeacherAction = z.infer<typeof TeacherAction>;
export type TeacherMessage = z.infer<typeof TeacherMessage>;
export type JoinMessage = z.infer<typeof JoinMessage>;
export type VoteMessage = z.infer<typeof VoteMessage>;
export type AnswerMessage = z.infer<typeof AnswerMessage>;

/** Socket.IO typings for both ends: `Socket<ServerToClient, ClientToServer>` on the client. */
export interface ClientToServer {
  'live:create': (message: CreateMessage, ack: (answer: CreateAck) => void) => void;
  'live:resume': (message: ResumeMessage, ack: (answer: ResumeAck) => void) => void;
  'live:teacher': (message: TeacherMessage, ack: (answer: TeacherAck) => void) => void;
  'live:join': (message: JoinMessage, ack: (answer: JoinAck) => void) => void;
  'live:vote': (message: VoteMessage, ack: (answer: VoteAck) => void) => void;
  'live:answer': (message: AnswerMessage, ack: (answer: AnswerAck) => void) => void;
}

export interface ServerToClient {
  'live:view': (view: SessionView) => void;
  'live:count': (count: CountUpdate) => void;
  'live:check': (distribution: CheckDistribution) => void;
}

/** A random token of `length` URL-safe symbols (6 random bits each), from any `getRandomValues` (browser or Node). */
export function makeToken(random: (bytes: Uint8Array) => Uint8Array, length = 24): string {
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
  return [...random(new Uint8Array(length))].map((byte) => alphabet[byte & 63]).join('');
}
