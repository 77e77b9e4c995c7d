// Serves the built game: its files with their MIME types, its pages, and the service worker uncached.
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { extname, join, normalize, sep } from 'node:path';

const MIME: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.mp3': 'audio/mpeg',
  '.ogg': 'audio/ogg',
  '.wav': 'audio/wav',
  '.txt': 'text/plain; charset=utf-8',
  '.pdf': 'application/pdf',
  '.map': 'application/json; charset=utf-8',
};

/** Pages without a file of their own: `/join` is the students' page (its own entry when the build has one). */
const PAGES: Record<string, readonly string[]> = {
  '/': ['index.html'],
  '/join': ['join.html', 'index.html'],
};

export type StaticHandler = (request: IncomingMessage, response: ServerResponse) => Promise<void>;

export function serveStatic(root: string): StaticHandler {
  const base = normalize(root + sep);

  async function fileAt(relative: string) {
    const path = normalize(join(base, relative));
    if (!path.startsWith(base)) return undefined;
    try {
      const info = await stat(path);
      return info.isFile() ? { path, size: info.size } : undefined;
    } catch {
      return undefined;
    }
  }

  return async (request, response) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      response.writeHead(405, { Allow: 'GET, HEAD' }).end();
      return;
    }
    let pathname: string;
    try {
      pathname = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname);
    } catch {
      response.writeHead(400).end();
      return;
    }
    if (pathname === '/join/' || pathname === '/index.html/') {
      response.writeHead(301, { Location: pathname.slice(0, -1) }).end();
      return;
    }
    const candidates = PAGES[pathname] ?? [pathname.slice(1)];
    let found: { path: string; size: number } | undefined;
    for (const candidate of candidates) if ((found = await fileAt(candidate))) break;
    if (!found) {
      response.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' }).end('Not found');
      return;
    }
    const type = MIME[extname(found.path).toLowerCase()] ?? 'application/octet-stream';
    const headers: Record<string, string | number> = {
      'Content-Type': type,
      'Content-Length': found.size,
      'X-Content-Type-Options': 'nosniff',
      'Cache-Control': cacheControl(pathname, found.path),
    };
    response.writeHead(200, headers);
    if (request.method === 'HEAD') {
      response.end();
      return;
    }
    createReadStream(found.path).pipe(response);
  };
}

/** Hashed assets keep for a year; pages and the service worker are checked on every load. */
function cacheControl(pathname: string, path: string): string {
  if (/(^|\/)sw\.js$/.test(pathname) || path.endsWith('.html')) return 'no-cache';
  if (pathname.startsWith('/assets/')) return 'public, max-age=31536000, immutable';
  return 'no-cache';
}
