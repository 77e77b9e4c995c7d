import type { Page } from '@playwright/test';
import { expect, expectScreen, openGame, runState, test, toFirstDecision } from './fixtures';

const LANGUAGES = [
  { lng: 'en', label: 'Language', name: 'English' },
  { lng: 'ru', label: 'Язык', name: 'Русский' },
  { lng: 'az', label: 'Dil', name: 'Azərbaycanca' },
  { lng: 'tr', label: 'Dil', name: 'Türkçe' },
];

/** Text that looks like an untranslated key, e.g. "ch01:d1.title" or "debrief.next". */
async function rawKeys(page: Page): Promise<string[]> {
  const text = await page.locator('body').innerText();
  return (
    text.match(
      /\b[a-z0-9]+:[a-zA-Z0-9_-]+\.[a-zA-Z0-9_.-]+|\b(?:ui|debrief|briefing|decision|report|check|menu)\.[a-zA-Z]+\b/g,
    ) ?? []
  );
}

for (const { lng, label, name } of LANGUAGES) {
  test(`in ${name} the first chapter plays with no raw keys and the language control is named "${label}"`, async ({
    page,
  }) => {
    await openGame(page, `seed=3&check=skip&chapters=ch01&lng=${lng}`);
    await expect(page.locator('html')).toHaveAttribute('lang', lng);
    const control = page.getByRole('combobox', { name: label });
    await expect(control).toBeVisible();
    await expect(control.locator('option:checked')).toHaveText(name);
    for (const option of ['English', 'Русский', 'Azərbaycanca', 'Türkçe'])
      await expect(control.locator('option', { hasText: option })).toHaveCount(1);
    const visited: string[] = [];
    const check = async (screen: string) => {
      await expectScreen(page, screen);
      expect(await rawKeys(page), `${lng} ${screen}`).toEqual([]);
      await page.screenshot({
        path: `test-results/screens/${lng}-${screen.toLowerCase()}-${visited.length}.png`,
      });
      visited.push(screen);
    };
    await check('Title');
    for (const screen of ['Briefing', 'Decision']) {
      await page.keyboard.press('Enter');
      await check(screen);
    }
    await page.keyboard.press('2');
    for (const screen of ['Consequences', 'Debrief', 'Decision']) {
      await page.keyboard.press('Enter');
      await check(screen);
    }
    await page.keyboard.press('1');
    for (const screen of ['Consequences', 'Debrief', 'Epilogue', 'Ending', 'Check']) {
      await page.keyboard.press('Enter');
      await check(screen);
    }
    await page.keyboard.press('Enter');
    await expect(page.locator('.check-feedback')).toBeVisible();
    await page.keyboard.press('Enter');
    await check('Report');
  });
}

test('switching language mid-run keeps the run exactly as it was, and the choice persists', async ({
  page,
}) => {
  await openGame(page);
  await toFirstDecision(page);
  await page.keyboard.press('3');
  await page.keyboard.press('Enter');
  await expectScreen(page, 'Consequences');
  const before = await runState(page);

  await page.getByRole('combobox', { name: 'Language' }).selectOption('ru');
  await expect(page.locator('html')).toHaveAttribute('lang', 'ru');
  await expect(page.getByRole('combobox', { name: 'Язык' })).toBeVisible();
  await expectScreen(page, 'Consequences');
  expect(await runState(page)).toEqual(before);
  expect(await rawKeys(page)).toEqual([]);

  await page.reload();
  await page.waitForFunction(() => window.__CROSSROADS__?.ready === true);
  await expect(page.locator('html')).toHaveAttribute('lang', 'ru');
});

test('a pick on a decision survives a language switch, and the language list keeps the focus', async ({
  page,
}) => {
  await openGame(page);
  await toFirstDecision(page);
  await page.keyboard.press('2');
  const language = page.getByRole('combobox', { name: 'Language' });
  await language.focus();
  await language.selectOption('tr');
  await expect(page.locator('html')).toHaveAttribute('lang', 'tr');
  const dil = page.getByRole('combobox', { name: 'Dil' });
  await expect(dil).toBeFocused();
  await expect(page.locator('input[name="option"]').nth(1)).toBeChecked();
  await expect(page.locator('.action-bar button').last()).toBeEnabled();
  // Stepping through the list by keyboard goes on from the new language.
  await page.keyboard.press('ArrowUp');
  await expect(page.locator('html')).not.toHaveAttribute('lang', 'tr');
  await expect(page.getByRole('combobox').first()).toBeFocused();
});

test('the bilingual view shows a second language beneath the first, from ?lng2= and from the menu', async ({
  page,
}) => {
  await openGame(page, 'seed=3&check=skip&chapters=ch01&lng=az&lng2=en');
  await page.keyboard.press('Enter');
  await expectScreen(page, 'Briefing');
  const second = page.locator('.second-language[lang="en"]');
  expect(await second.count()).toBeGreaterThan(5);
  await expect(second.first()).toBeVisible();
  await page.keyboard.press('Enter');
  await expectScreen(page, 'Decision');
  await expect(page.locator('.option .second-language[lang="en"]').first()).toBeVisible();
  await page.setViewportSize({ width: 1920, height: 1080 });
  await page.screenshot({ path: 'test-results/screens/bilingual-az-en-decision.png' });

  await page.keyboard.press('Escape');
  await page.locator('#menu-second-language').selectOption('');
  await page.keyboard.press('Escape');
  await expectScreen(page, 'Decision');
  await expect(page.locator('.second-language')).toHaveCount(0);
});

for (const viewport of [
  { name: 'projector', width: 1920, height: 1080 },
  { name: 'phone', width: 390, height: 844 },
]) {
  test(`nothing overflows on a ${viewport.name} screen in any language`, async ({ page }) => {
    test.setTimeout(120_000);
    await page.setViewportSize({ width: viewport.width, height: viewport.height });
    for (const { lng } of LANGUAGES) {
      await openGame(page, `seed=3&check=skip&chapters=ch01&lng=${lng}`);
      for (const screen of ['Title', 'Briefing', 'Decision']) {
        if (screen !== 'Title') await page.keyboard.press('Enter');
        await expectScreen(page, screen);
        const overflow = await page.evaluate(() => {
          const card = document.getElementById('screen')!;
          const bar = document.getElementById('topbar')!;
          const offscreen = [...bar.querySelectorAll('button, select')].filter(
            (control) => control.getBoundingClientRect().right > window.innerWidth + 1,
          ).length;
          return {
            card: card.scrollWidth - card.clientWidth,
            offscreen,
            page: document.documentElement.scrollWidth - window.innerWidth,
          };
        });
        expect(overflow, `${lng} ${screen}`).toEqual({ card: 0, offscreen: 0, page: 0 });
        await page.screenshot({
          path: `test-results/screens/${viewport.name}-${lng}-${screen.toLowerCase()}.png`,
        });
      }
    }
  });
}
