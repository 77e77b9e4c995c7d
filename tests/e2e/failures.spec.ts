import { readFileSync } from 'node:fs';
import { expect, expectScreen, openGame, test } from './fixtures';

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
