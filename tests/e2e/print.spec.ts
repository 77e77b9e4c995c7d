import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { expect, expectScreen, openGame, test } from './fixtures';
import { pdfPageTexts } from './pdf-text';

const LANGUAGES = ['en', 'ru', 'az', 'tr'] as const;

type Json = { [key: string]: Json } & string;
const readJson = <T = Json>(path: string): T => JSON.parse(readFileSync(path, 'utf8')) as T;

/** A locale text by its content key, e.g. `ch04:d1.title` or `report.heading` in `ui`. */
function text(language: string, key: string): string {
  const [namespace, path] = key.includes(':') ? key.split(':') : ['ui', key];
  const found = path!
    .split('.')
    .reduce<unknown>(
      (node, part) => (node as Record<string, unknown>)[part],
      readJson(`locales/${language}/${namespace}.json`),
    );
  if (typeof found !== 'string') throw new Error(`No text for ${key} in ${language}`);
  return found;
}

interface ChapterFile {
  id: string;
  number: number;
  title: string;
  briefing: { core: { text: string; records: string[] } };
  decisions: {
    title: string;
    prompt: string;
    historical: string;
    options: { label: string; line: string }[];
    debrief: { questions: string[] };
  }[];
}
const scenario = readJson<{ id: string; version: number; chapters: string[] }>(
  'src/content/data/scenario.json',
);
const chapters = scenario.chapters.map((id) => readJson<ChapterFile>(`src/content/data/chapters/${id}.json`));

/** Text as compared on paper: headings print in capitals, and a PDF keeps no reliable spaces. */
const onPaper = (value: string, language: string) =>
  value.normalize('NFKC').replace(/\s+/g, '').toLocaleUpperCase(language);

const pageWith = (pages: string[], value: string, language: string) =>
  pages.findIndex((page) => onPaper(page, language).includes(onPaper(value, language)));

/** Opens the report of a finished run that followed Baku's path, through a save in the browser. */
async function openReport(page: Page, language: string): Promise<void> {
  const save = {
    format: 'crossroads-save',
    version: 2,
    scenario: { id: scenario.id, version: scenario.version },
    seed: 11,
    plan: scenario.chapters,
    choices: chapters.flatMap((chapter) => chapter.decisions.map((decision) => decision.historical)),
    checks: { before: {}, after: {} },
  };
  await openGame(page, `seed=42&check=skip&lng=${language}`);
  await page.evaluate((value) => localStorage.setItem('crossroads.save', value), JSON.stringify(save));
  await page.reload();
  await page.waitForFunction(() => window.__CROSSROADS__?.ready === true);
  await page.getByRole('button', { name: text(language, 'title.continue'), exact: true }).click();
  await expectScreen(page, 'Report');
}

for (const language of LANGUAGES) {
  test(`the printed report has every section, no blank sheet and the meter chart whole on one sheet (${language})`, async ({
    page,
  }) => {
    await openReport(page, language);
    await page.emulateMedia({ media: 'print' });
    await expect(page.locator('#topbar')).toBeHidden();
    await expect(page.locator('#stage')).toBeHidden();
    await expect(page.getByRole('button', { name: text(language, 'report.print') })).toBeHidden();

    const pages = pdfPageTexts(await page.pdf({ format: 'A4' }));
    const sections = [
      'heading',
      'ending',
      'decisions',
      'meters',
      'chart.table',
      'check.heading',
      'modelNote',
    ];
    const decisions = chapters.flatMap((chapter) => chapter.decisions.map((decision) => decision.title));
    const missing = [...sections.map((key) => `report.${key}`), ...decisions]
      .map((key) => text(language, key))
      .filter((value) => pageWith(pages, value, language) < 0);
    expect(missing).toEqual([]);
    expect(pages.filter((page) => page.trim() === '')).toEqual([]);
    expect(pages.length).toBeLessThanOrEqual(4);
    for (const chrome of [text(language, 'report.print'), text(language, 'report.playAgain')])
      expect(pageWith(pages, chrome, language)).toBe(-1);

    // Wherever the sheet ends, the chart's heading, the chart and its table share one sheet.
    const heading = text(language, 'report.meters');
    const table = text(language, 'report.chart.table');
    for (const height of [297, 280, 260, 240, 220, 200]) {
      const sheets = pdfPageTexts(await page.pdf({ width: '210mm', height: `${height}mm` }));
      expect(
        sheets.filter((sheet) => sheet.trim() === ''),
        `a blank sheet at ${height} mm`,
      ).toEqual([]);
      expect(pageWith(sheets, table, language), `the chart split at ${height} mm`).toBe(
        pageWith(sheets, heading, language),
      );
    }
  });
}

test('the guide and the run-sheet open every chapter’s worksheet; one from the guide is a whole worksheet on one sheet', async ({
  page,
}) => {
  await openGame(page, 'seed=42&check=skip');
  await page.getByRole('button', { name: 'Teacher guide' }).click();
  const dialog = page.locator('dialog.page');
  const guide = page.getByRole('dialog', { name: 'Teacher guide' });
  await expect(guide).toBeVisible();
  const blocks = guide.locator('.guide-chapter');
  await expect(blocks).toHaveCount(chapters.length);
  for (const [index, chapter] of chapters.entries())
    await expect(blocks.nth(index).getByRole('button', { name: /^Worksheet — / })).toHaveAccessibleName(
      `Worksheet — Chapter ${chapter.number} · ${text('en', chapter.title)}`,
    );

  const chapter = chapters.find((candidate) => candidate.id === 'ch04')!;
  const opener = blocks.nth(chapters.indexOf(chapter)).getByRole('button', { name: /^Worksheet — / });
  await opener.click();
  const sheet = page.getByRole('dialog', { name: `Handout: ${text('en', chapter.title)}` });
  await expect(sheet).toBeVisible();
  const worksheet = sheet.locator('.worksheet');
  await expect(worksheet.locator('.worksheet-core')).toContainText(text('en', chapter.briefing.core.text));
  const record = readJson<{
    entries: { id: string; sources: string[] }[];
    sources: { id: string; publisher: string }[];
  }>('src/content/data/record.json');
  for (const id of chapter.briefing.core.records) {
    const publishers = record.entries
      .find((entry) => entry.id === id)!
      .sources.map((source) => record.sources.find((candidate) => candidate.id === source)!.publisher);
    // On paper a record id comes with an outlet and a date: "R27 — Meduza, 30 June 2025".
    await expect(worksheet.locator('.paper-source')).toContainText(
      new RegExp(
        `${id} — (${publishers.map((p) => p.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')}), \\d{1,2}`,
      ),
    );
  }
  for (const decision of chapter.decisions) {
    await expect(worksheet).toContainText(text('en', decision.prompt));
    for (const option of decision.options)
      await expect(
        worksheet.locator('.worksheet-options li', { hasText: text('en', option.label) }),
      ).toContainText(text('en', option.line));
  }
  const questions = worksheet.locator('.worksheet-questions > ol > li');
  await expect(questions).toHaveCount(2);
  for (const [index, decision] of chapter.decisions.entries()) {
    await expect(questions.nth(index)).toContainText(text('en', decision.debrief.questions[0]!));
    expect(await questions.nth(index).locator('.answer-line').count()).toBeGreaterThanOrEqual(3);
  }
  const address = `${new URL(page.url()).origin}/?chapters=ch04`;
  await expect(worksheet.locator('.worksheet-address')).toContainText(address);

  await page.emulateMedia({ media: 'print' });
  const sheets = pdfPageTexts(await page.pdf({ format: 'A4' }));
  expect(sheets).toHaveLength(1);
  expect(pageWith(sheets, address, 'en')).toBe(0);
  expect(pageWith(sheets, text('en', chapter.decisions[1]!.debrief.questions[0]!), 'en')).toBe(0);
  await page.emulateMedia({ media: 'screen' });

  // Back to the guide where the teacher left it, then out to the run-sheet, which has the same links.
  await sheet.getByRole('button', { name: 'Back: Teacher guide' }).click();
  await expect(guide).toBeVisible();
  await expect(opener).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await page.getByRole('button', { name: 'Class mode' }).click();
  await expectScreen(page, 'RunSheet');
  const links = page.locator('.sheet-chapters li').getByRole('button', { name: /^Worksheet — / });
  await expect(links).toHaveCount(chapters.length);
  const seventh = text('en', chapters.find((candidate) => candidate.id === 'ch07')!.title);
  await page.getByRole('button', { name: `Worksheet — ${seventh}` }).click();
  await expect(page.getByRole('dialog', { name: `Handout: ${seventh}` })).toBeVisible();
  await expect(page.locator('.worksheet-address')).toContainText('?chapters=ch07');
});

for (const language of LANGUAGES) {
  test(`the guide's answer key gives each verdict once, and the printed guide leaves no heading at a sheet's foot (${language})`, async ({
    page,
  }) => {
    await openGame(page, `seed=42&check=skip&lng=${language}`);
    await page.getByRole('button', { name: text(language, 'title.guide') }).click();
    const guide = page.getByRole('dialog', { name: text(language, 'guide:heading') });
    await expect(guide).toBeVisible();
    const check = readJson<{ statements: { true: boolean }[] }>('src/content/data/knowledge-check.json');
    const answers = await guide.locator('.guide-answers > li > p:nth-child(2)').allInnerTexts();
    expect(answers).toHaveLength(check.statements.length);
    const verdicts = check.statements.map((statement) =>
      text(language, statement.true ? 'check.true' : 'check.false'),
    );
    for (const [index, answer] of answers.entries()) {
      const label = text(language, 'guide:verdict').replace('{{verdict}}', verdicts[index]!);
      expect(answer.startsWith(`${label} `), answer).toBe(true);
      // After "Answer: False." the explanation goes straight on: no second "False" or "True".
      const rest = answer.slice(label.length).trim().toLocaleLowerCase(language);
      const repeated = [text(language, 'check.true'), text(language, 'check.false')].some((verdict) =>
        rest.startsWith(verdict.toLocaleLowerCase(language)),
      );
      expect(repeated, answer).toBe(false);
    }

    await page.emulateMedia({ media: 'print' });
    const headings = await guide.locator('.page-body h2, .page-body h3').allInnerTexts();
    const sheets = pdfPageTexts(await page.pdf({ format: 'A4' }));
    expect(sheets.filter((sheet) => sheet.trim() === '')).toEqual([]);
    const stranded = sheets
      .slice(0, -1)
      .flatMap((sheet) =>
        headings.filter((heading) => onPaper(sheet, language).endsWith(onPaper(heading, language))),
      );
    expect(stranded).toEqual([]);
  });
}
