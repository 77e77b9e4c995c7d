// `npm run load`: 40 live sessions of 35 students (1,400 Socket.IO clients) against the built server on loopback.
// Each class votes within about ten seconds, one vote in flight per class; the figure is the time from a student's
// vote to the projector's "N of M voted" update. Then some phones drop and rejoin and vote again, the teachers close
// the votes, and every tally is checked against the votes sent: none lost, none counted twice.
// Prints figures; exits non-zero only when a vote was lost or double-counted.
import { spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { cpus, loadavg } from 'node:os';
import { fileURLToPath } from 'node:url';
import { io } from 'socket.io-client';

const SESSIONS = Number(process.env.LOAD_SESSIONS ?? 40);
const STUDENTS = Number(process.env.LOAD_STUDENTS ?? 35);
const REJOINERS = 5;
const VOTE_GAP_MS = 280;
const ROOT = fileURLToPath(new URL('..', import.meta.url));
const OPTIONS = ['accuse', 'quiet-pressure', 'accept', 'investigation'];
let URL_BASE = '';
let server;

const sleep = (ms) => new Promise((done) => setTimeout(done, ms));
const token = (prefix, n) => `${prefix}-${String(n).padStart(24, '0')}`;

function freePort() {
  return new Promise((done, fail) => {
    const probe = createServer();
    probe.once('error', fail);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address();
      probe.close(() => done(port));
    });
  });
}

function startServer(port) {
  const child = spawn('node', ['server-build/main.js', '--port', String(port)], {
    cwd: ROOT,
    // Every client here shares one address: lift the per-address join limit for this run only.
    env: { ...process.env, LIVE_JOIN_ATTEMPTS: '1000000', REDIS_URL: '' },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  return new Promise((done, fail) => {
    child.stdout.on('data', (chunk) => {
      if (/Live sessions/.test(chunk.toString())) done(child);
    });
    child.once('exit', (code) => fail(new Error(`the server exited (${code})`)));
  });
}

function connect() {
  const socket = io(URL_BASE, {
    path: '/socket.io/',
    transports: ['websocket'],
    forceNew: true,
    reconnection: false,
  });
  return new Promise((done, fail) => {
    socket.once('connect', () => done(socket));
    socket.once('connect_error', fail);
  });
}

const ask = (socket, event, message) => socket.timeout(10_000).emitWithAck(event, message);

async function inBatches(items, size, work) {
  const results = [];
  for (let index = 0; index < items.length; index += size)
    results.push(...(await Promise.all(items.slice(index, index + size).map(work))));
  return results;
}

const percentile = (sorted, p) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
const mb = (bytes) => `${(bytes / 1024 / 1024).toFixed(0)} MB`;

async function status() {
  return (await fetch(`${URL_BASE}/live/status`)).json();
}

async function main() {
  const port = await freePort();
  URL_BASE = `http://127.0.0.1:${port}`;
  server = await startServer(port);
  const idle = await status();
  const classes = await inBatches([...Array(SESSIONS).keys()], 10, async (index) => {
    const teacher = await connect();
    const created = await ask(teacher, 'live:create', { plan: ['ch01'], seed: index, check: false });
    if (!created.ok) throw new Error(`create: ${created.error}`);
    return {
      index,
      teacher,
      code: created.code,
      token: created.teacher,
      students: [],
      counts: [],
      final: new Map(),
    };
  });

  const started = performance.now();
  for (const session of classes) {
    session.students = await inBatches([...Array(STUDENTS).keys()], 35, async (n) => {
      const socket = await connect();
      const device = token(`s${session.index}`, n);
      const joined = await ask(socket, 'live:join', { code: session.code, device });
      if (!joined.ok) throw new Error(`join: ${joined.error}`);
      return { socket, device };
    });
  }
  const joinSeconds = (performance.now() - started) / 1000;
  for (const session of classes) {
    session.teacher.on('live:count', (count) => {
      const at = performance.now();
      session.counts.push({ voted: count.voted, at });
      if (session.waiting && count.voted >= session.waiting.voted) {
        session.waiting.done(at);
        session.waiting = undefined;
      }
    });
    const opened = await ask(session.teacher, 'live:teacher', {
      code: session.code,
      teacher: session.token,
      action: { kind: 'open' },
    });
    if (!opened.ok) throw new Error(`open: ${opened.error}`);
  }

  const latencies = [];
  /** When the projector first showed at least `voted` votes, after `since` (waiting for it if need be). */
  const countShown = (session, voted, since) =>
    new Promise((done) => {
      const shown = session.counts.find((count) => count.voted >= voted && count.at >= since);
      if (shown) done(shown.at);
      else session.waiting = { voted, done };
    });

  const voteStart = performance.now();
  const beforeVotes = await status();
  await Promise.all(
    classes.map(async (session) => {
      await sleep(Math.random() * VOTE_GAP_MS);
      for (const [n, student] of session.students.entries()) {
        const option = OPTIONS[(n * 7 + session.index) % OPTIONS.length];
        const sent = performance.now();
        const answer = await ask(student.socket, 'live:vote', {
          code: session.code,
          device: student.device,
          option,
        });
        if (!answer.ok) throw new Error(`vote: ${answer.error}`);
        session.final.set(student.device, option);
        latencies.push((await countShown(session, n + 1, sent)) - sent);
        await sleep(Math.max(0, VOTE_GAP_MS - (performance.now() - sent)) * (0.5 + Math.random()));
      }
    }),
  );
  const voteSeconds = (performance.now() - voteStart) / 1000;
  const loaded = await status();
  const serverCpu = (loaded.cpuMs - beforeVotes.cpuMs) / 10 / voteSeconds;

  // Some phones drop, come back with the same device token, and vote again (half of them change their vote).
  await Promise.all(
    classes.map(async (session) => {
      for (const [n, student] of session.students.slice(0, REJOINERS).entries()) {
        student.socket.disconnect();
        student.socket = await connect();
        const rejoined = await ask(student.socket, 'live:join', {
          code: session.code,
          device: student.device,
        });
        if (!rejoined.ok || rejoined.vote !== session.final.get(student.device))
          throw new Error('rejoin lost the vote');
        const option = n % 2 ? OPTIONS[(OPTIONS.indexOf(rejoined.vote) + 1) % OPTIONS.length] : rejoined.vote;
        await ask(student.socket, 'live:vote', { code: session.code, device: student.device, option });
        session.final.set(student.device, option);
      }
    }),
  );

  const problems = [];
  for (const session of classes) {
    const closed = await ask(session.teacher, 'live:teacher', {
      code: session.code,
      teacher: session.token,
      action: { kind: 'close' },
    });
    const expected = OPTIONS.map(
      (option) => [...session.final.values()].filter((vote) => vote === option).length,
    );
    const counts = closed.ok ? closed.view.screen.tally.counts : [];
    if (counts.join() !== expected.join())
      problems.push(`session ${session.index}: counted ${counts.join('/')} for ${expected.join('/')} sent`);
    if (!closed.ok || closed.view.voted !== STUDENTS || closed.view.students !== STUDENTS)
      problems.push(`session ${session.index}: ${closed.view?.voted} of ${closed.view?.students} voted`);
  }

  latencies.sort((a, b) => a - b);
  const cpu = cpus()[0]?.model ?? 'unknown CPU';
  console.log(
    `\nLive sessions under load: ${SESSIONS} sessions × ${STUDENTS} students = ${SESSIONS * STUDENTS} clients`,
  );
  console.log(
    `Machine: ${cpus().length} cores, ${cpu}, Node ${process.version}; server and clients on one machine`,
  );
  console.log(`Load average as the run ended (all work on the machine): ${loadavg()[0].toFixed(1)}`);
  console.log(
    `Joined all students in ${joinSeconds.toFixed(1)} s; votes cast over ${voteSeconds.toFixed(1)} s`,
  );
  console.log(
    `Vote → projector count: p50 ${percentile(latencies, 50).toFixed(1)} ms, p95 ${percentile(latencies, 95).toFixed(1)} ms, max ${latencies.at(-1).toFixed(1)} ms (${latencies.length} votes)`,
  );
  console.log(
    `Server memory: idle RSS ${mb(idle.memory.rss)}, heap ${mb(idle.memory.heapUsed)}; ` +
      `with ${loaded.students} students RSS ${mb(loaded.memory.rss)}, heap ${mb(loaded.memory.heapUsed)}`,
  );
  console.log(`Server CPU while the votes came in: ${serverCpu.toFixed(0)}% of one core`);
  console.log(`Dropped messages: ${JSON.stringify(loaded.dropped)}`);
  console.log(
    problems.length
      ? `Votes LOST or COUNTED TWICE:\n  ${problems.join('\n  ')}`
      : `Every vote counted once: ${SESSIONS * STUDENTS} votes and ${SESSIONS * REJOINERS} rejoins, none lost, none twice.`,
  );

  for (const session of classes) {
    session.teacher.disconnect();
    for (const student of session.students) student.socket.disconnect();
  }
  server.kill();
  process.exit(problems.length ? 1 : 0);
}

main().catch((error) => {
  console.error(error);
  server?.kill();
  process.exit(1);
});
