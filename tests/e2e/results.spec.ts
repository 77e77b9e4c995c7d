import { readFileSync } from 'node:fs';
import { expect, expectScreen, openGame, test } from './fixtures';

const scenario = JSON.parse(readFileSync('src/content/data/scenario.json', 'utf8')) as {
  id: string;
  version: number;
  chapters: string[];
};
const historical = scenario.chapters.flatMap((id) =>
  (
    JSON.parse(readFileSync(`src/content/data/chapters/${id}.json`, 'utf8')) as {
      decisions: { historical: string }[];
    }
  ).decisions.map((decision) => decision.historical),
);

test('a run exported as JSON and CSV re-imports into the class summary; a malformed file is refused while good ones count', async ({
  page,
}, testInfo) => {
  const save = JSON.stringify({
    format: 'crossroads-save',
    version: 2,
    scenario: { id: scenario.id, version: scenario.version },
    seed: 11,
    plan: scenario.chapters,
    choices: historical,
    checks: { before: {}, after: {} },
  });
  await openGame(page);
  await page.evaluate((text) => localStorage.setItem('crossroads.save', text), save);
  await page.reload();
  await page.waitForFunction(() => window.__CROSSROADS__?.screen === 'Title');
  await page.getByRole('button', { name: 'Continue' }).click();
  await expectScreen(page, 'Report');

  await page.getByLabel('Group label (optional; no names):').fill('Group 3');
  const [json] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Download results (JSON)' }).click(),
  ]);
  expect(json.suggestedFilename()).toBe('crossroads-Group-3-11.json');
  const jsonPath = testInfo.outputPath('result.json');
  await json.saveAs(jsonPath);
  const result = JSON.parse(readFileSync(jsonPath, 'utf8'));
  expect(result).toMatchObject({ format: 'crossroads-result', group: 'Group 3', seed: 11 });
  expect(result.decisions).toHaveLength(historical.length);

  const [csv] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Download results (CSV)' }).click(),
  ]);
  const csvPath = testInfo.outputPath('result.csv');
  await csv.saveAs(csvPath);
  expect(readFileSync(csvPath, 'utf8').trim().split('\n')).toHaveLength(historical.length + 1);

  await page.getByRole('button', { name: 'Back to the title screen' }).click();
  await expectScreen(page, 'Title');
  await page.getByRole('button', { name: 'Class summary' }).click();
  await expectScreen(page, 'ClassSummary');
  await page.getByLabel('Results files:').setInputFiles([
    { name: 'result.json', mimeType: 'application/json', buffer: readFileSync(jsonPath) },
    {
      name: 'second.json',
      mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify({ ...result, group: 'Group 4' })),
    },
    {
      name: 'broken.json',
      mimeType: 'application/json',
      buffer: Buffer.from('{"format": "crossroads-result", "version": 1'),
    },
    { name: 'notes.json', mimeType: 'application/json', buffer: Buffer.from('{"hello": "world"}') },
  ]);
  await expect(page.getByText('2 results files counted.')).toBeVisible();
  const refused = page.getByRole('alert');
  await expect(refused).toContainText('broken.json: this is not a JSON file.');
  await expect(refused).toContainText('notes.json: this is not a Crossroads results file.');
  const first = page.locator('.summary-decision').first();
  await expect(first.getByRole('heading')).toContainText('Chapter 0');
  await expect(first.locator('tr', { hasText: 'What Baku did' }).locator('td').first()).toHaveText('2');
});
