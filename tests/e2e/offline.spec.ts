import { appendFileSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { expect, expectScreen, openGame, runState, test, toFirstDecision } from './fixtures';

// The one spec with a service worker: the others block it (playwright.config.ts).
test.use({ serviceWorkers: 'allow' });

/** The build the tests serve (playwright.config.ts builds into `.e2e-build/<port>`). */
const BUILD = `.e2e-build/${process.env.E2E_PORT}`;

function localeText(lng: string, namespace: string, path: string): string {
  const data = JSON.parse(readFileSync(`locales/${lng}/${namespace}.json`, 'utf8')) as Record<
    string,
    unknown
  >;
  return path.split('.').reduce<unknown>((at, key) => (at as Record<string, unknown>)[key], data) as string;
}

/** Waits until the service worker controls the page: it activates only once its copy of the game is complete. */
async function waitForOfflineCopy(page: Page): Promise<string[]> {
  await page.waitForFunction(() => navigator.serviceWorker.controller?.state === 'activated', undefined, {
    timeout: 60_000,
  });
  return page.evaluate(async () => {
    const urls: string[] = [];
    for (const name of await caches.keys())
      for (const request of await (await caches.open(name)).keys()) {
        const url = new URL(request.url);
        url.searchParams.delete('__WB_REVISION__');
        urls.push(url.pathname.slice(1) + url.search);
      }
    return urls;
  });
}

async function next(page: Page, name: string): Promise<void> {
  await page.keyboard.press('Enter');
  await expectScreen(page, name);
}

async function openDialogFromMenu(page: Page, name: string): Promise<void> {
  await page.keyboard.press('Escape');
  await page.getByRole('dialog', { name: 'Menu' }).getByRole('button', { name }).click();
  await expect(page.getByRole('dialog', { name })).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(page.getByRole('dialog', { name })).toBeHidden();
  const menu = page.getByRole('dialog', { name: 'Menu' });
  await menu.getByRole('button', { name: 'Back to the game' }).click();
  await expect(menu).toBeHidden();
}

test('after one visit the game plays offline: chapter 2, the timeline, glossary and guide, every language', async ({
  page,
  context,
}) => {
  test.setTimeout(150_000);
  await openGame(page, 'seed=42&check=skip&chapters=ch01,ch02');
  const cached = await waitForOfflineCopy(page);

  // Every chunk, stylesheet and page of the game is kept (chapters, languages, pages and the map are chunks), and
  // the fonts the four languages need; the live session's page and endpoints are not.
  const built = readdirSync(`${BUILD}/assets`)
    .filter((file) => /\.(js|css)$/.test(file))
    .map((file) => `assets/${file}`);
  expect(built.length).toBeGreaterThan(30);
  expect(cached).toEqual(expect.arrayContaining([...built, 'index.html', 'manifest.webmanifest']));
  for (const subset of ['latin', 'latin-ext', 'cyrillic'])
    expect(cached.filter((url) => new RegExp(`-${subset}-\\d+-normal-.*\\.woff2$`).test(url))).toHaveLength(
      4,
    );
  expect(cached.filter((url) => /socket\.io|join\.html|greek|vietnamese|\.woff$/.test(url))).toEqual([]);

  await context.setOffline(true);
  await page.reload();
  await page.waitForFunction(() => window.__CROSSROADS__?.ready === true);
  expect(await page.evaluate(() => navigator.onLine)).toBe(false);

  // Chapter 1's two decisions, then chapter 2, which no page had downloaded before.
  await toFirstDecision(page);
  for (const [index, digit] of ['1', '2'].entries()) {
    await page.keyboard.press(digit);
    await next(page, 'Consequences');
    await next(page, 'Debrief');
    await next(page, index === 0 ? 'Decision' : 'Briefing');
  }
  const state = await runState(page);
  expect(state.plan[state.position.chapter]).toBe('ch02');
  await expect(page.locator('#screen h1')).toContainText(localeText('en', 'ch02', 'title'));

  await page.getByRole('button', { name: 'This chapter on the timeline' }).click();
  const timeline = page.getByRole('dialog', { name: 'Timeline of the record' });
  await expect(timeline.locator('.timeline-entry.current').first()).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(timeline).toBeHidden();
  await openDialogFromMenu(page, 'Glossary');
  await openDialogFromMenu(page, 'Teacher guide');

  let shown = 'en';
  for (const lng of ['ru', 'az', 'tr']) {
    await page.getByRole('combobox', { name: localeText(shown, 'ui', 'topbar.language') }).selectOption(lng);
    await expect(page.locator('html')).toHaveAttribute('lang', lng);
    await expect(page.locator('#screen h1')).toContainText(localeText(lng, 'ch02', 'title'));
    shown = lng;
  }
  await expect(page.locator('[data-notice]')).toHaveCount(0);
});

test('offline, only the game’s own files answer: a file it never kept and the live session’s paths fail', async ({
  page,
  context,
}) => {
  await openGame(page);
  await waitForOfflineCopy(page);
  await context.setOffline(true);

  // A second page, so that the refused requests' console errors are not this test's failures.
  const probe = await context.newPage();
  await probe.goto('/?lng=ru');
  await expect(probe.locator('html')).toHaveAttribute('lang', 'ru');
  // A font subset the game does not need: it is on the server, but not in the copy.
  const unneededFont = readdirSync(`${BUILD}/assets`).find((file) => /-greek-.*\.woff2$/.test(file));
  expect(unneededFont).toBeDefined();
  const fetched = await probe.evaluate(async (font) => {
    const status = (url: string) =>
      fetch(url, { cache: 'no-store' }).then(
        (response) => String(response.status),
        () => 'failed',
      );
    return {
      kept: await status('./manifest.webmanifest'),
      notKept: await status(`./assets/${font}`),
      socket: await status('./socket.io/?EIO=4&transport=polling'),
    };
  }, unneededFont);
  expect(fetched).toEqual({ kept: '200', notKept: 'failed', socket: 'failed' });
  await expect(probe.goto('/join')).rejects.toThrow(/ERR_INTERNET_DISCONNECTED/);
  await probe.close();
});

test('a new deployment waits for the player: a quiet notice, and the page reloads only on Reload', async ({
  page,
}) => {
  await openGame(page);
  await waitForOfflineCopy(page);
  await toFirstDecision(page);
  await page.evaluate(() => Object.assign(window, { lessonGoesOn: true }));

  const worker = `${BUILD}/sw.js`;
  const deployed = readFileSync(worker, 'utf8');
  try {
    // A new deployment, as the browser sees it: a service worker that differs by a byte.
    appendFileSync(worker, '\n// a new deployment\n');
    await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.update());
    const notice = page.getByRole('status').filter({ hasText: localeText('en', 'ui', 'notice.updateReady') });
    await expect(notice).toBeVisible({ timeout: 60_000 });
    await page.screenshot({ path: test.info().outputPath('update-notice.png') });
    // The lesson is untouched: same page, same screen, nothing swapped underneath.
    expect(await page.evaluate(() => 'lessonGoesOn' in window)).toBe(true);
    await expectScreen(page, 'Decision');

    await notice.getByRole('button', { name: localeText('en', 'ui', 'notice.updateReload') }).click();
    await page.waitForFunction(() => !('lessonGoesOn' in window) && window.__CROSSROADS__?.ready === true);
    expect(await page.evaluate(() => navigator.serviceWorker.controller?.scriptURL)).toMatch(/\/sw\.js$/);
    await expect(page.locator('[data-notice="update"]')).toHaveCount(0);
  } finally {
    writeFileSync(worker, deployed);
  }
});
