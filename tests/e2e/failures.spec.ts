import { readFileSync } from 'node:fs';
import { expect, expectScreen, openGame, runState, test, toFirstDecision } from './fixtures';

function uiText(lng: string, path: string): string {
  const data = JSON.parse(readFileSync(`locales/${lng}/ui.json`, 'utf8')) as Record<string, unknown>;
  return path.split('.').reduce<unknown>((at, key) => (at as Record<string, unknown>)[key], data) as string;
}

/** The refused downloads are the test's doing; anything else still fails it. */
function forgiveRefusedDownloads(problems: string[]): void {
  const others = problems.filter(
    (problem) => !/ERR_INTERNET_DISCONNECTED|Failed to fetch|dynamically imported/.test(problem),
  );
  problems.splice(0, problems.length, ...others);
}

test('a run-sheet whose chapters cannot be downloaded says so and leads back to the title', async ({
  page,
  problems,
}) => {
  await page.route(/\/assets\/ch0[2-9]-[^/]+\.js$/, (route) => route.abort('internetdisconnected'));
  await openGame(page, 'seed=5&lng=ru');
  await page.getByRole('button', { name: uiText('ru', 'title.classMode') }).click();
  await expectScreen(page, 'Error');
  await expect(
    page.getByRole('heading', { level: 1, name: uiText('ru', 'error.offlineHeading') }),
  ).toBeVisible();
  await expect(page.getByRole('button', { name: uiText('ru', 'error.tryAgain') })).toBeVisible();
  await page.getByRole('button', { name: uiText('ru', 'error.toTitle') }).click();
  await expectScreen(page, 'Title');
  forgiveRefusedDownloads(problems);
});

test('a class summary whose endings cannot be downloaded says so, and trying again works once they can', async ({
  page,
  problems,
}) => {
  let refuse = true;
  await page.route(/\/assets\/endings-[^/]+\.js$/, (route) =>
    refuse ? route.abort('internetdisconnected') : route.continue(),
  );
  await openGame(page);
  await page.getByRole('button', { name: 'Class summary' }).click();
  await expectScreen(page, 'Error');
  await expect(
    page.getByRole('heading', { level: 1, name: uiText('en', 'error.offlineHeading') }),
  ).toBeVisible();
  refuse = false;
  await page.getByRole('button', { name: uiText('en', 'error.tryAgain') }).click();
  await expectScreen(page, 'ClassSummary');
  forgiveRefusedDownloads(problems);
});

test('when the game cannot start, it says so in the chosen language', async ({ page, problems }) => {
  await page.route(/\/assets\/create-game-[^/]+\.js$/, (route) => route.abort('internetdisconnected'));
  await page.goto('/?test=1&lng=tr&seed=42&chapters=ch01');
  await expect(page.getByRole('heading', { level: 1, name: uiText('tr', 'error.heading') })).toBeVisible();
  await expect(page.locator('#screen')).toContainText(uiText('tr', 'error.boot'));
  await expect(page.getByRole('button', { name: uiText('tr', 'error.reload') })).toBeVisible();
  forgiveRefusedDownloads(problems);
});

test('a screen that fails to build says so in the chosen language, and Try again works from the keyboard', async ({
  page,
}) => {
  await openGame(page, 'seed=42&check=skip&chapters=ch01&lng=az');
  await expectScreen(page, 'Title');
  // The briefing writes its chapter's dates with formatRange: while it throws, building the briefing fails.
  await page.evaluate(() => {
    const format = Intl.DateTimeFormat.prototype;
    (window as unknown as { keptFormatRange: unknown }).keptFormatRange = format.formatRange;
    format.formatRange = () => {
      throw new Error('formatRange refused by the test');
    };
  });
  await page.keyboard.press('Enter');
  await expectScreen(page, 'Error');
  await expect(
    page.getByRole('heading', { level: 1, name: uiText('az', 'error.screenHeading') }),
  ).toBeVisible();
  await expect(page.locator('#screen')).toContainText(uiText('az', 'error.screen'));
  await expect(page.locator('#screen')).toContainText('formatRange refused by the test');

  await page.evaluate(() => {
    const kept = (window as unknown as { keptFormatRange: Intl.DateTimeFormat['formatRange'] })
      .keptFormatRange;
    Intl.DateTimeFormat.prototype.formatRange = kept;
  });
  const again = page.getByRole('button', { name: uiText('az', 'error.tryAgain') });
  for (let tab = 0; tab < 8 && !(await again.evaluate((button) => button === document.activeElement)); tab++)
    await page.keyboard.press('Tab');
  await expect(again).toBeFocused();
  await page.keyboard.press('Enter');
  await expectScreen(page, 'Briefing');
});

test('a choice the run refuses is named in the chosen language, and the decision stays to try again', async ({
  page,
}) => {
  await openGame(page, 'seed=42&check=skip&chapters=ch01&lng=ru');
  await toFirstDecision(page);
  await page.evaluate(() => window.__CROSSROADS__!.refuseNextChoice());
  await page.keyboard.press('1');
  await page.keyboard.press('Enter');
  const refused = page.locator('[data-notice="choice"]');
  await expect(refused).toHaveAttribute('role', 'alert');
  await expect(refused).toContainText(uiText('ru', 'notice.choiceRefused'));
  await expectScreen(page, 'Decision');
  expect((await runState(page)).history).toEqual([]);

  await page.keyboard.press('Enter');
  await expectScreen(page, 'Consequences');
  await expect(refused).toHaveCount(0);
  expect((await runState(page)).history).toHaveLength(1);
});
