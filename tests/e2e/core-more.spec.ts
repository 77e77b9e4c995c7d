import { expect, expectScreen, openGame, test, toFirstDecision } from './fixtures';

test('a briefing shows its short core; the full briefing opens behind "More" and closes again', async ({
  page,
}) => {
  await openGame(page);
  await expectScreen(page, 'Title');
  await page.keyboard.press('Enter');
  await expectScreen(page, 'Briefing');
  const core = page.locator('#screen .screen > p.fact').first();
  await expect(core).toBeVisible();
  await expect(core.locator('.cite').first()).toBeVisible();
  const summary = page.locator('summary', { hasText: 'More: the full briefing' });
  await expect(page.getByRole('heading', { name: 'What is known' })).toBeHidden();
  await summary.click();
  await expect(page.getByRole('heading', { name: 'What is known' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'What each side says' })).toBeVisible();
  await summary.click();
  await expect(page.getByRole('heading', { name: 'What is known' })).toBeHidden();
});

test('alone, an option shows its label, one line and the advisers’ one-sentence cases; the full arguments are one "More" away', async ({
  page,
}) => {
  await openGame(page);
  await toFirstDecision(page);
  const first = page.locator('.option-item').first();
  await expect(first.locator('.option-label')).toBeVisible();
  await expect(first.locator('.option-line')).toBeVisible();
  const cases = first.locator('label .advice li');
  expect(await cases.count()).toBeGreaterThanOrEqual(2);
  await expect(cases.first()).toBeVisible();
  const full = first.locator('details.more');
  await expect(full.locator('.option-detail')).toBeHidden();
  await full.locator('summary').click();
  await expect(full.locator('.option-detail')).toBeVisible();
  const fullCases = await full.locator('.advice li').allInnerTexts();
  const shortCases = await cases.allInnerTexts();
  expect(fullCases.length).toBe(shortCases.length);
  // The full argument says more than its one-sentence case.
  expect(fullCases.join(' ').length).toBeGreaterThan(shortCases.join(' ').length);
  // Opening "More" does not pick the option.
  await expect(page.getByRole('radio').first()).not.toBeChecked();
});
