// Scale-out: two server processes share sessions through a Redis on loopback. The teacher is on process A, a
// student on process B; the student's vote reaches the session on A and counts once.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { io as connect, type Socket } from 'socket.io-client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  LIVE_PATH,
  LiveEvent,
  type ClientToServer,
  type CountUpdate,
  type ServerToClient,
  type SessionView,
} from '../../../src/live/protocol';

type Client = Socket<ServerToClient, ClientToServer>;

const redisServer = spawnSync('sh', ['-c', 'command -v redis-server']).stdout.toString().trim();
if (!redisServer && process.env.CI)
  throw new Error('redis-server is missing: scripts/ensure-redis.sh installs it.');
if (!redisServer)
  console.warn(
    'Skipping the two-process Redis test: no redis-server (install it with scripts/ensure-redis.sh).',
  );

const children: ChildProcess[] = [];
const clients: Client[] = [];
let work: string;
const ports = { redis: 0, a: 0, b: 0 };

async function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const probe = createServer();
    probe.once('error', fail);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => done(port));
    });
  });
}

/** Starts a process and waits for `ready` in its output. */
function launch(
  command: string,
  args: string[],
  env: NodeJS.ProcessEnv,
  ready: RegExp,
): Promise<ChildProcess> {
  const child = spawn(command, args, { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  children.push(child);
  return new Promise((done, fail) => {
    let output = '';
    const read = (chunk: Buffer) => {
      output += chunk.toString();
      if (ready.test(output)) done(child);
    };
    child.stdout!.on('data', read);
    child.stderr!.on('data', read);
    child.once('exit', (code) => fail(new Error(`${command} exited (${code}): ${output}`)));
  });
}

async function client(port: number): Promise<Client> {
  const socket: Client = connect(`http://127.0.0.1:${port}`, {
    path: LIVE_PATH,
    transports: ['websocket'],
    forceNew: true,
  });
  clients.push(socket);
  await new Promise<void>((done, fail) => {
    socket.once('connect', done);
    socket.once('connect_error', fail);
  });
  return socket;
}

function next<E extends 'live:view' | 'live:count'>(
  socket: Client,
  event: E,
  test: (payload: SessionView & CountUpdate) => boolean,
) {
  return new Promise<SessionView & CountUpdate>((done) => {
    const listener = (payload: SessionView & CountUpdate) => {
      if (!test(payload)) return;
      socket.off(event, listener as never);
      done(payload);
    };
    socket.on(event, listener as never);
  });
}

describe.skipIf(!redisServer)('two server processes over Redis', () => {
  beforeAll(async () => {
    // Inside the project, so that the built server finds its packages in node_modules.
    mkdirSync('.e2e-build', { recursive: true });
    work = mkdtempSync(join('.e2e-build', 'redis-test-'));
    writeFileSync(join(work, 'index.html'), '<!doctype html><title>game</title>');
    const build = spawnSync(
      'npx',
      [
        'vite',
        'build',
        '--config',
        'server/vite.config.ts',
        '--outDir',
        join(work, 'server'),
        '--emptyOutDir',
      ],
      { encoding: 'utf8' },
    );
    if (build.status !== 0) throw new Error(`server build failed: ${build.stderr}`);
    ports.redis = await freePort();
    await launch(
      redisServer,
      ['--port', String(ports.redis), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'],
      {},
      /Ready to accept connections/,
    );
    const env = { REDIS_URL: `redis://127.0.0.1:${ports.redis}`, DIST: work, HOST: '127.0.0.1' };
    [ports.a, ports.b] = [await freePort(), await freePort()];
    await Promise.all(
      [ports.a, ports.b].map((port) =>
        launch('node', [join(work, 'server', 'main.js'), '--port', String(port)], env, /through Redis/),
      ),
    );
  }, 60_000);

  afterAll(() => {
    for (const socket of clients) socket.disconnect();
    for (const child of children) child.kill();
    if (work) rmSync(work, { recursive: true, force: true });
  });

  it('counts the vote of a student on process B, once, in a session hosted by process A', async () => {
    const teacher = await client(ports.a);
    const created = await teacher
      .timeout(5000)
      .emitWithAck(LiveEvent.create, { plan: ['ch01'], seed: 3, check: false });
    if (!created.ok) throw new Error(created.error);
    const { code, teacher: token } = created;

    const phone = await client(ports.b);
    const joined = await phone
      .timeout(5000)
      .emitWithAck(LiveEvent.join, { code, device: 'phone-on-process-b-0001' });
    expect(joined).toMatchObject({ ok: true, view: { code, students: 1 } });

    const opening = next(phone, LiveEvent.view, (view) => view.screen.kind === 'decision');
    await teacher
      .timeout(5000)
      .emitWithAck(LiveEvent.teacher, { code, teacher: token, action: { kind: 'open' } });
    expect((await opening).screen).toMatchObject({
      kind: 'decision',
      chapter: 'ch01',
      decision: 'd1',
      open: true,
    });

    const counted = next(teacher, LiveEvent.count, (count) => count.voted === 1);
    const vote = { code, device: 'phone-on-process-b-0001', option: 'investigation' };
    expect(await phone.timeout(5000).emitWithAck(LiveEvent.vote, vote)).toEqual({
      ok: true,
      vote: 'investigation',
    });
    expect(await counted).toEqual({ code, students: 1, voted: 1 });

    // The phone drops and comes back on process B: it rejoins, votes again, and still counts once.
    phone.disconnect();
    const back = await client(ports.b);
    const rejoined = await back.timeout(5000).emitWithAck(LiveEvent.join, { code, device: vote.device });
    expect(rejoined).toMatchObject({ ok: true, vote: 'investigation', view: { students: 1, voted: 1 } });
    expect((await back.timeout(5000).emitWithAck(LiveEvent.vote, vote)).ok).toBe(true);

    const closing = next(
      back,
      LiveEvent.view,
      (view) => view.screen.kind === 'decision' && !view.screen.open,
    );
    const closed = await teacher
      .timeout(5000)
      .emitWithAck(LiveEvent.teacher, { code, teacher: token, action: { kind: 'close' } });
    expect(closed.ok && closed.view.screen).toMatchObject({
      tally: { counts: [0, 0, 0, 1], winner: 'investigation' },
    });
    expect((await closing).screen).toMatchObject({ tally: { counts: [0, 0, 0, 1] } });

    // A wrong code is still refused once every process has said it does not host it.
    expect(
      await back.timeout(5000).emitWithAck(LiveEvent.join, { code: 'AAAAAA', device: vote.device }),
    ).toEqual({
      ok: false,
      error: 'no-session',
    });
    // Only the teacher's token acts, from any process.
    expect(
      await back
        .timeout(5000)
        .emitWithAck(LiveEvent.teacher, { code, teacher: vote.device, action: { kind: 'reveal' } }),
    ).toEqual({ ok: false, error: 'not-teacher' });
  }, 30_000);
});
