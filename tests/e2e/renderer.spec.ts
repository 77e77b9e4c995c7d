import { LAND_MARGIN, MAP_HEIGHT, MAP_WIDTH } from '../../src/stage/region-projection';
import { expect, expectScreen, openGame, playFirstDecision, test } from './fixtures';

test('Phaser AUTO picks WebGL where the browser has it', async ({ page }) => {
  await openGame(page);
  expect(await page.evaluate(() => window.__CROSSROADS__?.renderer)).toBe('webgl');
  await expect(page.locator('#stage canvas')).toBeVisible();
});

test('the Canvas renderer plays the same chapter', async ({ page }) => {
  await openGame(page, 'seed=42&check=skip&chapters=ch01&renderer=canvas');
  expect(await page.evaluate(() => window.__CROSSROADS__?.renderer)).toBe('canvas');
  await playFirstDecision(page);
  await page.keyboard.press('Enter');
  await expectScreen(page, 'Debrief');
});

test('an idle stage draws no frames and keeps its picture; a change draws again', async ({ page }) => {
  await openGame(page);
  await page.waitForFunction(() => performance.getEntriesByName('crossroads:map-drawn').length > 0);
  const framesDrawn = () => page.evaluate(() => window.__CROSSROADS__?.framesDrawn() ?? -1);
  await expect.poll(framesDrawn).toBeGreaterThan(0);
  await page.waitForTimeout(500);
  // The map's part of the canvas, clear of the DOM card and the top bar.
  const map = { x: 20, y: 80, width: 400, height: 300 };
  const settled = await framesDrawn();
  const before = await page.screenshot({ clip: map });
  await page.waitForTimeout(1000);
  expect(await framesDrawn()).toBe(settled);
  expect((await page.screenshot({ clip: map })).equals(before)).toBe(true);
  await page.keyboard.press('Enter');
  await expectScreen(page, 'Briefing');
  await expect.poll(framesDrawn).toBeGreaterThan(settled);
});

for (const renderer of ['webgl', 'canvas'] as const) {
  test(`the land under the ${renderer} canvas follows the map camera through the chapter 1 pan`, async ({
    page,
  }) => {
    const query = renderer === 'canvas' ? '&renderer=canvas' : '';
    await openGame(page, `seed=42&check=skip&chapters=ch01&motion=on${query}`);
    await page.waitForFunction(() => performance.getEntriesByName('crossroads:map-drawn').length > 0);
    /** The land image's box against the one the camera's view puts it in, in CSS pixels. */
    const landAgainstCamera = () =>
      page.evaluate(
        ({ margin, width, height }) => {
          const view = window.__CROSSROADS__?.stageMap();
          const image = document.querySelector('.stage-land-image');
          if (!view || !image) return null;
          const box = image.getBoundingClientRect();
          return {
            shown: [box.x, box.y, box.width, box.height],
            expected: [
              view.viewport.x + (-margin - view.left) * view.zoom,
              view.viewport.y + (-margin - view.top) * view.zoom,
              width * view.zoom,
              height * view.zoom,
            ],
            zoom: view.zoom,
          };
        },
        { margin: LAND_MARGIN, width: MAP_WIDTH + 2 * LAND_MARGIN, height: MAP_HEIGHT + 2 * LAND_MARGIN },
      );
    const expectAligned = (placed: Awaited<ReturnType<typeof landAgainstCamera>>) => {
      expect(placed).not.toBeNull();
      placed!.shown.forEach((value, i) => expect(value).toBeCloseTo(placed!.expected[i]!, 0));
    };
    const title = await landAgainstCamera();
    expectAligned(title);
    await page.keyboard.press('Enter');
    await expectScreen(page, 'Briefing');
    // Partway through the glide and once it has settled on the chapter's places, closer in than the title.
    await page.waitForTimeout(300);
    expectAligned(await landAgainstCamera());
    await expect.poll(async () => (await landAgainstCamera())?.zoom).toBeGreaterThan(title!.zoom * 1.1);
    await page.waitForTimeout(1500);
    expectAligned(await landAgainstCamera());
    // Closer in than the small image's half pixel per map unit, the large image has taken over.
    await expect(page.locator('.stage-land-image')).toHaveAttribute('src', /land-large/);
  });
}
