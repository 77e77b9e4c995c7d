import type { Page } from '@playwright/test';
import {
  expect,
  expectScreen,
  openGame,
  playFirstDecision,
  runState,
  test,
  toFirstDecision,
} from './fixtures';

const OFFLINE = /ERR_INTERNET_DISCONNECTED/;

/** Drops the refused downloads this test causes from the problems that fail a test; anything else still fails it. */
function allowOffline(problems: string[]): void {
  const others = problems.filter((problem) => !OFFLINE.test(problem));
  problems.splice(0, problems.length, ...others);
}

/** The stored values whose keys start with `prefix`. */
function stored(page: Page, prefix: string): Promise<string[]> {
  return page.evaluate(
    (start) =>
      Object.keys(localStorage)
        .filter((key) => key.startsWith(start))
        .sort()
        .map((key) => localStorage.getItem(key) ?? ''),
    prefix,
  );
}

const savedRun = (page: Page) => page.evaluate(() => localStorage.getItem('crossroads.save'));

async function reloadToTitle(page: Page): Promise<void> {
  await page.reload();
  await page.waitForFunction(() => window.__CROSSROADS__?.ready === true);
  await expectScreen(page, 'Title');
}

/** Lets the game handle what a click set going (a scene starts on the stage's next step) before looking. */
async function afterNextFrames(page: Page): Promise<void> {
  await page.evaluate(
    () => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(done)))),
  );
}

test('offline, Continue keeps the save and stays; back online it resumes, and New game keeps a copy', async ({
  page,
  context,
  problems,
}) => {
  await openGame(page, 'seed=42&check=skip&chapters=ch01,ch02');
  await playFirstDecision(page, '2');
  const before = await runState(page);
  const save = await savedRun(page);
  await reloadToTitle(page);

  await context.setOffline(true);
  await page.getByRole('button', { name: 'Continue' }).click();
  await expect(page.locator('#screen')).toContainText('It is still saved');
  await expect(page.locator('#screen')).not.toContainText('Starting a new game keeps a copy');
  await expect(page.getByRole('button', { name: 'Continue' })).toBeVisible();
  expect(await savedRun(page)).toBe(save);
  expect(await stored(page, 'crossroads.save.unreadable')).toEqual([]);

  await context.setOffline(false);
  await page.getByRole('button', { name: 'Continue' }).click();
  await expectScreen(page, 'Consequences');
  expect(await runState(page)).toEqual(before);

  // New game over it asks first, and then keeps the old run to restore.
  await page.keyboard.press('Escape');
  await page.getByRole('button', { name: 'Return to the title screen' }).click();
  await expectScreen(page, 'Title');
  await page.getByRole('button', { name: 'New game' }).click();
  await page.getByRole('button', { name: 'Start a new game' }).click();
  await expectScreen(page, 'Briefing');
  expect(await stored(page, 'crossroads.save.earlier.')).toEqual([save]);
  allowOffline(problems);
});

test('a save whose choices no longer fit is set aside when Continue fails, before New game replaces it', async ({
  page,
}) => {
  const unfit =
    '{"format":"crossroads-save","version":2,"scenario":{"id":"baku-desk","version":1},"seed":5,"plan":["ch01"],"choices":["an-option-no-chapter-has"]}';
  await page.addInitScript((save) => {
    if (!sessionStorage.getItem('seeded')) {
      localStorage.setItem('crossroads.save', save);
      sessionStorage.setItem('seeded', '1');
    }
  }, unfit);
  await openGame(page);
  await page.getByRole('button', { name: 'Continue' }).click();
  await expect(page.locator('#screen')).toContainText('its choices no longer fit');
  await expect(page.getByRole('button', { name: 'Continue' })).toHaveCount(0);
  expect(await stored(page, 'crossroads.save.unreadable.')).toEqual([unfit]);
  await page.keyboard.press('Enter');
  await expectScreen(page, 'Briefing');
  expect(await stored(page, 'crossroads.save.unreadable.')).toEqual([unfit]);
  expect(await savedRun(page)).not.toBe(unfit);
});

test('with storage full a failed autosave is shown, and after a reload the earlier save still continues', async ({
  page,
}) => {
  await page.addInitScript(() => {
    const setItem = Storage.prototype.setItem;
    Storage.prototype.setItem = function (key: string, value: string) {
      if (this === window.localStorage && sessionStorage.getItem('disk-full') === '1')
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      setItem.call(this, key, value);
    };
  });
  await openGame(page);
  await playFirstDecision(page, '2');
  await page.keyboard.press('Enter');
  await expectScreen(page, 'Debrief');
  await page.keyboard.press('Enter');
  await expectScreen(page, 'Decision');
  const saved = await runState(page);

  await page.evaluate(() => sessionStorage.setItem('disk-full', '1'));
  await page.keyboard.press('1');
  await page.keyboard.press('Enter');
  await expectScreen(page, 'Consequences');
  const notice = page.getByRole('alert').filter({ hasText: 'Your progress could not be saved' });
  await expect(notice).toBeVisible();

  await reloadToTitle(page);
  await expect(page.locator('#screen')).toContainText('not accepting new saves');
  await expect(page.locator('#screen')).not.toContainText('does not allow saving');
  await page.getByRole('button', { name: 'Continue' }).click();
  await expectScreen(page, 'Decision');
  expect(await runState(page)).toEqual(saved);
});

test('Enter on the title asks before a new game replaces the run, and a replaced run can be restored', async ({
  page,
}) => {
  await openGame(page);
  await playFirstDecision(page, '2');
  await page.keyboard.press('Enter');
  await expectScreen(page, 'Debrief');
  await page.keyboard.press('Enter');
  await expectScreen(page, 'Decision');
  const before = await runState(page);
  const save = await savedRun(page);
  await reloadToTitle(page);

  // The heading has the focus after a reload: one Enter only asks, and a second keeps the run.
  await expect(page.locator('#title-heading')).toBeFocused();
  await page.keyboard.press('Enter');
  const question = page.getByRole('group', { name: /A game is in progress/ });
  await expect(question).toBeVisible();
  await expect(page.getByRole('button', { name: 'Keep my game' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(question).toBeHidden();
  await expectScreen(page, 'Title');
  expect(await savedRun(page)).toBe(save);

  // Replacing takes a deliberate move to the other button.
  await page.keyboard.press('Enter');
  await page.keyboard.press('Tab');
  await expect(page.getByRole('button', { name: 'Start a new game' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expectScreen(page, 'Briefing');

  await reloadToTitle(page);
  const earlier = page.getByRole('region', { name: 'Earlier games' });
  await expect(earlier.getByRole('listitem')).toHaveCount(1);
  await earlier.getByRole('button', { name: 'Restore' }).click();
  await expectScreen(page, 'Decision');
  expect(await runState(page)).toEqual(before);
});

test('a valid resume code asks before it replaces the run in progress', async ({ page }) => {
  await openGame(page);
  await playFirstDecision(page, '2');
  await page.keyboard.press('Enter');
  await expectScreen(page, 'Debrief');
  const code = await page.locator('[data-code]').getAttribute('data-code');
  await page.keyboard.press('Enter');
  await expectScreen(page, 'Decision');
  await page.keyboard.press('1');
  await page.keyboard.press('Enter');
  await expectScreen(page, 'Consequences');
  const save = await savedRun(page);
  await reloadToTitle(page);

  await page.getByRole('button', { name: 'Resume with a code' }).click();
  await page.getByRole('textbox', { name: 'Resume code' }).fill(code ?? '');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('group', { name: /A game is in progress/ })).toBeVisible();
  await page.keyboard.press('Enter');
  await expectScreen(page, 'Title');
  expect(await savedRun(page)).toBe(save);

  await page.getByRole('button', { name: 'Resume', exact: true }).click();
  await page.getByRole('button', { name: 'Restore the code’s game' }).click();
  await expectScreen(page, 'Decision');
  expect((await runState(page)).history).toHaveLength(1);
  expect(await stored(page, 'crossroads.save.earlier.')).toEqual([save]);
});

test('?chapters= names the ids it could not find and plays the known ones; __proto__ does not crash', async ({
  page,
}) => {
  await openGame(page, 'seed=42&check=skip&chapters=ch02,nope');
  await expect(page.locator('#screen')).toContainText('chapters the game does not have: nope');
  await page.keyboard.press('Enter');
  await expectScreen(page, 'Briefing');
  expect((await runState(page)).plan).toEqual(['ch02']);

  await page.evaluate(() => localStorage.clear());
  await openGame(page, 'seed=42&check=skip&chapters=__proto__');
  await expect(page.locator('#screen')).toContainText('does not have: __proto__');
  await expect(page.locator('#screen')).toContainText('plays every chapter');
  await page.keyboard.press('Enter');
  await expectScreen(page, 'Briefing');
  expect((await runState(page)).plan).toHaveLength(9);
});

test('a double click on Confirm plays the choice once and shows its consequences', async ({ page }) => {
  await openGame(page);
  await toFirstDecision(page);
  await page.keyboard.press('2');
  await page.getByRole('button', { name: 'Confirm this decision' }).dblclick();
  await expectScreen(page, 'Consequences');
  await afterNextFrames(page);
  await expectScreen(page, 'Consequences');
  expect((await runState(page)).history).toHaveLength(1);

  // The second click of a double click that lands on the next screen's button does nothing there either.
  const next = page.locator('#screen .action-bar button');
  const box = await next.boundingBox();
  if (!box) throw new Error('the action bar is not on screen');
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  await page.mouse.down({ clickCount: 2 });
  await page.mouse.up({ clickCount: 2 });
  await afterNextFrames(page);
  await expectScreen(page, 'Consequences');
  await next.click();
  await expectScreen(page, 'Debrief');
});

test('a reload on a debrief returns to that debrief', async ({ page }) => {
  await openGame(page);
  await playFirstDecision(page, '3');
  await page.keyboard.press('Enter');
  await expectScreen(page, 'Debrief');
  const before = await runState(page);
  const heading = await page.locator('#screen h1').textContent();
  await reloadToTitle(page);
  await page.getByRole('button', { name: 'Continue' }).click();
  await expectScreen(page, 'Debrief');
  await expect(page.locator('#screen h1')).toHaveText(heading ?? '');
  expect(await runState(page)).toEqual(before);
  await page.keyboard.press('Enter');
  await expectScreen(page, 'Decision');
});

test('offline, a language whose texts cannot be downloaded is not switched to, and pages say they failed', async ({
  page,
  context,
  problems,
}) => {
  await openGame(page);
  await context.setOffline(true);
  const language = page.getByRole('combobox', { name: 'Language' });
  await language.selectOption('ru');
  await expect(
    page.getByRole('alert').filter({ hasText: 'The texts in Русский could not be downloaded' }),
  ).toBeVisible();
  await expect(language).toHaveValue('en');
  expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
  expect(await page.evaluate(() => localStorage.getItem('crossroads.language'))).not.toBe('ru');
  await expect(page.getByRole('heading', { level: 1, name: 'Crossroads' })).toBeVisible();

  await page.keyboard.press('Escape');
  await page.getByRole('button', { name: 'Timeline of the record' }).click();
  await expect(
    page.getByRole('alert').filter({ hasText: 'This page could not be downloaded' }),
  ).toBeVisible();
  await page.locator('[data-notice="page"] button').click();

  await context.setOffline(false);
  await language.selectOption('ru');
  await expect.poll(() => page.evaluate(() => document.documentElement.lang)).toBe('ru');
  await expect(page.locator('[data-notice="language"]')).toHaveCount(0);
  allowOffline(problems);
});
