import { expect, expectScreen, openGame, runState, test } from './fixtures';

const SENSITIVE_HEADING = 'The human cost';

test('in class mode the votes decide the played option and the debrief shows the split beside history', async ({
  page,
}) => {
  await openGame(page, 'seed=5');
  await page.getByRole('button', { name: 'Class mode' }).click();
  await expectScreen(page, 'RunSheet');
  await page.getByRole('button', { name: '45-minute lesson' }).click();
  await expect(page.getByLabel('Flight 8243')).toBeChecked();
  await expect(page.getByLabel('Allies on paper')).not.toBeChecked();
  await page.getByLabel('On my key, after the class has discussed').check();
  await page.getByLabel('Include the true-or-false knowledge check before and after').uncheck();
  await page.getByRole('button', { name: 'Start the lesson' }).click();
  await expectScreen(page, 'Briefing');
  await expect(page.locator('html')).toHaveAttribute('data-mode', 'class');
  // Large type for the projector: 28 px body text on a 1920×1080 image, against 18 px when playing alone; a
  // 1280×720 image keeps the same share of the screen (2/3 of it), so the wall shows the same size.
  const bodySize = () => page.evaluate(() => parseFloat(getComputedStyle(document.body).fontSize));
  await page.setViewportSize({ width: 1920, height: 1080 });
  await expect.poll(bodySize).toBe(28);
  await page.setViewportSize({ width: 1280, height: 720 });
  await expect.poll(bodySize).toBeCloseTo((28 * 720) / 1080, 1);
  await page.keyboard.press('Enter');
  await expectScreen(page, 'Decision');

  const options = page.locator('.option');
  const labels = await options.locator('.option-label').allInnerTexts();
  const third = await page.locator('.option input[type="radio"]').nth(2).getAttribute('value');
  await page.getByLabel(/^Votes for 1:/).fill('4');
  await page.getByLabel(/^Votes for 2:/).fill('9');
  await page.getByLabel(/^Votes for 3:/).fill('9');
  await page.getByRole('button', { name: 'Play the class’s choice' }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'tied' })).toBeVisible();
  await expectScreen(page, 'Decision');
  await page.getByLabel(/^Votes for 3:/).fill('11');
  // Enter in the field plays the class's choice, as the button's key hint promises.
  await page.getByLabel(/^Votes for 3:/).press('Enter');
  await expectScreen(page, 'Consequences');
  const state = await runState(page);
  const played = state.history[0]!;
  expect(played).toMatchObject({ chapter: 'ch01', option: third });
  await expect(page.locator('#screen .lead').first()).toContainText('The class chose:');

  await page.keyboard.press('Enter');
  await expectScreen(page, 'Debrief');
  const split = page.getByRole('region', { name: 'How the class voted' });
  await expect(split).toBeVisible();
  await expect(split.locator('li')).toHaveCount(labels.length);
  await expect(split.locator('li').nth(2)).toContainText('11');
  await expect(split.locator('li').nth(2)).toContainText('played');
  // Until the teacher opens the record, nothing on screen says what Baku did.
  await expect(split).not.toContainText('what Baku did');
  await expect(page.getByRole('heading', { name: 'The class’s choice and history' })).toBeHidden();
  await page.keyboard.press('Enter');
  await expect(page.locator('#versus-heading')).toBeVisible();
  await expect(page.locator('#versus-heading')).toBeFocused();
  await expect(page.locator('#versus-heading')).toHaveText('The class’s choice and history');
  await expect(page.getByRole('region', { name: 'How the class voted' })).toContainText('what Baku did');
  await expect(page.locator('.resume-code')).toBeVisible();
});

test('the sensitivity setting leaves out casualty details and says so', async ({ page }) => {
  await openGame(page, 'seed=5');
  await page.getByRole('button', { name: 'Class mode' }).click();
  await expectScreen(page, 'RunSheet');
  await page.getByLabel('Leave out casualty details and descriptions of injuries').check();
  await page.getByLabel('Include the true-or-false knowledge check before and after').uncheck();
  for (const box of await page.locator('.sheet-chapters input').all()) await box.uncheck();
  await page.getByLabel('Flight 8243').check();
  await page.getByRole('button', { name: 'Start the lesson' }).click();
  await expectScreen(page, 'Briefing');
  await expect(page.getByText('Casualty details and descriptions of injuries are left out')).toBeVisible();
  // Not even behind "More": the full briefing leaves the toll out too.
  await page.locator('summary', { hasText: 'More: the full briefing' }).click();
  await expect(page.getByRole('heading', { name: 'What is known' })).toBeVisible();
  expect(await page.locator('#screen').innerText()).not.toMatch(/\b38\b/);
  await expect(page.getByRole('heading', { name: SENSITIVE_HEADING })).toHaveCount(0);

  await page.keyboard.press('Escape');
  await page.getByRole('button', { name: 'Return to the title screen' }).click();
  await expectScreen(page, 'Title');
  await page.getByRole('button', { name: 'New game' }).click();
  await expectScreen(page, 'Check');
  await page.getByRole('button', { name: 'Skip the check' }).click();
  await expectScreen(page, 'Briefing');
  await expect(page.locator('html')).toHaveAttribute('data-mode', 'solo');
  await page.locator('summary', { hasText: 'More: the full briefing' }).click();
  await expect(page.getByRole('heading', { name: SENSITIVE_HEADING })).toBeVisible();
  await expect(page.getByText('Casualty details and descriptions of injuries are left out')).toHaveCount(0);
});
