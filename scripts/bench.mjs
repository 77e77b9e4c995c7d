// `npm run bench`: gzip bytes fetched and time until the first screen is usable, Crossroads against a stock
// Phaser 4 hello world built in the same run. Median of cold loads in headless Chromium with CPU throttling.
// Prints figures only; nothing here asserts on time.
import { spawnSync } from 'node:child_process';
import { createReadStream } from 'node:fs';
import { mkdir, stat, writeFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import { extname, join, normalize, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { chromium } from '@playwright/test';
import { findChromium } from './find-chromium.mjs';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const OUT = join(ROOT, 'bench', '.out');
const USABLE_MARK = 'crossroads:usable';
const MAP_DRAWN_MARK = 'crossroads:map-drawn';
const STAGE_READY_MARK = 'crossroads:stage-ready';
const LOADS = 5;
const CPU_THROTTLE = 4;
const MARK_TIMEOUT_MS = 60_000;
const FRAME_WINDOW_MS = 3_000;
const CHROMIUM_ARGS = [
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
  '--disable-sync',
  '--no-sandbox',
];

const APPS = [
  {
    id: 'hello',
    label: 'stock Phaser 4',
    dir: join(OUT, 'hello'),
    path: '/',
    buildArgs: ['--config', 'bench/hello-phaser/vite.config.ts'],
  },
  {
    id: 'game',
    label: 'Crossroads',
    dir: join(OUT, 'game'),
    path: '/?bench=1&check=skip',
    settledMark: MAP_DRAWN_MARK,
    stageMark: STAGE_READY_MARK,
    buildArgs: ['--outDir', 'bench/.out/game', '--emptyOutDir'],
  },
];

const CONTENT_TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.wav': 'audio/wav',
};

/** Runs `vite build` with the given arguments; returns null on success, else the tail of its output. */
function build(buildArgs) {
  const result = spawnSync('npx', ['vite', 'build', ...buildArgs], { cwd: ROOT, encoding: 'utf8' });
  if (result.status === 0) return null;
  const output = `${result.stdout ?? ''}${result.stderr ?? ''}`.trim().split('\n');
  return output.slice(-15).join('\n') || `vite build exited with ${result.status}`;
}

/** The file a request asks for inside dir, with its size; null when there is none. */
async function findFile(dir, requestUrl) {
  try {
    const pathname = decodeURIComponent(new URL(requestUrl ?? '/', 'http://localhost').pathname);
    const file = normalize(join(dir, pathname.endsWith('/') ? `${pathname}index.html` : pathname));
    const info = file.startsWith(dir + sep) ? await stat(file) : null;
    return info?.isFile() ? { file, size: info.size } : null;
  } catch {
    return null;
  }
}

/** Serves a folder uncompressed on 127.0.0.1 at an ephemeral port. */
async function serve(dir) {
  const server = createServer(async (req, res) => {
    const found = await findFile(dir, req.url);
    if (!found) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('Not found');
      return;
    }
    res.writeHead(200, {
      'content-type': CONTENT_TYPES[extname(found.file)] ?? 'application/octet-stream',
      'content-length': found.size,
      'cache-control': 'no-cache',
    });
    createReadStream(found.file).pipe(res);
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address();
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () => {
      server.closeAllConnections();
      return new Promise((resolve) => server.close(resolve));
    },
  };
}

/** Raw and gzip -9 sizes of one response body, read as soon as it has arrived. */
async function measureBody(response) {
  const path = new URL(response.url()).pathname;
  try {
    const body = await response.body();
    return { path, raw: body.length, gzip: gzipSync(body, { level: 9 }).length };
  } catch {
    return { path, raw: 0, gzip: 0, unreadable: true };
  }
}

async function openThrottledPage(browser) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 720 } });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_THROTTLE });
  return { context, page };
}

/** Waits for the usable mark; returns its time and the URLs whose responses ended before it. */
async function waitUntilUsable(page, pageErrors) {
  try {
    await page.waitForFunction((mark) => performance.getEntriesByName(mark).length > 0, USABLE_MARK, {
      timeout: MARK_TIMEOUT_MS,
    });
  } catch {
    const hint = await whyNotUsable(page, pageErrors[0]);
    throw new Error(`no '${USABLE_MARK}' mark within ${MARK_TIMEOUT_MS / 1000} s; ${hint}`);
  }
  // Resource timing runs on the same clock as the mark, so "finished before usable" is one comparison.
  return page.evaluate((mark) => {
    const usableMs = performance.getEntriesByName(mark)[0].startTime;
    const finishedUrls = performance
      .getEntriesByType('resource')
      .filter((entry) => entry.responseEnd > 0 && entry.responseEnd <= usableMs)
      .map((entry) => entry.name);
    return { usableMs, finishedUrls };
  }, USABLE_MARK);
}

/** Frame intervals over a few seconds (requestAnimationFrame deltas). */
async function measureFrames(page) {
  const deltas = await page.evaluate(
    (duration) =>
      new Promise((resolve) => {
        const out = [];
        let last = performance.now();
        const end = last + duration;
        const step = (now) => {
          out.push(now - last);
          last = now;
          if (now < end) requestAnimationFrame(step);
          else resolve(out.slice(1));
        };
        requestAnimationFrame(step);
      }),
    FRAME_WINDOW_MS,
  );
  const sorted = [...deltas].sort((a, b) => a - b);
  return {
    median: sorted[Math.floor(sorted.length / 2)] ?? 0,
    p95: sorted[Math.floor(sorted.length * 0.95)] ?? 0,
  };
}

/** One cold load in a fresh context: time to usable and what was fetched before it (the document always counts). */
async function measureLoad(browser, url, { settledMark, stageMark }) {
  const { context, page } = await openThrottledPage(browser);
  try {
    const fetched = [];
    const pageErrors = [];
    page.on('response', (response) =>
      fetched.push({
        url: response.url(),
        isDocument: response.request().isNavigationRequest(),
        size: measureBody(response),
      }),
    );
    page.on('pageerror', (error) => pageErrors.push(error.message));

    await page.goto(url, { waitUntil: 'commit' });
    const { usableMs, finishedUrls } = await waitUntilUsable(page, pageErrors);

    const frames = await measureFrames(page);
    // The title can be usable before Phaser has booted; its moves wait for the stage, so that time counts too.
    const stageReadyMs = stageMark
      ? await page
          .waitForFunction((mark) => performance.getEntriesByName(mark)[0]?.startTime, stageMark, {
            timeout: MARK_TIMEOUT_MS,
          })
          .then((handle) => handle.jsonValue())
      : undefined;
    // Once the map is drawn the title is still; then Enter starts chapter 1 and the map pans to its places.
    let settled = null;
    let panning = null;
    if (settledMark) {
      await page.waitForFunction((mark) => performance.getEntriesByName(mark).length > 0, settledMark, {
        timeout: MARK_TIMEOUT_MS,
      });
      settled = await measureFrames(page);
      await page.keyboard.press('Enter');
      panning = await measureFrames(page);
    }
    const counted = new Set(finishedUrls);
    const files = await Promise.all(
      fetched.filter((entry) => entry.isDocument || counted.has(entry.url)).map((entry) => entry.size),
    );
    return {
      usableMs,
      stageReadyMs,
      frameMs: frames.median,
      frameP95Ms: frames.p95,
      settledFrameMs: settled?.median,
      settledFrameP95Ms: settled?.p95,
      panFrameMs: panning?.median,
      panFrameP95Ms: panning?.p95,
      gzipBytes: sum(files.map((file) => file.gzip)),
      rawBytes: sum(files.map((file) => file.raw)),
      requests: files.length,
      unreadable: files.filter((file) => file.unreadable).length,
      files,
    };
  } finally {
    await context.close();
  }
}

/** A hint for a load that never became usable: the first page error, else what the page shows. */
async function whyNotUsable(page, pageError) {
  if (pageError) return `page error: ${pageError}`;
  const text = await page.evaluate(() => document.body?.textContent ?? '').catch(() => '');
  return `page shows: "${text.replace(/\s+/g, ' ').trim().slice(0, 400)}"`;
}

/** Builds, serves and loads one app LOADS times; stops at the first load that never becomes usable. */
async function benchApp(browser, app) {
  console.log(`Building ${app.label}…`);
  const buildError = build(app.buildArgs);
  if (buildError) return { ...app, error: `build failed:\n${buildError}` };

  const server = await serve(app.dir);
  const loads = [];
  try {
    for (let i = 0; i < LOADS; i += 1) {
      process.stdout.write(`  load ${i + 1}/${LOADS}… `);
      const load = await measureLoad(browser, server.origin + app.path, app);
      const warning = load.unreadable ? ` (${load.unreadable} response bodies unreadable, counted as 0)` : '';
      console.log(`${formatInt(load.usableMs)} ms, ${formatKiB(load.gzipBytes)} gzip${warning}`);
      loads.push(load);
    }
  } catch (error) {
    console.log('failed');
    return { ...app, loads, error: error.message };
  } finally {
    await server.close();
  }
  return { ...app, loads, summary: summarize(loads) };
}

function summarize(loads) {
  const times = loads.map((load) => load.usableMs);
  return {
    gzipBytes: median(loads.map((load) => load.gzipBytes)),
    rawBytes: median(loads.map((load) => load.rawBytes)),
    requests: median(loads.map((load) => load.requests)),
    usableMs: median(times),
    stageReadyMs: loads[0]?.stageReadyMs === undefined ? undefined : median(loads.map((l) => l.stageReadyMs)),
    usableMinMs: Math.min(...times),
    usableMaxMs: Math.max(...times),
    frameMs: median(loads.map((load) => load.frameMs)),
    frameP95Ms: median(loads.map((load) => load.frameP95Ms)),
    ...(loads[0]?.settledFrameMs === undefined
      ? {}
      : {
          settledFrameMs: median(loads.map((load) => load.settledFrameMs)),
          settledFrameP95Ms: median(loads.map((load) => load.settledFrameP95Ms)),
          panFrameMs: median(loads.map((load) => load.panFrameMs)),
          panFrameP95Ms: median(loads.map((load) => load.panFrameP95Ms)),
        }),
  };
}

function sum(values) {
  return values.reduce((total, value) => total + value, 0);
}

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

function formatInt(value) {
  return Math.round(value).toLocaleString('en-US');
}

function formatKiB(bytes, digits = 1) {
  return `${(bytes / 1024).toLocaleString('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits })} KiB`;
}

function formatChange(ours, theirs) {
  const percent = Math.round((ours / theirs - 1) * 100);
  return percent < 0 ? `−${-percent}%` : `+${percent}%`;
}

function formatRow(result) {
  const label = result.label.padEnd(18);
  if (!result.summary) return `${label} failed (see below)`;
  const s = result.summary;
  const time = `${formatInt(s.usableMs)} ms (${formatInt(s.usableMinMs)}–${formatInt(s.usableMaxMs)})`;
  return [
    label,
    formatKiB(s.gzipBytes).padStart(12),
    formatKiB(s.rawBytes, 0).padStart(13),
    String(s.requests).padStart(10),
    time.padStart(33),
  ].join(' ');
}

function printReport(version, hello, game) {
  console.log(
    `\nCrossroads bench — headless Chromium ${version}, CPU throttle ${CPU_THROTTLE}x, ${LOADS} cold loads each (median)`,
  );
  console.log(
    `${''.padEnd(18)} ${'gzip fetched'.padStart(12)} ${'raw fetched'.padStart(13)} ${'requests'.padStart(10)}   time to usable (median, min–max)`,
  );
  console.log(formatRow(hello));
  console.log(formatRow(game));
  if (hello.summary && game.summary) {
    const bytes = formatChange(game.summary.gzipBytes, hello.summary.gzipBytes);
    const time = formatChange(game.summary.usableMs, hello.summary.usableMs);
    console.log(`Crossroads vs stock:  ${bytes} bytes, ${time} time`);
  }
  if (game.summary?.stageReadyMs !== undefined) {
    console.log(
      `Crossroads' stage (Phaser, the map's frame and the meters) booted at ${formatInt(game.summary.stageReadyMs)} ms (median).`,
    );
  }
  console.log('\nFrame interval (median / 95th percentile over 3 s; 16.7 ms is 60 fps):');
  const frameRow = (label, ms, p95) =>
    console.log(
      `  ${label.padEnd(58)} ${ms.toFixed(1)} ms / ${p95.toFixed(1)} ms (${Math.round(1000 / ms)} fps)`,
    );
  for (const result of [hello, game]) {
    if (!result.summary) continue;
    const s = result.summary;
    frameRow(`${result.label}, first screen just usable`, s.frameMs, s.frameP95Ms);
    if (s.settledFrameMs === undefined) continue;
    frameRow(`${result.label}, title once the map is drawn`, s.settledFrameMs, s.settledFrameP95Ms);
    frameRow(`${result.label}, chapter 1 opens and the map pans`, s.panFrameMs, s.panFrameP95Ms);
  }
  console.log('  Headless Chromium draws WebGL in software (SwiftShader); a school laptop GPU is faster.');
  for (const result of [hello, game]) {
    if (result.error) console.error(`\n${result.label} failed: ${result.error}`);
  }
  if (game.loads?.length) printFiles(game.label, game.loads[0].files);
}

function printFiles(label, files) {
  console.log(`\n${label}: top 10 files by gzip size (first load)`);
  const top = [...files].sort((a, b) => b.gzip - a.gzip).slice(0, 10);
  for (const file of top) {
    console.log(`  ${formatKiB(file.gzip).padStart(12)} ${formatKiB(file.raw).padStart(13)}  ${file.path}`);
  }
}

async function writeResults(version, results) {
  const path = join(OUT, 'results.json');
  await mkdir(OUT, { recursive: true });
  const report = {
    date: new Date().toISOString(),
    chromium: version,
    cpuThrottle: CPU_THROTTLE,
    loads: LOADS,
    apps: Object.fromEntries(
      results.map(({ id, label, path: appPath, summary, loads, error }) => [
        id,
        { label, path: appPath, summary: summary ?? null, error: error ?? null, loads: loads ?? [] },
      ]),
    ),
  };
  await writeFile(path, `${JSON.stringify(report, null, 2)}\n`);
  console.log(`\nResults written to ${normalize(path).slice(ROOT.length)}`);
}

async function main() {
  const executablePath = findChromium();
  if (!executablePath) throw new Error('No Chromium found: set CHROMIUM_PATH or install chromium.');
  const browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS });
  try {
    const results = [];
    for (const app of APPS) results.push(await benchApp(browser, app));
    const version = browser.version();
    printReport(version, ...results);
    await writeResults(version, results);
    return results.every((result) => result.summary) ? 0 : 1;
  } finally {
    await browser.close();
  }
}

main().then(
  (code) => process.exit(code),
  (error) => {
    console.error(error);
    process.exit(1);
  },
);
