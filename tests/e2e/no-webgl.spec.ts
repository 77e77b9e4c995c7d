import { expect, expectScreen, openGame, playFirstDecision, test } from './fixtures';

test('without WebGL the game falls back to Canvas and stays playable', async ({ page }) => {
  await openGame(page);
  expect(await page.evaluate(() => window.__CROSSROADS__?.renderer)).toBe('canvas');
  await playFirstDecision(page);
  await page.keyboard.press('Enter');
  await expectScreen(page, 'Debrief');
});
