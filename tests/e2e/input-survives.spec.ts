import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { expect, expectScreen, openGame, playFirstDecision, test, toFirstDecision } from './fixtures';

/** Switches the game's language from the top bar and waits until the screen has been rebuilt in it. */
async function switchLanguage(page: Page, lng: string, screenName: string): Promise<void> {
  await page.locator('#topbar select').first().selectOption(lng);
  await expect(page.locator('html')).toHaveAttribute('lang', lng);
  await expectScreen(page, screenName);
}

/** A text of locales/<lng>/ui.json, so that a test can tell the rebuilt screen is in the new language. */
function uiText(lng: string, path: string): string {
  const data = JSON.parse(readFileSync(`locales/${lng}/ui.json`, 'utf8')) as Record<string, unknown>;
  return path.split('.').reduce<unknown>((at, key) => (at as Record<string, unknown>)[key], data) as string;
}

test('the run-sheet keeps its chapters, radios, boxes and timer across a language switch', async ({
  page,
}) => {
  await openGame(page, 'seed=5');
  await page.getByRole('button', { name: 'Class mode' }).click();
  await expectScreen(page, 'RunSheet');
  const second = page.locator('.sheet-chapters input[type="checkbox"]').nth(1);
  await second.uncheck();
  await page.locator('input[name="sheet-debrief"][value="auto"]').check();
  await page.locator('#sheet-sensitive').check();
  await page.locator('#sheet-check').uncheck();
  await page.locator('#sheet-timer').fill('7');

  await switchLanguage(page, 'ru', 'RunSheet');
  await expect(page.locator('#sheet-heading')).toHaveText(uiText('ru', 'sheet.heading'));
  await expect(page.locator('.sheet-chapters input[type="checkbox"]').nth(0)).toBeChecked();
  await expect(page.locator('.sheet-chapters input[type="checkbox"]').nth(1)).not.toBeChecked();
  await expect(page.locator('input[name="sheet-debrief"][value="auto"]')).toBeChecked();
  await expect(page.locator('#sheet-sensitive')).toBeChecked();
  await expect(page.locator('#sheet-check')).not.toBeChecked();
  await expect(page.locator('#sheet-timer')).toHaveValue('7');
});

test('knowledge-check answers survive a language switch', async ({ page }) => {
  await openGame(page, 'seed=42&chapters=ch01');
  await page.keyboard.press('Enter');
  await expectScreen(page, 'Check');
  const items = page.locator('.check-item');
  await items.nth(0).locator('input[value="true"]').check();
  await items.nth(1).locator('input[value="false"]').check();

  await switchLanguage(page, 'az', 'Check');
  await expect(page.locator('#check-heading')).toHaveText(uiText('az', 'check.heading.before'));
  await expect(items.nth(0).locator('input[value="true"]')).toBeChecked();
  await expect(items.nth(1).locator('input[value="false"]')).toBeChecked();
  await expect(items.nth(2).locator('input[value="unsure"]')).toBeChecked();
});

test('a class decision keeps its pick, its votes and its open context across a language switch', async ({
  page,
}) => {
  await openGame(page, 'seed=5');
  await page.getByRole('button', { name: 'Class mode' }).click();
  await expectScreen(page, 'RunSheet');
  await page.locator('#sheet-check').uncheck();
  await page.getByRole('button', { name: 'Start the lesson' }).click();
  await expectScreen(page, 'Briefing');
  await page.keyboard.press('Enter');
  await expectScreen(page, 'Decision');
  await page.locator('input[name="option"]').nth(1).check();
  await page.locator('.vote-input').nth(0).fill('3');
  await page.locator('.vote-input').nth(2).fill('12');
  const context = page.locator('#screen details.more').first();
  await context.locator('summary').click();
  await expect(context).toHaveAttribute('open', '');

  await switchLanguage(page, 'tr', 'Decision');
  await expect(page.locator('input[name="option"]').nth(1)).toBeChecked();
  await expect(page.locator('.vote-input').nth(0)).toHaveValue('3');
  await expect(page.locator('.vote-input').nth(2)).toHaveValue('12');
  await expect(page.locator('#screen details.more').first()).toHaveAttribute('open', '');
});

test('a solo pick survives a language switch', async ({ page }) => {
  await openGame(page);
  await toFirstDecision(page);
  await page.keyboard.press('3');
  await switchLanguage(page, 'ru', 'Decision');
  await expect(page.locator('input[name="option"]').nth(2)).toBeChecked();
});

test('the report keeps its group label across a language switch', async ({ page }) => {
  await openGame(page);
  await playFirstDecision(page);
  for (const [key, next] of [
    ['Enter', 'Debrief'],
    ['Enter', 'Decision'],
    ['1', ''],
    ['Enter', 'Consequences'],
    ['Enter', 'Debrief'],
    ['Enter', 'Epilogue'],
    ['Enter', 'Ending'],
    ['Enter', 'Check'],
  ] as const) {
    await page.keyboard.press(key);
    if (next) await expectScreen(page, next);
  }
  await page.keyboard.press('Enter');
  await expect(page.locator('#feedback-heading')).toBeVisible();
  await page.keyboard.press('Enter');
  await expectScreen(page, 'Report');
  await page.locator('#result-group').fill('Class 9B');
  await switchLanguage(page, 'ru', 'Report');
  await expect(page.locator('#report-heading')).toHaveText(uiText('ru', 'report.heading'));
  await expect(page.locator('#result-group')).toHaveValue('Class 9B');
});

test('the class summary keeps the files it counted across a language switch', async ({ page }) => {
  await openGame(page);
  await page.getByRole('button', { name: 'Class summary' }).click();
  await expectScreen(page, 'ClassSummary');
  await page
    .getByLabel('Results files:')
    .setInputFiles([
      { name: 'notes.json', mimeType: 'application/json', buffer: Buffer.from('{"hello": "world"}') },
    ]);
  await expect(page.getByRole('alert')).toContainText('notes.json');
  await switchLanguage(page, 'ru', 'ClassSummary');
  await expect(page.locator('#summary-heading')).toHaveText(uiText('ru', 'summary.heading'));
  await expect(page.locator('#screen [role="alert"]')).toContainText('notes.json');
});

test('a resume code being typed on the title survives a language switch', async ({ page }) => {
  await openGame(page);
  await page.getByRole('button', { name: uiText('en', 'code.open') }).click();
  await page.locator('#resume-code-input').fill('ABC-123');
  await switchLanguage(page, 'az', 'Title');
  await expect(page.locator('#resume-code-input')).toBeVisible();
  await expect(page.locator('#resume-code-input')).toHaveValue('ABC-123');
  await expect(page.getByRole('button', { name: uiText('az', 'code.open') })).toHaveAttribute(
    'aria-expanded',
    'true',
  );
});
