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
