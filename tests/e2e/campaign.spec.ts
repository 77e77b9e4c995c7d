import { expect, expectScreen, openGame, runState, test } from './fixtures';

test.setTimeout(240_000);

/** Presses Enter and waits for the named screen. */
async function next(page: import('@playwright/test').Page, name: string): Promise<void> {
  await page.keyboard.press('Enter');
  await expectScreen(page, name);
}

test('the whole campaign by keyboard alone: check, tutorial to Dushanbe, epilogue, ending, check, report', async ({
  page,
}) => {
  await openGame(page, 'seed=7');
  await next(page, 'Check');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('What do you already know?');
  const statements = page.locator('fieldset.check-item');
  expect(await statements.count()).toBeGreaterThanOrEqual(8);
  // Answer the first statement by keyboard: Tab into its radio group and pick "True" with the arrows.
  await page.keyboard.press('Tab');
  await page.keyboard.press('Space');
  // Enter on an answer moves on to the next statement; it does not hand the check in half-way.
  await page.keyboard.press('Enter');
  await expectScreen(page, 'Check');
  await expect(statements.nth(1).locator('input:checked')).toBeFocused();
  await page.getByRole('heading', { level: 1 }).focus();
  await next(page, 'Briefing');
  await expect(page.getByRole('heading', { name: 'How to play' })).toBeVisible();

  const chaptersSeen = new Set<string>();
  for (let step = 0; step < 40; step++) {
    const state = await runState(page);
    if (state.finished) break;
    const screenName = await page.evaluate(() => window.__CROSSROADS__?.screen);
    if (screenName === 'Briefing') {
      chaptersSeen.add(state.plan[state.position.chapter]!);
      await next(page, 'Decision');
    }
    // Alternate options so that the run is not the historical path.
    await page.keyboard.press(String((step % 3) + 1));
    await next(page, 'Consequences');
    await next(page, 'Debrief');
    const after = await runState(page);
    await page.keyboard.press('Enter');
    await expectScreen(
      page,
      after.finished ? 'Epilogue' : after.position.decision === 0 ? 'Briefing' : 'Decision',
    );
    if (after.finished) break;
  }
  expect(chaptersSeen.size).toBe(9);
  const final = await runState(page);
  expect(final.finished).toBe(true);
  expect(final.history).toHaveLength(12);

  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Unfinished business');
  await next(page, 'Ending');
  await expect(page.locator('[data-ending]')).toHaveAttribute('data-ending', /.+/);
  await expect(page.getByText('In this simulation', { exact: true })).toBeVisible();
  await next(page, 'Check');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: 'What the record says' })).toBeVisible();
  await expect(page.locator('.feedback .cite').first()).toBeVisible();
  // Statements left at "Not sure" are listed as unanswered, not as wrong answers.
  await expect(page.locator('.feedback.unsure').first()).toContainText('Not answered (not sure)');
  await next(page, 'Report');

  const rows = page.locator('.report-table.stacks tbody tr');
  await expect(rows).toHaveCount(12);
  const chart = page.getByRole('img', { name: /The six meters over the run/ });
  await expect(chart).toBeVisible();
  // The chart comes in two sizes and only the one that fits is shown (tests/e2e/phone.spec.ts).
  expect(await chart.locator('.chart-series').count()).toBe(6);
  expect(await chart.locator('.chart-series polyline').first().getAttribute('points')).toMatch(
    /^(\d+(\.\d+)?,\d+(\.\d+)? ){12}\d+(\.\d+)?,\d+(\.\d+)?$/,
  );
  await expect(chart.locator('.chart-label')).toHaveCount(6);
  await expect(page.locator('.chart-table tbody tr')).toHaveCount(6);
  await expect(page.getByText('Before the campaign:')).toBeVisible();
  await page.screenshot({ path: 'test-results/screens/report.png', fullPage: true });

  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('#topbar')).toBeHidden();
  await expect(chart).toBeVisible();
});

test('the timeline and the model page open from the menu and from a briefing', async ({ page }) => {
  await openGame(page);
  await page.keyboard.press('Escape');
  await page
    .getByRole('dialog', { name: 'Menu' })
    .getByRole('button', { name: 'How the model works' })
    .click();
  const dialog = page.getByRole('dialog', { name: 'How the model works' });
  await expect(dialog).toBeVisible();
  await expect(dialog.locator('.rule')).toHaveCount(16);
  // A rule's condition reads as its explanation does: "15 or less", never "below 16".
  await expect(dialog).toContainText('Economy is 15 or less');
  await expect(dialog).not.toContainText('below 16');
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('dialog', { name: 'Menu' })).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(page.getByRole('dialog', { name: 'Menu' })).toBeHidden();

  await page.keyboard.press('Enter');
  await expectScreen(page, 'Briefing');
  await page.getByRole('button', { name: 'This chapter on the timeline' }).click();
  const timeline = page.getByRole('dialog', { name: 'Timeline of the record' });
  await expect(timeline).toBeVisible();
  await expect(timeline.locator('.timeline-entry.current').first()).toBeFocused();
  expect(await timeline.locator('.timeline-entry').count()).toBeGreaterThan(40);
  await expect(timeline.locator('.timeline-entry a[href^="https://"]').first()).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(timeline).toBeHidden();
  await expectScreen(page, 'Briefing');
});
