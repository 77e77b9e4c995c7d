import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { parseChapter, parseEndings, parseScenario } from '../../src/content/parse';
import {
  applyChoice,
  approachProfile,
  historicalRun,
  newRun,
  turningPoints,
  type Campaign,
  type RunRecord,
} from '../../src/engine';
import { expect, expectScreen, openGame, runState, screen, test } from './fixtures';

// The expected turning points, Baku's real path and approaches come from the engine itself, on the same content.
const readJson = (path: string): unknown => JSON.parse(readFileSync(path, 'utf8'));
function unwrap<T>(result: { ok: true; value: T } | { ok: false; error: unknown }): T {
  if (!result.ok) throw new Error(JSON.stringify(result.error));
  return result.value;
}
const scenario = unwrap(parseScenario(readJson('src/content/data/scenario.json')));
const campaign: Campaign = {
  scenario,
  chapters: Object.fromEntries(
    scenario.chapters.map((id) => [
      id,
      unwrap(parseChapter(readJson(`src/content/data/chapters/${id}.json`), `${id}.json`)),
    ]),
  ),
};
const endings = unwrap(parseEndings(readJson('src/content/data/endings.json'))).endings;

/** The English text of a content key such as `ch01:d1.title` or `endings:orbit.title`. */
function english(key: string): string {
  const [namespace, path] = key.split(':') as [string, string];
  const found = path
    .split('.')
    .reduce<unknown>(
      (node, part) => (node as Record<string, unknown>)[part],
      readJson(`locales/en/${namespace}.json`),
    );
  if (typeof found !== 'string') throw new Error(`No English text for ${key}`);
  return found;
}
const endingTitle = (id: string | undefined) => english(endings.find((ending) => ending.id === id)!.title);
const optionLabel = (chapter: string, decision: string, option: string) =>
  english(
    campaign.chapters[chapter]!.decisions.find((d) => d.id === decision)!.options.find(
      (o) => o.id === option,
    )!.label,
  );

/** The 45-minute plan played with each decision's first option: a run with turning points at every decision. */
const LESSON_PLAN = ['ch01', 'ch04', 'ch08'];
const firstOptions: RunRecord = {
  seed: 7,
  plan: LESSON_PLAN,
  choices: LESSON_PLAN.flatMap((id) => campaign.chapters[id]!.decisions.map((d) => d.options[0]!.id)),
};

/** Opens the report of a finished run through a save in the browser. */
async function openReport(page: Page, run: RunRecord): Promise<void> {
  const save = {
    format: 'crossroads-save',
    version: 2,
    scenario: { id: scenario.id, version: scenario.version },
    seed: run.seed,
    plan: run.plan,
    choices: run.choices,
    checks: { before: {}, after: {} },
  };
  await openGame(page, 'seed=42&check=skip');
  await page.evaluate((value) => localStorage.setItem('crossroads.save', value), JSON.stringify(save));
  await page.reload();
  await page.waitForFunction(() => window.__CROSSROADS__?.ready === true);
  await page.getByRole('button', { name: 'Continue', exact: true }).click();
  await expectScreen(page, 'Report');
}

test('the report names the decisions that turned the ending, Baku’s real path and the approach, as the engine has them', async ({
  page,
}) => {
  const points = unwrap(turningPoints(firstOptions, campaign, endings));
  const turned = new Set(points.map((point) => point.index));
  expect(turned.size).toBeGreaterThan(1);
  await openReport(page, firstOptions);

  // The core line is on screen; the rest waits behind "More".
  const section = page.locator('.report-ending');
  await expect(section.locator('.turning-core')).toHaveText(`${turned.size} decisions turned your ending.`);
  const details = section.locator('details.more');
  await expect(details.locator('.turning-list')).toBeHidden();
  await details.locator('summary').click();
  await expect(details.locator('.turning-list')).toBeVisible();

  const decisions = details.locator('.turning-list > li');
  await expect(decisions).toHaveCount(turned.size);
  await expect(details.locator('.turning-list li li')).toHaveCount(points.length);
  for (const point of points) {
    const decision = details.locator(
      `.turning-list > li[data-decision="${point.chapter}/${point.decision}"]`,
    );
    const title = english(
      campaign.chapters[point.chapter]!.decisions.find((d) => d.id === point.decision)!.title,
    );
    await expect(decision).toContainText(title);
    await expect(decision).toContainText(
      `chosen: “${optionLabel(point.chapter, point.decision, point.chosen)}”`,
    );
    await expect(decision.locator(`li[data-option="${point.alternative}"]`)).toHaveText(
      `Choosing “${optionLabel(point.chapter, point.decision, point.alternative)}” instead leads to “${endingTitle(point.ending)}”.`,
    );
  }

  // Where the model puts Baku's real choices with this run's seed and plan: its ending and final meters.
  const real = unwrap(historicalRun(firstOptions.seed, firstOptions.plan, campaign, endings));
  const line = details.locator('.real-path-line');
  await expect(line).toContainText('In this simulation, Baku’s real choices lead to');
  await expect(line).toContainText(endingTitle(real.ending?.id));
  const table = details.locator('.real-path-table');
  await expect(table.locator('caption')).toContainText('not history');
  await expect(table.locator('.real-path-ending td').nth(1)).toHaveText(endingTitle(real.ending?.id));
  for (const meter of scenario.meters)
    await expect(table.locator(`tr[data-meter="${meter.id}"] td`).nth(1)).toHaveText(
      String(real.state.meters[meter.id]),
    );

  // The approach: counts in words for both paths, each column adding up to the number of decisions.
  const decisionsPlayed = firstOptions.choices.length;
  const approach = details.locator('.approach-table');
  await expect(approach.locator('thead th')).toHaveText(['Your choices', 'Baku’s real choices']);
  for (const column of ['approach-run', 'approach-real']) {
    const counts = (await approach
      .locator(`td.${column}`)
      .evaluateAll((cells) => cells.map((cell) => Number(cell.getAttribute('data-count'))))) as number[];
    expect(
      counts.reduce((sum, count) => sum + count, 0),
      column,
    ).toBe(decisionsPlayed);
  }
  const state = await runState(page);
  const mine = approachProfile(state.history, campaign);
  const theirs = approachProfile(real.state.history, campaign);
  for (const approach of ['confront', 'wait', 'conciliate'] as const) {
    const row =
      approach === 'confront' ? 'Confrontational' : approach === 'wait' ? 'Wait-and-see' : 'Conciliatory';
    const cells = approachCells(page, row);
    await expect(cells.nth(0)).toContainText(
      `${mine.counts[approach]} of ${decisionsPlayed} (${Math.round(mine.shares[approach] * 100)}%)`,
    );
    await expect(cells.nth(1)).toContainText(
      `${theirs.counts[approach]} of ${decisionsPlayed} (${Math.round(theirs.shares[approach] * 100)}%)`,
    );
  }
  // The bars repeat the words for the eye only.
  await expect(approach.locator('.approach-bar').first()).toHaveAttribute('aria-hidden', 'true');

  // On paper nothing is behind "More": the list prints with the report.
  await details.locator('summary').click();
  await expect(details.locator('.turning-list')).toBeHidden();
  await page.emulateMedia({ media: 'print' });
  await expect(details.locator('.turning-list')).toBeVisible();
  await expect(details.locator('.approach-table')).toBeVisible();
});

function approachCells(page: Page, name: string) {
  return page
    .locator('.approach-table tbody tr', { has: page.locator('th', { hasText: name }) })
    .locator('td');
}

test('a run with no turning point says so plainly', async ({ page }) => {
  // Baku's own path through one chapter (chapter 8 has one such run today): the first at which no single other
  // choice changes the ending.
  const runs = scenario.chapters.flatMap((id) =>
    [1, 2, 3, 4, 5, 6].map((seed) => ({
      seed,
      plan: [id],
      choices: campaign.chapters[id]!.decisions.map((decision) => decision.historical),
    })),
  );
  const run = runs.find((candidate) => unwrap(turningPoints(candidate, campaign, endings)).length === 0);
  test.skip(run === undefined, 'every one-chapter run of Baku’s path has a turning point');
  await openReport(page, run!);
  await expect(page.locator('.turning-core')).toHaveText(
    'Turning points: none. No single other choice changes your ending.',
  );
  await page.locator('.report-ending details.more summary').click();
  await expect(page.locator('.turning-points')).toContainText('still leads to the same ending');
  await expect(page.locator('.turning-list')).toHaveCount(0);
});

test('the ending screen shows where the model puts Baku’s real choices, beside the run', async ({ page }) => {
  await openGame(page, 'seed=42&check=skip&chapters=ch01');
  await expectScreen(page, 'Title');
  await page.keyboard.press('Enter');
  for (let step = 0; step < 20 && (await screen(page)) !== 'Ending'; step++) {
    const name = await screen(page);
    if (name === 'Decision') await page.keyboard.press('1');
    await page.locator('#screen h1').focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => screen(page)).not.toBe(name);
  }
  await expectScreen(page, 'Ending');
  const state = await runState(page);
  const real = unwrap(historicalRun(state.seed, state.plan, campaign, endings));
  const line = page.locator('.model-box .real-path-line');
  await expect(line).toBeVisible();
  await expect(line).toHaveText(
    new RegExp(
      `^In this simulation, Baku’s real choices lead to (the same ending, )?“${endingTitle(real.ending?.id)}”\\.$`,
    ),
  );
  const table = page.locator('.real-path-table');
  await expect(table).toBeHidden();
  await page.locator('summary', { hasText: 'More: the final meters side by side' }).click();
  await expect(table).toBeVisible();
  await expect(table.locator('thead th')).toHaveText(['Your run', 'Baku’s real choices (model)']);
  for (const meter of scenario.meters) {
    const cells = table.locator(`tr[data-meter="${meter.id}"] td`);
    await expect(cells.nth(0)).toHaveText(String(state.meters[meter.id]));
    await expect(cells.nth(1)).toHaveText(String(real.state.meters[meter.id]));
  }
});

/** A chance effect in the content: its option, its decision's place and the effect's probability. */
function chanceOption() {
  for (const decision of campaign.chapters.ch01!.decisions)
    for (const [index, option] of decision.options.entries()) {
      const effect = option.effects.find((candidate) => candidate.chance !== undefined);
      if (effect) return { decision, index, option, effect };
    }
  return undefined;
}

test('the consequences word a chance effect as a chance that happened this time, or did not', async ({
  page,
}) => {
  const found = chanceOption();
  test.skip(!found, 'chapter 1 has no chance effect');
  const { decision, index, option, effect } = found!;
  expect(campaign.chapters.ch01!.decisions.indexOf(decision)).toBe(0);
  // Seeds at which the engine draws each outcome for this option as the run's first choice.
  const drawn = (seed: number) =>
    unwrap(applyChoice(newRun(campaign, seed, ['ch01']), campaign, option.id)).changes.find(
      (change) => change.chance && change.meter === effect.meter,
    )!.chance!.happened;
  const seeds = Array.from({ length: 60 }, (_, seed) => seed + 1);
  const cases = [
    { seed: seeds.find((seed) => drawn(seed)), happened: true },
    { seed: seeds.find((seed) => !drawn(seed)), happened: false },
  ];
  const inTen = Math.min(9, Math.max(1, Math.round(effect.chance! * 10)));
  for (const { seed, happened } of cases) {
    expect(seed, `a seed where it ${happened ? 'happens' : 'does not'}`).toBeDefined();
    // A fresh start each time: no run in progress for the title to offer.
    if (page.url().startsWith('http')) await page.evaluate(() => localStorage.clear());
    await openGame(page, `seed=${seed}&check=skip&chapters=ch01`);
    await expectScreen(page, 'Title');
    await page.keyboard.press('Enter');
    await expectScreen(page, 'Briefing');
    await page.keyboard.press('Enter');
    await expectScreen(page, 'Decision');
    await page.keyboard.press(String(index + 1));
    await page.keyboard.press('Enter');
    await expectScreen(page, 'Consequences');
    const change = page.locator(`.change[data-meter="${effect.meter}"]`);
    await expect(change).toHaveAttribute('data-chance', happened ? 'happened' : 'missed');
    const signed = `${effect.delta > 0 ? '+' : '−'}${Math.abs(effect.delta)}`;
    await expect(change).toContainText(
      happened
        ? `(a chance of about ${inTen} in 10: this time it happened)`
        : `0 — a chance of about ${inTen} in 10 of ${signed} (`,
    );
    if (!happened) await expect(change).toContainText('): this time it did not happen');
    if (!happened) await expect(change).not.toContainText('at its limit');
  }
});
