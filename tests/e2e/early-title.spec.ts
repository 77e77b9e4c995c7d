import type { Page } from '@playwright/test';
import { expect, expectScreen, openGame, test } from './fixtures';

/** Holds back the Phaser chunk, as a slow school network would, until `release` is called. */
async function holdPhaser(page: Page): Promise<() => void> {
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

/** The mean difference of two screenshots of the same box, per pixel (0–255), and the share of pixels far apart. */
async function pictureDifference(page: Page, before: Buffer, after: Buffer) {
  return page.evaluate(
    async ([a, b]) => {
      const pixels = async (png: string) => {
        const image = new Image();
        image.src = `data:image/png;base64,${png}`;
        await image.decode();
        const canvas = document.createElement('canvas');
        canvas.width = image.width;
        canvas.height = image.height;
        const context = canvas.getContext('2d')!;
        context.drawImage(image, 0, 0);
        return context.getImageData(0, 0, image.width, image.height).data;
      };
      const [first, second] = [await pixels(a!), await pixels(b!)];
      let total = 0;
      let far = 0;
      for (let i = 0; i < first.length; i += 4) {
        const channel = (k: number) => Math.abs(first[i + k]! - second[i + k]!);
        const difference = Math.max(channel(0), channel(1), channel(2));
        total += difference;
        if (difference > 64) far += 1;
      }
      const count = first.length / 4;
      return { mean: total / count, farShare: far / count };
    },
    [before.toString('base64'), after.toString('base64')],
  );
}

test("the title's stage is drawn before Phaser runs, in the chosen language, and Phaser's stage replaces it unchanged", async ({
  page,
}) => {
  const release = await holdPhaser(page);
  await page.goto('/?test=1&seed=42&check=skip&chapters=ch01');
  await page.waitForFunction(() => performance.getEntriesByName('crossroads:map-drawn').length > 0);
  expect(await page.evaluate(() => window.__CROSSROADS__?.renderer)).toBe('none');
  await expect(page.locator('.stage-poster')).toBeVisible();
  // A new language draws the picture again: Russian names, wrapped where the gauges need it.
  await page.getByRole('combobox', { name: 'Language' }).selectOption('ru');
  await expect(page.getByRole('button', { name: /Новая игра/ })).toBeVisible();
  const stage = (await page.locator('#stage').boundingBox())!;
  const poster = await page.screenshot({ clip: stage });

  release();
  await page.waitForFunction(() => window.__CROSSROADS__?.ready === true);
  await expect(page.locator('.stage-poster')).toHaveCount(0);
  await expect.poll(() => page.evaluate(() => window.__CROSSROADS__?.framesDrawn() ?? 0)).toBeGreaterThan(0);
  await page.waitForTimeout(300);
  const drawn = await pictureDifference(page, poster, await page.screenshot({ clip: stage }));
  // Phaser draws its texts and arcs a little softer; the places, names, arcs and meters are where they were.
  // (Measured: a mean of 0.5 and 0.07% of pixels far apart; a name 2 px low, or English names left on the
  // picture, gives 1.2–1.4 and 0.6–0.8%.)
  expect(drawn.mean).toBeLessThan(0.9);
  expect(drawn.farShare).toBeLessThan(0.003);
});
