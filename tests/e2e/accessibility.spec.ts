import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, expectScreen, openGame, test } from './fixtures';

// axe leaves its experimental rules off; this one checks that a control's name contains its visible text (WCAG 2.5.3).
const LABEL_IN_NAME = 'label-content-name-mismatch';

async function seriousViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page })
    .exclude('#stage')
    .options({ rules: { [LABEL_IN_NAME]: { enabled: true } } })
    .analyze();
  const ran = [results.passes, results.violations, results.incomplete, results.inapplicable].flat();
  expect(
    ran.map((rule) => rule.id),
    `${LABEL_IN_NAME} ran`,
  ).toContain(LABEL_IN_NAME);
  return results.violations
    .filter(
      (violation) =>
        violation.id === LABEL_IN_NAME || violation.impact === 'serious' || violation.impact === 'critical',
    )
    .map(
      (violation) =>
        `${violation.id}: ${violation.help} (${violation.nodes.map((node) => node.target.join(' ')).join(', ')})`,
    );
}

test('every screen has no serious or critical axe violations', async ({ page }) => {
  test.setTimeout(180_000);
  await openGame(page);
  const visited: string[] = [];
  const check = async (name: string) => {
    await expectScreen(page, name);
    expect(await seriousViolations(page), name).toEqual([]);
    visited.push(name);
  };
  await check('Title');
  await page.keyboard.press('Escape');
  await expect(page.getByRole('dialog')).toBeVisible();
  expect(await seriousViolations(page), 'menu').toEqual([]);
  await page.keyboard.press('Escape');
  await expect(page.getByRole('dialog')).toBeHidden();

  await page.keyboard.press('Enter');
  await check('Briefing');
  await page.keyboard.press('Enter');
  await check('Decision');
  await page.keyboard.press('1');
  expect(await seriousViolations(page), 'decision with a choice').toEqual([]);
  await page.keyboard.press('Enter');
  await check('Consequences');
  await page.keyboard.press('Enter');
  await check('Debrief');
  await page.keyboard.press('Enter');
  await expectScreen(page, 'Decision');
  await page.keyboard.press('1');
  await page.keyboard.press('Enter');
  await expectScreen(page, 'Consequences');
  await page.keyboard.press('Enter');
  await expectScreen(page, 'Debrief');
  await page.keyboard.press('Enter');
  await check('Epilogue');
  await page.keyboard.press('Enter');
  await check('Ending');
  await page.keyboard.press('Enter');
  await check('Check');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: 'What the record says' })).toBeVisible();
  expect(await seriousViolations(page), 'check feedback').toEqual([]);
  await page.keyboard.press('Enter');
  await check('Report');
  expect(visited).toHaveLength(9);
});

test('meters are exposed to assistive technology by name and value', async ({ page }) => {
  await openGame(page);
  for (const name of ['Russia', 'Turkey', 'West', 'Economy', 'Citizens abroad', 'Peace track']) {
    const meter = page.getByRole('meter', { name });
    await expect(meter).toHaveAttribute('aria-valuenow', /^\d+$/);
    await expect(meter).toHaveAttribute('aria-valuemin', '0');
    await expect(meter).toHaveAttribute('aria-valuemax', '100');
  }
});

test('a meter change is announced with its reason', async ({ page }) => {
  await openGame(page);
  await page.keyboard.press('Enter');
  await expectScreen(page, 'Briefing');
  await page.keyboard.press('Enter');
  await expectScreen(page, 'Decision');
  await page.keyboard.press('1');
  await page.keyboard.press('Enter');
  await expect(page.locator('#announcer')).toContainText(
    /(Russia|Turkey|West|Economy|Citizens abroad|Peace track) [−+]\d+: /,
  );
});

test('the classroom screens and reference pages have no serious or critical axe violations', async ({
  page,
}) => {
  test.setTimeout(180_000);
  await openGame(page);
  await page.getByRole('button', { name: 'Class mode' }).click();
  await expectScreen(page, 'RunSheet');
  expect(await seriousViolations(page), 'run-sheet').toEqual([]);
  await page.getByRole('button', { name: 'Back to the title screen' }).click();
  await expectScreen(page, 'Title');
  await page.getByRole('button', { name: 'Class summary' }).click();
  await expectScreen(page, 'ClassSummary');
  expect(await seriousViolations(page), 'class summary').toEqual([]);
  await page.getByRole('button', { name: 'Back to the title screen' }).click();
  await expectScreen(page, 'Title');
  for (const name of ['How the model works', 'Teacher guide']) {
    await page.getByRole('button', { name }).click();
    await expect(page.getByRole('dialog', { name })).toBeVisible();
    expect(await seriousViolations(page), name).toEqual([]);
    await page.keyboard.press('Escape');
  }
  await page.keyboard.press('Escape');
  await page.getByRole('dialog', { name: 'Menu' }).getByRole('button', { name: 'Glossary' }).click();
  await expect(page.getByRole('dialog', { name: 'Glossary' })).toBeVisible();
  expect(await seriousViolations(page), 'glossary').toEqual([]);
});

test('the class-mode decision, with its vote fields, has no serious or critical axe violations', async ({
  page,
}) => {
  await openGame(page);
  await page.getByRole('button', { name: 'Class mode' }).click();
  await expectScreen(page, 'RunSheet');
  await page.getByRole('button', { name: 'Start the lesson' }).click();
  await expectScreen(page, 'Briefing');
  await page.keyboard.press('Enter');
  await expectScreen(page, 'Decision');
  await expect(page.getByLabel(/^Votes for 1:/)).toBeVisible();
  expect(await seriousViolations(page), 'class-mode decision').toEqual([]);
});

test("text follows the reader's own text size setting", async ({ page }) => {
  await openGame(page);
  expect(await page.evaluate(() => getComputedStyle(document.body).fontSize)).toBe('18px');
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Page.setFontSizes', { fontSizes: { standard: 32 } });
  await page.reload();
  await page.waitForFunction(() => window.__CROSSROADS__?.ready === true);
  expect(await page.evaluate(() => getComputedStyle(document.body).fontSize)).toBe('36px');
  const lead = page.locator('#screen p').nth(1);
  expect(await lead.evaluate((p) => parseFloat(getComputedStyle(p).fontSize))).toBeGreaterThan(30);
});
