// The game's HTTP server with live class sessions on the same port, and its command-line options.
import { createServer } from 'node:http';
import { networkInterfaces } from 'node:os';
import { resolve } from 'node:path';
import { loadLiveContent } from '../src/live/content';
import { attachLive } from './live';
import { serveStatic } from './static';

export interface StartOptions {
  port: number;
  host: string;
  dist: string;
  redisUrl?: string;
  trustProxy: boolean;
  /** The address students open, when a proxy or DNS name fronts the server (`PUBLIC_URL`). */
  publicUrl?: string;
  /** Join attempts per address per minute (the load test raises it: all its clients share one address). */
  joinAttempts?: number;
}

export function parseArgs(args: readonly string[], env: NodeJS.ProcessEnv): StartOptions {
  let port = Number(env.PORT ?? 4173);
  let host = env.HOST ?? '127.0.0.1';
  for (let index = 0; index < args.length; index++) {
    const arg = args[index]!;
    const next = args[index + 1];
    if (arg === '--port' && next !== undefined) {
      port = Number(next);
      index++;
    } else if (arg.startsWith('--port=')) port = Number(arg.slice(7));
    else if (arg === '--host') {
      if (next !== undefined && !next.startsWith('--')) {
        host = next;
        index++;
      } else host = '0.0.0.0';
    } else if (arg.startsWith('--host=')) host = arg.slice(7);
  }
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`Not a port: ${port}`);
  return {
    port,
    host,
    dist: resolve(env.DIST ?? 'dist'),
    ...(env.REDIS_URL ? { redisUrl: env.REDIS_URL } : {}),
    trustProxy: env.TRUST_PROXY === '1',
    ...(env.PUBLIC_URL ? { publicUrl: env.PUBLIC_URL } : {}),
    ...(env.LIVE_JOIN_ATTEMPTS ? { joinAttempts: Number(env.LIVE_JOIN_ATTEMPTS) } : {}),
  };
}

export async function start(options: StartOptions) {
  const files = serveStatic(options.dist);
  const http = createServer((request, response) => {
    if (request.url === '/live/status') {
      const { sessions, students } = { sessions: live.host.size, students: live.host.students() };
      response.writeHead(200, { 'Content-Type': 'application/json', 'Cache-Control': 'no-store' });
      const { rss, heapUsed } = process.memoryUsage();
      const { user, system } = process.cpuUsage();
      response.end(
        JSON.stringify({
          live: true,
          // Where phones can reach this server, for the join address and its QR code on the projector.
          addresses: options.publicUrl
            ? [options.publicUrl]
            : networkUrls(options.host, (http.address() as { port: number }).port),
          sessions,
          students,
          dropped: live.stats,
          memory: { rss, heapUsed },
          cpuMs: (user + system) / 1000,
        }),
      );
      return;
    }
    files(request, response).catch(() => {
      if (!response.headersSent) response.writeHead(500);
      response.end();
    });
  });
  const live = await attachLive(http, loadLiveContent(), {
    ...(options.redisUrl ? { redisUrl: options.redisUrl } : {}),
    trustProxy: options.trustProxy,
    ...(options.joinAttempts ? { joinLimit: { attempts: options.joinAttempts } } : {}),
  });
  await new Promise<void>((done, fail) => {
    http.once('error', fail);
    http.listen(options.port, options.host, done);
  });
  return { http, live };
}

const urlOf = (address: string, port: number) =>
  `http://${address.includes(':') ? `[${address}]` : address}:${port}/`;

/** The addresses other devices can open: the machine's network addresses when listening on all of them. */
export function networkUrls(host: string, port: number): string[] {
  if (host !== '0.0.0.0' && host !== '::') return [];
  return Object.values(networkInterfaces())
    .flat()
    .filter((net) => net && net.family === 'IPv4' && !net.internal)
    .map((net) => urlOf(net!.address, port));
}

/** The lines printed at start, as Vite prints them. */
export function addresses(host: string, port: number): string[] {
  const local = urlOf(host === '127.0.0.1' || host === '0.0.0.0' || host === '::' ? 'localhost' : host, port);
  return [`  ➜  Local:   ${local}`, ...networkUrls(host, port).map((url) => `  ➜  Network: ${url}`)];
}
