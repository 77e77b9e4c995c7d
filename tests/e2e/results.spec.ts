import AxeBuilder from '@axe-core/playwright';
import { readFileSync } from 'node:fs';
import { parseCsv } from '../unit/results/parse-csv';
import { expect, expectScreen, openGame, test } from './fixtures';

const readJson = (path: string) => JSON.parse(readFileSync(path, 'utf8'));
const scenario = readJson('src/content/data/scenario.json') as {
  id: string;
  version: number;
  chapters: string[];
};
interface ChapterFile {
  id: string;
  number: number;
  decisions: { id: string; historical: string; options: { id: string }[] }[];
}
const chapters = scenario.chapters.map(
  (id) => readJson(`src/content/data/chapters/${id}.json`) as ChapterFile,
);
const historical = chapters.flatMap((chapter) => chapter.decisions.map((decision) => decision.historical));
/** The English words a teacher should read in the CSV, per decision in order. */
const englishRows = chapters.flatMap((chapter) => {
  const texts = readJson(`locales/en/${chapter.id}.json`);
  return chapter.decisions.map((decision) => ({
    chapter: `Chapter ${chapter.number}: ${texts.title}`,
    decision: texts[decision.id].title as string,
    baku: texts[decision.id].options[decision.historical].label as string,
  }));
});
const ids = new Set(
  chapters.flatMap((chapter) => [
    chapter.id,
    ...chapter.decisions.flatMap((decision) => [decision.id, ...decision.options.map((option) => option.id)]),
  ]),
);
const endingTitles = Object.values(
  readJson('locales/en/endings.json') as Record<string, { title: string }>,
).map((ending) => ending.title);

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
  expect(csv.suggestedFilename()).toBe('crossroads-Group-3-11.csv');
  const csvPath = testInfo.outputPath('result.csv');
  await csv.saveAs(csvPath);
  const bytes = readFileSync(csvPath);
  // A byte order mark first, so that Excel reads the file as UTF-8.
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const [header, ...rows] = parseCsv(bytes.toString('utf8').slice(1));
  expect(header).toEqual(expect.arrayContaining(['Chapter', 'Decision', 'Choice played', 'What Baku did']));
  expect(header).toContain('Votes for option 1');
  expect(rows).toHaveLength(historical.length);
  const column = (name: string) => rows.map((row) => row[header!.indexOf(name)]);
  expect(column('Chapter')).toEqual(englishRows.map((row) => row.chapter));
  expect(column('Decision')).toEqual(englishRows.map((row) => row.decision));
  expect(column('Choice played')).toEqual(englishRows.map((row) => row.baku));
  expect(column('What Baku did')).toEqual(englishRows.map((row) => row.baku));
  expect(new Set(column('Same as Baku'))).toEqual(new Set(['Yes']));
  expect(endingTitles).toContain(column("Ending (the game's model)")[0]);
  expect(rows.flat().filter((cell) => ids.has(cell))).toEqual([]);

  await page.getByRole('button', { name: 'Back to the title screen' }).click();
  await expectScreen(page, 'Title');
  await page.getByRole('button', { name: 'Class summary' }).click();
  await expectScreen(page, 'ClassSummary');
  const classRun = { ...result, group: 'Class 9B', mode: 'class', seed: 12, ending: 'orbit' };
  await page.getByLabel('Results files:').setInputFiles([
    { name: 'result.json', mimeType: 'application/json', buffer: readFileSync(jsonPath) },
    {
      name: 'second.json',
      mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify({ ...result, group: 'Group 4' })),
    },
    { name: 'copy.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(result)) },
    { name: 'class.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(classRun)) },
    {
      name: 'broken.json',
      mimeType: 'application/json',
      buffer: Buffer.from('{"format": "crossroads-result", "version": 1'),
    },
    { name: 'notes.json', mimeType: 'application/json', buffer: Buffer.from('{"hello": "world"}') },
  ]);
  await expect(page.getByText('3 results files counted.')).toBeVisible();
  await expect(page.getByText('Class-mode runs: 1 (33%). Solo runs: 2 (67%).')).toBeVisible();
  await expect(
    page.getByText('copy.json holds the same run as result.json, so it was counted only once.'),
  ).toBeVisible();
  const refused = page.getByRole('alert');
  await expect(refused).toContainText('broken.json: this is not a JSON file.');
  await expect(refused).toContainText('notes.json: this is not a Crossroads results file.');

  const endings = page.locator('.summary-endings');
  await expect(endings.locator('thead th')).toHaveText(['Ending', 'Class-mode runs', 'Solo runs']);
  const solo = readJson('locales/en/endings.json')[result.ending].title as string;
  await expect(endings.locator('tr', { hasText: solo }).locator('td')).toHaveText(['0 (0%)', '2 (100%)']);
  const orbit = readJson('locales/en/endings.json').orbit.title as string;
  if (result.ending !== 'orbit')
    await expect(endings.locator('tr', { hasText: orbit }).locator('td')).toHaveText(['1 (100%)', '0 (0%)']);
  await expect(page.locator('.summary-checks')).toContainText('Before the campaign');

  const first = page.locator('.summary-decision').first();
  await expect(first.getByRole('heading')).toContainText('Chapter 0');
  await expect(first.locator('tr', { hasText: 'What Baku did' }).locator('td')).toHaveText([
    '1 (100%)',
    '2 (100%)',
    'What Baku did',
  ]);

  const axe = await new AxeBuilder({ page }).include('#screen').analyze();
  expect(
    axe.violations.filter((violation) => violation.impact === 'serious' || violation.impact === 'critical'),
  ).toEqual([]);

  await expect(page.getByRole('button', { name: 'Print the summary' })).toBeVisible();
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('.topbar')).toBeHidden();
  await expect(page.getByLabel('Results files:')).toBeHidden();
  await expect(page.getByRole('button', { name: 'Print the summary' })).toBeHidden();
  await expect(first).toBeVisible();
  await page.screenshot({ path: testInfo.outputPath('summary-print.png'), fullPage: true });

  // Switching the language rebuilds the screen in Russian and keeps the files counted.
  await page.emulateMedia({ media: 'screen' });
  await page.getByRole('combobox', { name: 'Language' }).selectOption('ru');
  await expect(page.getByRole('status').filter({ hasText: 'Учтено 3 файла результатов.' })).toBeVisible();
  await expect(page.locator('.summary-endings thead th')).toHaveText([
    'Финал',
    'Партии в режиме для класса',
    'Одиночные партии',
  ]);
});
