// Socket.IO on the game's HTTP server: validates every message, limits joins, and routes each request to the
// process that hosts its session (through the Redis adapter's server-side events when REDIS_URL is set).
import { randomBytes, randomFillSync } from 'node:crypto';
import type { Server as HttpServer } from 'node:http';
import { createAdapter } from '@socket.io/redis-adapter';
import { createClient } from 'redis';
import { Server, type Socket } from 'socket.io';
import type { z } from 'zod';
import {
  AnswerMessage,
  CreateMessage,
  JOIN_ATTEMPTS_PER_WINDOW,
  JOIN_FAILURES_PER_WINDOW,
  JOIN_WINDOW_MS,
  JoinMessage,
  LIVE_PATH,
  LiveEvent,
  makeToken,
  MAX_MESSAGE_BYTES,
  ResumeMessage,
  TeacherMessage,
  VoteMessage,
  type ClientToServer,
  type ServerToClient,
} from '../src/live/protocol';
import { sessionCodeFrom, type LiveContent } from '../src/live/session';
import { SessionHost, studentRoom, teacherRoom, type HostedAnswer, type HostedRequest } from './host';
import { JoinLimiter, type RateLimit } from './rate-limit';

interface ServerSideEvents {
  'live:forward': (request: HostedRequest, answer: (answer: HostedAnswer | null) => void) => void;
}

type LiveServer = Server<ClientToServer, ServerToClient, ServerSideEvents>;
type LiveSocket = Socket<ClientToServer, ServerToClient, ServerSideEvents>;

export interface LiveOptions {
  /** Share sessions with other processes through this Redis. */
  redisUrl?: string;
  /** Take the client's address from X-Forwarded-For (behind a reverse proxy). */
  trustProxy?: boolean;
  joinLimit?: Partial<RateLimit>;
  now?: () => number;
}

/** Dropped messages and refused joins since start, by reason: counts only, nothing about who sent them. */
export interface LiveStats {
  malformed: number;
  oversized: number;
  rateLimited: number;
}

export interface Live {
  io: LiveServer;
  host: SessionHost;
  stats: LiveStats;
  close(): Promise<void>;
}

/** How long a process waits for the others to say whether they host a session. */
const FORWARD_TIMEOUT_MS = 3000;
const SWEEP_EVERY_MS = 60 * 1000;
const KNOWN_EVENTS = new Set<string>([
  LiveEvent.create,
  LiveEvent.resume,
  LiveEvent.teacher,
  LiveEvent.join,
  LiveEvent.vote,
  LiveEvent.answer,
]);

export async function attachLive(
  http: HttpServer,
  content: LiveContent,
  options: LiveOptions = {},
): Promise<Live> {
  const now = options.now ?? Date.now;
  const stats: LiveStats = { malformed: 0, oversized: 0, rateLimited: 0 };
  const limiter = new JoinLimiter({
    attempts: JOIN_ATTEMPTS_PER_WINDOW,
    failures: JOIN_FAILURES_PER_WINDOW,
    windowMs: JOIN_WINDOW_MS,
    ...options.joinLimit,
  });

  const redis = options.redisUrl ? await connectRedis(options.redisUrl) : undefined;
  const io: LiveServer = new Server(http, {
    path: LIVE_PATH,
    transports: ['websocket'],
    maxHttpBufferSize: MAX_MESSAGE_BYTES,
    serveClient: false,
    // Same origin only: the game's pages connect to the server that served them.
    allowRequest: (request, callback) => callback(null, sameOrigin(request.headers)),
    ...(redis
      ? { adapter: createAdapter(redis.pub, redis.sub, { requestsTimeout: FORWARD_TIMEOUT_MS }) }
      : {}),
  });

  const host = new SessionHost(content, (room, event, payload, except) =>
    (except ? io.to(room).except(except) : io.to(room)).emit(event as keyof ServerToClient, payload as never),
  );

  io.on('live:forward', (request, answer) => answer(host.handle(request, now()) ?? null));

  /** The answer of the process that hosts the session: this one, or another through Redis. */
  async function hosted(request: HostedRequest): Promise<HostedAnswer> {
    const local = host.handle(request, now());
    if (local) return local;
    if (!redis) return { ok: false, error: 'no-session' };
    const answers = await new Promise<(HostedAnswer | null)[]>((resolve) =>
      // Answered by every other process; the adapter gives up on silent ones after FORWARD_TIMEOUT_MS.
      io.serverSideEmit('live:forward', request, (_error: Error | null, responses: (HostedAnswer | null)[]) =>
        resolve(responses ?? []),
      ),
    );
    return answers.find((answer) => answer !== null) ?? { ok: false, error: 'no-session' };
  }

  async function freshCode(): Promise<string> {
    for (;;) {
      const code = sessionCodeFrom(randomBytes(6));
      if (host.has(code)) continue;
      if (redis && (await hosted({ kind: 'exists', code })).ok) continue;
      return code;
    }
  }

  const addressOf = (socket: LiveSocket): string => {
    const forwarded = socket.handshake.headers['x-forwarded-for'];
    const first = typeof forwarded === 'string' ? forwarded.split(',')[0]?.trim() : undefined;
    return (options.trustProxy && first) || socket.handshake.address;
  };

  io.engine.on(
    'connection',
    (raw: { on(event: 'close', listener: (reason: string, detail?: unknown) => void): void }) => {
      raw.on('close', (_reason, detail) => {
        if (tooLarge(detail)) stats.oversized += 1;
      });
    },
  );

  io.on('connection', (socket) => {
    socket.onAny((event: string) => {
      if (!KNOWN_EVENTS.has(event)) stats.malformed += 1;
    });

    /** Runs `handle` on a message that passed its schema; anything else is dropped and counted. */
    function on<Schema extends z.ZodType>(
      event: keyof ClientToServer,
      schema: Schema,
      handle: (message: z.infer<Schema>) => Promise<HostedAnswer>,
    ) {
      socket.on(event, (async (payload: unknown, ack: unknown) => {
        if (typeof ack !== 'function') {
          stats.malformed += 1;
          return;
        }
        const parsed = schema.safeParse(payload);
        if (!parsed.success) {
          stats.malformed += 1;
          ack({ ok: false, error: 'invalid' });
          return;
        }
        try {
          ack(await handle(parsed.data));
        } catch {
          ack({ ok: false, error: 'unavailable' });
        }
      }) as never);
    }

    on(LiveEvent.create, CreateMessage, async (message) => {
      const code = await freshCode();
      const answer = host.create(
        code,
        makeToken((bytes) => randomFillSync(bytes), 32),
        message,
        now(),
      );
      if (answer.ok) await socket.join([studentRoom(code), teacherRoom(code)]);
      return answer;
    });

    on(LiveEvent.resume, ResumeMessage, async (message) => {
      const answer = await hosted({ kind: 'resume', message });
      if (answer.ok) await socket.join([studentRoom(message.code), teacherRoom(message.code)]);
      return answer;
    });

    on(LiveEvent.teacher, TeacherMessage, async (message) => hosted({ kind: 'teacher', message }));

    on(LiveEvent.join, JoinMessage, async (message) => {
      const address = addressOf(socket);
      if (!limiter.allow(address, now())) {
        stats.rateLimited += 1;
        return { ok: false, error: 'rate-limited' };
      }
      const answer = await hosted({ kind: 'join', message });
      if (answer.ok) await socket.join(studentRoom(message.code));
      else if (answer.error === 'no-session') limiter.failed(address, now());
      return answer;
    });

    on(LiveEvent.vote, VoteMessage, async (message) => hosted({ kind: 'vote', message }));
    on(LiveEvent.answer, AnswerMessage, async (message) => hosted({ kind: 'answer', message }));
  });

  const sweeper = setInterval(() => {
    host.sweep(now());
    limiter.sweep(now());
  }, SWEEP_EVERY_MS);
  sweeper.unref();

  return {
    io,
    host,
    stats,
    async close() {
      clearInterval(sweeper);
      host.stop();
      await io.close();
      await Promise.allSettled([redis?.pub.quit(), redis?.sub.quit()]);
    },
  };
}

async function connectRedis(url: string) {
  const pub = createClient({ url });
  const sub = pub.duplicate();
  // The message only: a Redis URL may hold a password.
  for (const client of [pub, sub])
    client.on('error', (error: Error) => console.error(`Redis: ${error.message}`));
  await Promise.all([pub.connect(), sub.connect()]);
  return { pub, sub };
}

/** A browser's Origin must name the host it connected to; clients without an Origin (scripts, tests) pass. */
function sameOrigin(headers: Record<string, string | string[] | undefined>): boolean {
  const origin = headers.origin;
  if (typeof origin !== 'string') return true;
  try {
    return new URL(origin).host === headers.host;
  } catch {
    return false;
  }
}

/** Whether a connection closed because a message was over `maxHttpBufferSize` (the ws library's own error). */
function tooLarge(detail: unknown): boolean {
  const text = (value: unknown) =>
    value instanceof Error ? `${value.message} ${String((value as { code?: unknown }).code)}` : '';
  const described = (detail as { description?: unknown } | undefined)?.description;
  return /max payload|MESSAGE_LENGTH/i.test(`${text(detail)} ${text(described)}`);
}
