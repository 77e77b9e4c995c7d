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
