// `npm run bench`: Crossroads against a stock Phaser 4 hello world built in the same run, in headless Chromium at
// 4x CPU slowdown, median of cold loads. Gzip bytes fetched and time until the title and its stage (the map drawn)
// are on screen, against the stock app's bytes and time until its canvas is drawn; frame intervals from "New game"
// through the chapter 1 pan, with WebGL and with Canvas, against the stock app's idle frames; and the JS heap after
// ten full runs in one page against its size after the first. The title's stage is first drawn without Phaser
// (src/stage/stage-poster.ts), and the bench also prints when Phaser's stage replaced that picture.
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
/** Phaser's stage has drawn its first frame and replaced the title's first picture (drawn without Phaser). */
const STAGE_DRAWN_MARK = 'crossroads:stage-drawn';
/** Cold loads per app; BENCH_LOADS=1 for a quick look. */
const LOADS = Number(process.env.BENCH_LOADS) || 5;
const CPU_THROTTLE = 4;
const MARK_TIMEOUT_MS = 60_000;
const FRAME_WINDOW_MS = 3_000;
/** The title is left still this long after its map is drawn, before "New game" is pressed. */
const SETTLE_MS = 1_000;
const HEAP_RUNS = 10;
const HEAP_PATH = '/?test=1&seed=7&check=skip';
const CHROMIUM_ARGS = [
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
  '--disable-sync',
  '--no-sandbox',
];

/** The stock app is ready when its canvas is drawn; Crossroads when its title is usable and its map drawn. */
const HELLO = {
  id: 'hello',
  label: 'stock Phaser 4',
  dir: join(OUT, 'hello'),
  path: '/',
  readyMarks: [USABLE_MARK],
  buildArgs: ['--config', 'bench/hello-phaser/vite.config.ts'],
};
/** BENCH_GAME_DIR measures a game built elsewhere (an older version, say) instead of building this one. */
const GAME_DIR = process.env.BENCH_GAME_DIR;
const GAME_BUILD = GAME_DIR
  ? { dir: GAME_DIR, buildArgs: null }
  : { dir: join(OUT, 'game'), buildArgs: ['--outDir', 'bench/.out/game', '--emptyOutDir'] };
const GAME_RUNS = [
  {
    id: 'game',
    label: 'Crossroads, WebGL',
    ...GAME_BUILD,
    path: '/?check=skip&chapters=ch01',
    readyMarks: [USABLE_MARK, MAP_DRAWN_MARK],
    newGame: true,
  },
  {
    id: 'gameCanvas',
    label: 'Crossroads, Canvas',
    ...GAME_BUILD,
    path: '/?check=skip&chapters=ch01&renderer=canvas',
    readyMarks: [USABLE_MARK, MAP_DRAWN_MARK],
    newGame: true,
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
  '.webp': 'image/webp',
  '.webmanifest': 'application/manifest+json',
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

/** Waits for every ready mark; returns the time of the last and the URLs whose responses ended before it. */
async function waitUntilReady(page, marks, pageErrors) {
  try {
    await page.waitForFunction(
      (names) => names.every((name) => performance.getEntriesByName(name).length > 0),
      marks,
      { timeout: MARK_TIMEOUT_MS },
    );
  } catch {
    const hint = await whyNotReady(page, pageErrors[0]);
    throw new Error(
      `no ${marks.map((mark) => `'${mark}'`).join(' and ')} within ${MARK_TIMEOUT_MS / 1000} s; ${hint}`,
    );
  }
  // Resource timing runs on the same clock as the marks, so "finished before ready" is one comparison.
  return page.evaluate((names) => {
    const readyMs = Math.max(...names.map((name) => performance.getEntriesByName(name)[0].startTime));
    const finishedUrls = performance
      .getEntriesByType('resource')
      .filter((entry) => entry.responseEnd > 0 && entry.responseEnd <= readyMs)
      .map((entry) => entry.name);
    return { readyMs, finishedUrls };
  }, marks);
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

/**
 * One cold load in a fresh context: time until ready and what was fetched before it (the document always counts).
 * Then the stock app's idle frames, or Crossroads' frames from "New game" through the chapter 1 pan.
 */
async function measureLoad(browser, url, app) {
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
    const { readyMs, finishedUrls } = await waitUntilReady(page, app.readyMarks, pageErrors);
    let frames;
    let stageDrawnMs = null;
    if (app.newGame) {
      await page.waitForTimeout(SETTLE_MS);
      stageDrawnMs = await page.evaluate(
        (name) => performance.getEntriesByName(name)[0]?.startTime ?? null,
        STAGE_DRAWN_MARK,
      );
      const measuring = measureFrames(page);
      await page.keyboard.press('Enter');
      frames = await measuring;
    } else {
      frames = await measureFrames(page);
    }
    const counted = new Set(finishedUrls);
    const files = await Promise.all(
      fetched.filter((entry) => entry.isDocument || counted.has(entry.url)).map((entry) => entry.size),
    );
    return {
      readyMs,
      stageDrawnMs,
      frameMs: frames.median,
      frameP95Ms: frames.p95,
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

/** A hint for a load that never became ready: the first page error, else what the page shows. */
async function whyNotReady(page, pageError) {
  if (pageError) return `page error: ${pageError}`;
  const text = await page.evaluate(() => document.body?.textContent ?? '').catch(() => '');
  return `page shows: "${text.replace(/\s+/g, ' ').trim().slice(0, 400)}"`;
}

/** Loads one app LOADS times from its built folder; stops at the first load that never becomes ready. */
async function benchApp(browser, app) {
  console.log(`${app.label}…`);
  const server = await serve(app.dir);
  const loads = [];
  try {
    for (let i = 0; i < LOADS; i += 1) {
      process.stdout.write(`  load ${i + 1}/${LOADS}… `);
      const load = await measureLoad(browser, server.origin + app.path, app);
      const warning = load.unreadable ? ` (${load.unreadable} response bodies unreadable, counted as 0)` : '';
      console.log(
        `${formatInt(load.readyMs)} ms, ${formatKiB(load.gzipBytes)} gzip, frames ${load.frameMs.toFixed(1)} / ${load.frameP95Ms.toFixed(1)} ms${warning}`,
      );
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
  const times = loads.map((load) => load.readyMs);
  return {
    gzipBytes: median(loads.map((load) => load.gzipBytes)),
    rawBytes: median(loads.map((load) => load.rawBytes)),
    requests: median(loads.map((load) => load.requests)),
    readyMs: median(times),
    readyMinMs: Math.min(...times),
    readyMaxMs: Math.max(...times),
    frameMs: median(loads.map((load) => load.frameMs)),
    stageDrawnMs: loads.every((load) => load.stageDrawnMs !== null)
      ? median(loads.map((load) => load.stageDrawnMs))
      : null,
    frameP95Ms: median(loads.map((load) => load.frameP95Ms)),
  };
}

/** The JS heap in use after two forced garbage collections, in bytes. */
async function heapAfterGc(cdp) {
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('HeapProfiler.collectGarbage');
  return (await cdp.send('Runtime.getHeapUsage')).usedSize;
}

/**
 * Plays the whole campaign by keyboard from wherever the page is to the report, through every chapter, the epilogue,
 * the ending and the closing knowledge check, choosing options in turn; on the report, Enter starts the next run.
 * Reads the screen from the test hook (?test=1), and waits for each move to show before the next.
 */
async function playFullRun(page, run) {
  const screen = () => page.evaluate(() => window.__CROSSROADS__?.screen ?? '');
  for (let step = 0; step < 200; step += 1) {
    const before = await screen();
    if (before === 'Report' && step > 0) return;
    if (before === 'Decision') await page.keyboard.press(String(((run + step) % 3) + 1));
    if (before === 'Check') {
      // The closing check: Enter hands it in and shows what the record says, on the same screen.
      await page.keyboard.press('Enter');
      await page.locator('.feedback').first().waitFor({ timeout: MARK_TIMEOUT_MS });
    }
    await page.keyboard.press('Enter');
    await page.waitForFunction((name) => window.__CROSSROADS__?.screen !== name, before, {
      timeout: MARK_TIMEOUT_MS,
    });
  }
  throw new Error('a run did not reach the report within 200 moves');
}

/** The JS heap after the first full run and after HEAP_RUNS of them, in one page and without CPU throttling. */
async function benchHeap(browser) {
  console.log(`Crossroads, ${HEAP_RUNS} full runs in one page…`);
  const server = await serve(GAME_BUILD.dir);
  const context = await browser.newContext({ viewport: { width: 1280, height: 720 } });
  try {
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await page.goto(server.origin + HEAP_PATH);
    await page.waitForFunction(() => window.__CROSSROADS__?.ready === true, undefined, {
      timeout: MARK_TIMEOUT_MS,
    });
    const heaps = [];
    for (let run = 0; run < HEAP_RUNS; run += 1) {
      await playFullRun(page, run);
      heaps.push(await heapAfterGc(cdp));
      console.log(`  run ${run + 1}/${HEAP_RUNS}: ${formatKiB(heaps.at(-1))} heap`);
    }
    return { heaps, firstBytes: heaps[0], lastBytes: heaps.at(-1) };
  } catch (error) {
    console.log('failed');
    return { error: error.message };
  } finally {
    await context.close();
    await server.close();
  }
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
  const label = result.label.padEnd(20);
  if (!result.summary) return `${label} failed (see below)`;
  const s = result.summary;
  const time = `${formatInt(s.readyMs)} ms (${formatInt(s.readyMinMs)}–${formatInt(s.readyMaxMs)})`;
  return [
    label,
    formatKiB(s.gzipBytes).padStart(12),
    formatKiB(s.rawBytes, 0).padStart(13),
    String(s.requests).padStart(10),
    time.padStart(28),
  ].join(' ');
}

const ratio = (ours, theirs) => `${(ours / theirs).toFixed(2)}×`;

function printReport(version, hello, games, heap) {
  console.log(
    `\nCrossroads bench — headless Chromium ${version}, CPU throttle ${CPU_THROTTLE}x, ${LOADS} cold loads each (median)`,
  );
  console.log(
    `${''.padEnd(20)} ${'gzip fetched'.padStart(12)} ${'raw fetched'.padStart(13)} ${'requests'.padStart(10)}   time to ready (median, min–max)`,
  );
  for (const result of [hello, ...games]) console.log(formatRow(result));
  console.log(
    "  ready: the stock app's canvas drawn; Crossroads' title usable and its stage drawn (map, places, arcs, meters)",
  );
  for (const result of games) {
    const drawnMs = result.summary?.stageDrawnMs;
    const shown =
      drawnMs === null || drawnMs === undefined ? 'not within the settle time' : `${formatInt(drawnMs)} ms`;
    console.log(`  ${result.label}: Phaser's stage replaced the title's first picture at ${shown} (median)`);
  }
  const [game] = games;
  if (hello.summary && game?.summary) {
    console.log(
      `Crossroads vs stock: ${ratio(game.summary.gzipBytes, hello.summary.gzipBytes)} bytes, ${ratio(game.summary.readyMs, hello.summary.readyMs)} time (target ≤ 1.00×)`,
    );
  }

  console.log(
    '\nFrame interval, median / 95th percentile over 3 s (16.7 ms is 60 fps), and as a ratio to the stock app idling:',
  );
  const idle = hello.summary;
  if (idle) {
    console.log(
      `  ${'stock Phaser 4, idle'.padEnd(58)} ${idle.frameMs.toFixed(1)} ms / ${idle.frameP95Ms.toFixed(1)} ms`,
    );
  }
  for (const result of games) {
    if (!result.summary) continue;
    const s = result.summary;
    const ratios = idle
      ? ` (${ratio(s.frameMs, idle.frameMs)} / ${ratio(s.frameP95Ms, idle.frameP95Ms)}; target ≤ 1.00×)`
      : '';
    console.log(
      `  ${`${result.label}, New game through the chapter 1 pan`.padEnd(58)} ${s.frameMs.toFixed(1)} ms / ${s.frameP95Ms.toFixed(1)} ms${ratios}`,
    );
  }
  console.log('  Headless Chromium draws WebGL in software (SwiftShader); a school laptop GPU is faster.');

  if (heap.heaps) {
    console.log(
      `\nJS heap after ${HEAP_RUNS} full runs in one page: ${formatKiB(heap.lastBytes)} against ${formatKiB(heap.firstBytes)} after the first (${ratio(heap.lastBytes, heap.firstBytes)}, ${formatChange(heap.lastBytes, heap.firstBytes)}; target ≤ +10%)`,
    );
  }
  for (const result of [hello, ...games]) {
    if (result.error) console.error(`\n${result.label} failed: ${result.error}`);
  }
  if (heap.error) console.error(`\nThe heap runs failed: ${heap.error}`);
  if (game?.loads?.length) printFiles(game.label, game.loads[0].files);
}

function printFiles(label, files) {
  console.log(`\n${label}: top 10 files by gzip size (first load)`);
  const top = [...files].sort((a, b) => b.gzip - a.gzip).slice(0, 10);
  for (const file of top) {
    console.log(`  ${formatKiB(file.gzip).padStart(12)} ${formatKiB(file.raw).padStart(13)}  ${file.path}`);
  }
}

async function writeResults(version, results, heap) {
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
    heap,
  };
  await writeFile(path, `${JSON.stringify(report, null, 2)}\n`);
  console.log(`\nResults written to ${normalize(path).slice(ROOT.length)}`);
}

async function main() {
  const executablePath = findChromium();
  if (!executablePath) throw new Error('No Chromium found: set CHROMIUM_PATH or install chromium.');
  for (const [label, args] of [
    ['stock Phaser 4', HELLO.buildArgs],
    ['Crossroads', GAME_BUILD.buildArgs],
  ]) {
    if (!args) continue;
    console.log(`Building ${label}…`);
    const buildError = build(args);
    if (buildError) throw new Error(`${label}: build failed:\n${buildError}`);
  }
  const browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS });
  try {
    const results = [];
    for (const app of [HELLO, ...GAME_RUNS]) results.push(await benchApp(browser, app));
    const heap = await benchHeap(browser);
    const version = browser.version();
    const [hello, ...games] = results;
    printReport(version, hello, games, heap);
    await writeResults(version, results, heap);
    return results.every((result) => result.summary) && heap.heaps ? 0 : 1;
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
