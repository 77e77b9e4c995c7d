import { readFileSync } from 'node:fs';
import { expect, expectScreen, openGame, test } from './fixtures';

test('the teacher guide opens from the title screen with plans, every chapter’s questions and the check’s answers', async ({
  page,
}) => {
  await openGame(page);
  await page.getByRole('button', { name: 'Teacher guide' }).click();
  const guide = page.getByRole('dialog', { name: 'Teacher guide' });
  await expect(guide).toBeVisible();
  await expect(guide.getByRole('heading', { level: 2 }).first()).toBeVisible();
  expect(await guide.locator('.guide-chapter').count()).toBe(9);
  expect(await guide.locator('.guide-answers li').count()).toBeGreaterThanOrEqual(8);
  await expect(guide.locator('.guide-answers')).toContainText('R45');
  await page.keyboard.press('Escape');
  await expect(guide).toBeHidden();
});

test('a glossary term in a briefing opens its entry, with the name in its original script', async ({
  page,
}) => {
  await openGame(page);
  await page.keyboard.press('Enter');
  await expectScreen(page, 'Briefing');
  const term = page.locator('#screen button.term').first();
  await expect(term).toBeVisible();
  await term.focus();
  await page.keyboard.press('Enter');
  // The term's own entry opens first (tests/e2e/phone.spec.ts); the whole glossary is one step on.
  const termEntry = page.locator('dialog.term-dialog');
  await expect(termEntry).toBeVisible();
  await termEntry.getByRole('button', { name: 'Whole glossary' }).click();
  const glossary = page.getByRole('dialog', { name: 'Glossary' });
  await expect(glossary).toBeVisible();
  const entry = glossary.locator('dt:focus');
  await expect(entry).toBeVisible();
  expect(await glossary.locator('dt').count()).toBeGreaterThanOrEqual(20);
  await expect(glossary.locator('.original [lang="ru"]').first()).toBeVisible();
  await page.keyboard.press('Escape');
  await expectScreen(page, 'Briefing');
});

test('a chapter handout opens from the briefing and prints on its own', async ({ page }) => {
  await openGame(page);
  await page.keyboard.press('Enter');
  await expectScreen(page, 'Briefing');
  await page.getByRole('button', { name: 'Chapter handout' }).click();
  const handout = page.getByRole('dialog', { name: /^Handout: / });
  await expect(handout).toBeVisible();
  await expect(handout.locator('ol li').first()).toBeVisible();
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('#topbar')).toBeHidden();
  await expect(handout).toBeVisible();
});

test('each reference page opens at its top, wherever the page before it was scrolled to', async ({
  page,
}) => {
  await openGame(page);
  const menu = page.getByRole('dialog', { name: 'Menu' });
  await page.keyboard.press('Escape');
  await menu.getByRole('button', { name: 'Glossary' }).click();
  const glossary = page.getByRole('dialog', { name: 'Glossary' });
  await expect(glossary).toBeVisible();
  await glossary.evaluate((dialog) => (dialog.scrollTop = dialog.scrollHeight));
  expect(await glossary.evaluate((dialog) => dialog.scrollTop)).toBeGreaterThan(500);
  // Closing a page opened from the menu comes back to the menu.
  await page.keyboard.press('Escape');
  await expect(menu).toBeVisible();
  await menu.getByRole('button', { name: 'How the model works' }).click();
  const model = page.getByRole('dialog', { name: 'How the model works' });
  await expect(model).toBeVisible();
  expect(await model.evaluate((dialog) => dialog.scrollTop)).toBe(0);
});

test('punctuation right after a glossary term stays on the same line as the term', async ({ page }) => {
  await openGame(page, 'seed=42&check=skip&chapters=ch00');
  await page.keyboard.press('Enter');
  await expectScreen(page, 'Briefing');
  await page.keyboard.press('Enter');
  await expectScreen(page, 'Decision');
  const loose = () =>
    page.evaluate(() =>
      [...document.querySelectorAll('#screen .term')]
        .filter((term) => /^[,.;:]/.test(term.nextSibling?.textContent ?? ''))
        .filter((term) => getComputedStyle(term.parentElement!).whiteSpace !== 'nowrap')
        .map((term) => term.textContent),
    );
  expect(await page.locator('#screen .term-wrap').count()).toBeGreaterThan(0);
  expect(await loose()).toEqual([]);
});

const CHAPTERS = ['ch00', 'ch01', 'ch02', 'ch03', 'ch04', 'ch05', 'ch06', 'ch07', 'ch08'];

for (const language of ['en', 'ru', 'az', 'tr']) {
  test(`every chapter's handout prints on one A4 sheet (${language})`, async ({ page }) => {
    test.setTimeout(120_000);
    const ui = JSON.parse(readFileSync(`locales/${language}/ui.json`, 'utf8')) as {
      briefing: { handout: string };
    };
    const sheets: Record<string, number> = {};
    for (const chapter of CHAPTERS) {
      await openGame(page, `seed=42&check=skip&chapters=${chapter}&lng=${language}`);
      await page.keyboard.press('Enter');
      await expectScreen(page, 'Briefing');
      await page.getByRole('button', { name: ui.briefing.handout }).click();
      await expect(page.locator('dialog.page .handout')).toBeVisible();
      const pdf = (await page.pdf({ format: 'A4' })).toString('latin1');
      sheets[chapter] = (pdf.match(/\/Type\s*\/Page[^s]/g) ?? []).length;
    }
    expect(sheets).toEqual(Object.fromEntries(CHAPTERS.map((chapter) => [chapter, 1])));
  });
}
