import { expect, expectScreen, openGame, test } from './fixtures';

/** Holds back the Phaser chunk, as a slow school network would, until `release` is called. */
async function holdPhaser(page: import('@playwright/test').Page): Promise<() => void> {
  let release = () => {};
  const released = new Promise<void>((resolve) => (release = resolve));
  await page.route(/\/assets\/phaser-[^/]+\.js$/, async (route) => {
    await released;
    await route.fallback();
  });
  return release;
}

test('the title answers before the stage has booted, and a move made then is carried out once it has', async ({
  page,
}) => {
  const release = await holdPhaser(page);
  await page.goto('/?test=1&seed=42&check=skip&chapters=ch01');
  await expect(page.locator('#screen')).toHaveAttribute('data-screen', 'Title');
  await expect(page.getByRole('heading', { level: 1, name: 'Crossroads' })).toBeVisible();
  expect(await page.evaluate(() => window.__CROSSROADS__?.renderer)).toBe('none');
  expect(await page.evaluate(() => window.__CROSSROADS__?.ready)).toBe(false);

  await page.getByRole('combobox', { name: 'Language' }).selectOption('ru');
  await expect(page.getByRole('button', { name: /Новая игра/ })).toBeVisible();
  await page.getByRole('combobox', { name: 'Язык' }).selectOption('en');
  await page.getByRole('button', { name: /New game/ }).click();
  await expect(page.locator('#screen')).toHaveAttribute('data-screen', 'Title');

  release();
  await expectScreen(page, 'Briefing');
  await expect(page.getByRole('heading', { level: 1, name: 'Flight 8243' })).toBeVisible();
});

test('while the player reads the title, the first chapter is fetched so that New game answers at once', async ({
  page,
}) => {
  await openGame(page, 'seed=42&check=skip&chapters=ch04');
  const fetched = () =>
    page.evaluate(() => performance.getEntriesByType('resource').map((entry) => entry.name));
  await expect.poll(async () => (await fetched()).some((url) => /\/ch04-[^/]+\.js$/.test(url))).toBe(true);
  expect((await fetched()).some((url) => /\/ch01-[^/]+\.js$/.test(url))).toBe(false);
});

test("the page preloads the map's first image, and the stage draws that same download", async ({ page }) => {
  await openGame(page, 'seed=42&check=skip');
  await page.waitForFunction(() => performance.getEntriesByName('crossroads:map-drawn').length > 0);
  const preloaded = await page
    .locator('link[rel="preload"][as="image"]')
    .evaluateAll((links) => links.map((link) => (link as HTMLLinkElement).href));
  expect(preloaded.filter((href) => /\/land-small-[\w-]+\.webp$/.test(href))).toHaveLength(1);
  const downloads = await page.evaluate(() =>
    performance
      .getEntriesByType('resource')
      .filter((entry) => /\/land-small-[\w-]+\.webp$/.test(entry.name))
      .map((entry) => (entry as PerformanceResourceTiming).initiatorType),
  );
  expect(downloads).toEqual(['link']);
});
