import { readFileSync } from 'node:fs';
import { expect, expectScreen, openGame, runState, test } from './fixtures';

const scenario = JSON.parse(readFileSync('src/content/data/scenario.json', 'utf8')) as {
  id: string;
  version: number;
  chapters: string[];
};
const decisions = scenario.chapters.flatMap(
  (id) =>
    (
      JSON.parse(readFileSync(`src/content/data/chapters/${id}.json`, 'utf8')) as {
        decisions: { historical: string; options: { id: string }[] }[];
      }
    ).decisions,
);

test('what if: go back to a decision from the report, choose differently, and see both runs side by side', async ({
  page,
}) => {
  test.setTimeout(120_000);
  const save = JSON.stringify({
    format: 'crossroads-save',
    version: 2,
    scenario: { id: scenario.id, version: scenario.version },
    seed: 21,
    plan: scenario.chapters,
    choices: decisions.map((decision) => decision.historical),
    checks: { before: {}, after: {} },
  });
  await openGame(page);
  await page.evaluate((text) => localStorage.setItem('crossroads.save', text), save);
  await page.reload();
  await page.waitForFunction(() => window.__CROSSROADS__?.screen === 'Title');
  await page.getByRole('button', { name: 'Continue' }).click();
  await expectScreen(page, 'Report');

  const last = decisions.length - 1;
  await page.getByLabel('Go back to decision:').selectOption(String(last));
  await page.getByRole('button', { name: 'Choose differently' }).click();
  // The last decision opens a chapter, so its briefing comes first.
  await expectScreen(page, 'Briefing');
  await page.keyboard.press('Enter');
  await expectScreen(page, 'Decision');
  expect((await runState(page)).history).toHaveLength(last);

  const other = decisions[last]!.options.findIndex((option) => option.id !== decisions[last]!.historical);
  await page.keyboard.press(String(other + 1));
  for (const screen of ['Consequences', 'Debrief', 'Epilogue', 'Ending', 'Check']) {
    await page.keyboard.press('Enter');
    await expectScreen(page, screen);
  }
  await page.getByRole('button', { name: 'Skip the check' }).click();
  await expectScreen(page, 'Report');
  const compare = page.getByRole('region', { name: 'Side by side with your earlier run' });
  await expect(compare).toBeVisible();
  await expect(compare.locator('tr.differs')).toHaveCount(1);
  await expect(compare.locator('tr.differs')).toContainText('≠');
});
