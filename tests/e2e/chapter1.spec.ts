import { expect, expectScreen, openGame, runState, test } from './fixtures';

test('a new player plays chapter 1 to its debriefs with the keyboard alone', async ({ page }) => {
  await openGame(page);
  await expectScreen(page, 'Title');
  await expect(page.getByRole('heading', { level: 1, name: 'Crossroads' })).toBeVisible();

  await page.keyboard.press('Enter');
  await expectScreen(page, 'Briefing');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Flight 8243');
  await expect(page.locator('#screen')).toContainText('Aktau');
  await expect(page.locator('#screen')).toContainText('Grozny');
  await expect(page.locator('.cite').first()).toBeVisible();

  await page.keyboard.press('Enter');
  await expectScreen(page, 'Decision');
  const options = page.getByRole('radio');
  expect(await options.count()).toBeGreaterThanOrEqual(3);
  expect(await options.count()).toBeLessThanOrEqual(4);
  const confirm = page.getByRole('button', { name: 'Confirm this decision' });
  await expect(confirm).toBeDisabled();
  await page.keyboard.press('Enter');
  await expectScreen(page, 'Decision');

  const before = await runState(page);
  await page.keyboard.press('2');
  await expect(options.nth(1)).toBeChecked();
  await expect(options.nth(1)).toBeFocused();
  await expect(confirm).toBeEnabled();
  await page.keyboard.press('Enter');
  await expectScreen(page, 'Consequences');

  const after = await runState(page);
  expect(after.history).toHaveLength(1);
  expect(after.meters).not.toEqual(before.meters);
  const changes = page.locator('.change');
  expect(await changes.count()).toBeGreaterThan(0);
  await expect(changes.first()).toContainText(/[−+]\d+: \S/);
  for (const [id, value] of Object.entries(after.meters)) {
    await expect(page.locator(`[role="meter"][data-meter="${id}"]`)).toHaveAttribute(
      'aria-valuenow',
      String(value),
    );
  }

  await page.keyboard.press('Enter');
  await expectScreen(page, 'Debrief');
  await expect(page.getByRole('heading', { name: 'Your choice and history' })).toBeVisible();
  // The core: what Baku did and how it compares, with its citations; the full record waits behind "More".
  await expect(page.locator('.versus .fact .cite').first()).toBeVisible();
  const fullRecord = page.locator('summary', { hasText: 'More: the full record' });
  await expect(page.getByRole('heading', { name: 'How Moscow answered' })).toBeHidden();
  await fullRecord.focus();
  await page.keyboard.press('Enter');
  await expectScreen(page, 'Debrief');
  await expect(page.locator('details.more', { has: fullRecord })).toHaveAttribute('open', '');
  await expect(page.getByRole('heading', { name: 'What Baku did' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'How Moscow answered' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'How the media framed it' })).toBeVisible();
  expect(await page.locator('.slip').count()).toBeGreaterThanOrEqual(2);
  expect(await page.locator('.questions li').count()).toBeGreaterThanOrEqual(2);
  const sourceLinks = page.locator('#screen ul.sources a[href^="https://"]');
  expect(await sourceLinks.count()).toBeGreaterThanOrEqual(2);
  await expect(page.locator('.dated .fact-date').first()).toContainText(/\d{4}/);
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());

  await page.keyboard.press('Enter');
  await expectScreen(page, 'Decision');
  await page.keyboard.press('3');
  await page.keyboard.press('Enter');
  await expectScreen(page, 'Consequences');
  await page.keyboard.press('Enter');
  await expectScreen(page, 'Debrief');
  await page.keyboard.press('Enter');
  await expectScreen(page, 'Epilogue');
  await page.keyboard.press('Enter');
  await expectScreen(page, 'Ending');
  await page.keyboard.press('Enter');
  await expectScreen(page, 'Check');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: 'What the record says' })).toBeVisible();
  await page.keyboard.press('Enter');
  await expectScreen(page, 'Report');

  const final = await runState(page);
  expect(final.finished).toBe(true);
  expect(final.history.map((choice) => choice.decision)).toHaveLength(2);
  await expect(page.locator('#screen')).toContainText('of your choices matched the path Baku took');
});

test('a citation opens its record entry with status and sources', async ({ page }) => {
  await openGame(page);
  await page.keyboard.press('Enter');
  await expectScreen(page, 'Briefing');
  const chip = page.locator('.cite', { hasText: 'R11' }).first();
  await chip.focus();
  await page.keyboard.press('Enter');
  await expect(chip).toHaveAttribute('aria-expanded', 'true');
  const entry = page.locator(`#${await chip.getAttribute('aria-controls')}`);
  await expect(entry).toBeVisible();
  await expect(entry.locator('.stamp')).toHaveText(/Confirmed|Disputed|Single source/);
  expect(await entry.locator('a[href^="https://"]').count()).toBeGreaterThan(0);
  await expectScreen(page, 'Briefing');
});

test('Tab reaches the controls with a visible focus ring', async ({ page }) => {
  await openGame(page);
  await page.keyboard.press('Enter');
  await expectScreen(page, 'Briefing');
  await page.keyboard.press('Tab');
  const focused = page.locator(':focus');
  await expect(focused).toBeVisible();
  const ring = await focused.evaluate((element) => {
    const style = getComputedStyle(element);
    return { outline: style.outlineStyle, width: parseFloat(style.outlineWidth), shadow: style.boxShadow };
  });
  expect(ring.outline).not.toBe('none');
  expect(ring.width).toBeGreaterThanOrEqual(3);
});
