import { readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, expectScreen, openGame, playFirstDecision, test } from './fixtures';

const PHONE = { width: 390, height: 844 };
test.use({ viewport: PHONE, hasTouch: true, isMobile: true });

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
const glossaryTexts = JSON.parse(readFileSync('locales/en/glossary.json', 'utf8')) as Record<
  string,
  { term: string; definition: string; aliases: string }
>;
/** The English entry a term's words in the text belong to. */
const entryFor = (words: string) =>
  Object.values(glossaryTexts).find((entry) => entry.aliases.split('|').includes(words));

async function seriousViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).exclude('#stage').analyze();
  return results.violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map(
      (violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`,
    );
}

async function box(page: Page, selector: string) {
  const found = await page.locator(selector).boundingBox();
  expect(found, selector).not.toBeNull();
  return found!;
}

/** The card with the text has at least 70% of the screen, the folded strip at most 15%, the map is hidden. */
async function expectReadingLayout(page: Page, screenName: string): Promise<void> {
  const card = await box(page, '#screen');
  const strip = await box(page, '#stage-strip');
  expect(card.height, screenName).toBeGreaterThanOrEqual(PHONE.height * 0.7);
  expect(card.y + card.height).toBeLessThanOrEqual(PHONE.height);
  expect(strip.height, screenName).toBeLessThanOrEqual(PHONE.height * 0.15);
  expect(strip.y + strip.height).toBeLessThanOrEqual(card.y);
  await expect(page.locator('#stage-strip')).toHaveAttribute('aria-expanded', 'false');
  await expect(page.locator('#stage')).toBeHidden();
}

test('the text has at least 70% of a phone’s screen on the briefing, a decision and a debrief', async ({
  page,
}) => {
  await openGame(page);
  await page.keyboard.press('Enter');
  await expectScreen(page, 'Briefing');
  await expectReadingLayout(page, 'Briefing');
  await page.keyboard.press('Enter');
  await expectScreen(page, 'Decision');
  await expectReadingLayout(page, 'Decision');
  await page.keyboard.press('1');
  await page.keyboard.press('Enter');
  await expectScreen(page, 'Consequences');
  await page.keyboard.press('Enter');
  await expectScreen(page, 'Debrief');
  await expectReadingLayout(page, 'Debrief');
  await page.screenshot({ path: 'test-results/screens/phone-debrief.png' });
});

test('the folded strip shows the six meters readably; a tap opens the map and gauges, a tap or Esc folds them', async ({
  page,
}) => {
  await openGame(page);
  // After a choice the meters have moved: the strip shows the new values.
  await playFirstDecision(page);
  const strip = page.locator('#stage-strip');
  await expect(strip).toHaveRole('button');
  await expect(strip).toHaveAccessibleName('Map and meters');
  // Six small meters, each with its short name and the same number as the screen reader's meter.
  const meters = strip.locator('.strip-meter');
  await expect(meters).toHaveCount(6);
  const readout = page.locator('#meter-readout [role="meter"]');
  await expect(readout).toHaveCount(6);
  for (let i = 0; i < 6; i++) {
    const id = await readout.nth(i).getAttribute('data-meter');
    const cell = strip.locator(`.strip-meter[data-meter="${id}"]`);
    await expect(cell.locator('.strip-name')).toBeVisible();
    await expect(cell.locator('.strip-value')).toHaveText(
      (await readout.nth(i).getAttribute('aria-valuenow'))!,
    );
  }
  const sizes = await strip.locator('.strip-name, .strip-value').evaluateAll((elements) =>
    elements.map((element) => ({
      size: parseFloat(getComputedStyle(element).fontSize),
      clipped: element.scrollWidth > element.clientWidth,
    })),
  );
  for (const { size, clipped } of sizes) {
    expect(size).toBeGreaterThanOrEqual(12);
    expect(clipped).toBe(false);
  }
  await page.screenshot({ path: 'test-results/screens/phone-strip-folded.png' });
  expect(await seriousViolations(page), 'folded strip').toEqual([]);

  const before = await box(page, '#screen');
  await strip.tap();
  await expect(strip).toHaveAttribute('aria-expanded', 'true');
  await expect(page.locator('#stage')).toBeVisible();
  await expect(strip.locator('.strip-meters')).toBeHidden();
  const after = await box(page, '#screen');
  // The card makes room for the map and the gauges.
  expect(after.y).toBeGreaterThan(before.y + 200);
  await page.screenshot({ path: 'test-results/screens/phone-strip-open.png' });
  await strip.tap();
  await expect(strip).toHaveAttribute('aria-expanded', 'false');
  await expect(page.locator('#stage')).toBeHidden();
  expect((await box(page, '#screen')).y).toBe(before.y);

  // Esc folds an open stage, and only then opens the menu.
  await strip.tap();
  await expect(strip).toHaveAttribute('aria-expanded', 'true');
  await page.keyboard.press('Escape');
  await expect(strip).toHaveAttribute('aria-expanded', 'false');
  await expect(page.getByRole('dialog', { name: 'Menu' })).toBeHidden();
  await page.keyboard.press('Escape');
  await expect(page.getByRole('dialog', { name: 'Menu' })).toBeVisible();
});

test('a touch screen gets touch wording and no key badges', async ({ page }) => {
  await openGame(page);
  await expect(page.getByRole('heading', { name: 'Keyboard' })).toBeHidden();
  await page.getByRole('button', { name: 'New game' }).tap();
  await expectScreen(page, 'Briefing');
  await page.getByRole('button', { name: 'Go to the decision' }).tap();
  await expectScreen(page, 'Decision');
  await expect(page.getByText('Tap an option to choose it, then confirm.')).toBeVisible();
  await expect(page.getByText(/Choose with the keys/)).toBeHidden();
  await page.locator('#screen .option').first().tap();
  await expect(page.getByRole('button', { name: 'Confirm this decision' })).toBeEnabled();
  expect(await page.locator('kbd:visible').count()).toBe(0);
  // The option badges are choice circles, not numbers to press.
  const digitSizes = await page
    .locator('#screen .option-number')
    .evaluateAll((badges) => badges.map((badge) => getComputedStyle(badge).fontSize));
  expect(digitSizes.length).toBeGreaterThan(1);
  for (const size of digitSizes) expect(size).toBe('0px');
  await page.screenshot({ path: 'test-results/screens/phone-decision-touch.png' });
});

test.describe('a narrow window with a mouse', () => {
  test.use({ hasTouch: false, isMobile: false });

  test('keeps the keyboard wording and the key badges', async ({ page }) => {
    await openGame(page);
    await expect(page.getByRole('heading', { name: 'Keyboard' })).toBeVisible();
    await page.keyboard.press('Enter');
    await expectScreen(page, 'Briefing');
    await page.keyboard.press('Enter');
    await expectScreen(page, 'Decision');
    await expect(page.getByText(/Choose with the keys 1–\d/)).toBeVisible();
    await expect(page.getByText('Tap an option to choose it, then confirm.')).toBeHidden();
    await expect(page.locator('#screen .action-bar kbd')).toBeVisible();
  });
});

test('the report’s meter chart keeps its labels at 12 px or more on a phone', async ({ page }) => {
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
  await page.getByRole('button', { name: 'Continue' }).tap();
  await expectScreen(page, 'Report');
  const charts = page.locator('#screen svg.meter-chart');
  await expect(charts.filter({ visible: true })).toHaveCount(1);
  const chart = charts.filter({ visible: true });
  await chart.scrollIntoViewIfNeeded();
  const labels = await chart.evaluate((svg) => {
    const scale = svg.getBoundingClientRect().width / (svg as SVGSVGElement).viewBox.baseVal.width;
    return [...svg.querySelectorAll('text')].map((text) => {
      const box = text.getBoundingClientRect();
      return {
        text: text.textContent,
        px: parseFloat(getComputedStyle(text).fontSize) * scale,
        axis: text.classList.contains('chart-axis'),
        box: { left: box.left, right: box.right, top: box.top, bottom: box.bottom },
        inside:
          box.left >= svg.getBoundingClientRect().left - 0.5 &&
          box.right <= svg.getBoundingClientRect().right + 0.5,
      };
    });
  });
  expect(labels.filter((label) => !label.axis)).toHaveLength(6);
  for (const label of labels) {
    expect(label.px, label.text ?? '').toBeGreaterThanOrEqual(12);
    expect(label.inside, label.text ?? '').toBe(true);
  }
  // The step labels along the bottom do not run into each other.
  const steps = labels
    .filter((label) => label.axis && label.box.top > labels[0]!.box.bottom)
    .sort((a, b) => a.box.left - b.box.left);
  expect(steps.length).toBeGreaterThan(2);
  for (let i = 1; i < steps.length; i++) expect(steps[i]!.box.left).toBeGreaterThan(steps[i - 1]!.box.right);
  await page.screenshot({ path: 'test-results/screens/phone-report-chart.png' });
});

test('a glossary term opens its own entry in a small dialog; Esc closes it and the focus goes back', async ({
  page,
}) => {
  await openGame(page);
  await page.keyboard.press('Enter');
  await expectScreen(page, 'Briefing');
  const term = page.locator('#screen button.term').first();
  const expected = entryFor((await term.textContent())!);
  expect(expected).toBeDefined();
  await term.tap();
  const entry = page.getByRole('dialog', { name: expected!.term, exact: true });
  await expect(entry).toBeVisible();
  await expect(entry.locator('.term-definition')).toHaveText(expected!.definition);
  await expect(entry.locator('.original [lang]').first()).toBeVisible();
  await expect(entry.locator('button.cite').first()).toBeVisible();
  await expect(entry.getByRole('button', { name: 'Whole glossary' })).toBeVisible();
  // Its own entry only, in view, not the whole list.
  await expect(entry.locator('dt')).toHaveCount(0);
  const dialogBox = (await entry.boundingBox())!;
  expect(dialogBox.y).toBeGreaterThanOrEqual(0);
  expect(dialogBox.y + dialogBox.height).toBeLessThanOrEqual(PHONE.height);
  expect(await entry.evaluate((dialog) => dialog.contains(document.activeElement))).toBe(true);
  await page.screenshot({ path: 'test-results/screens/phone-glossary-term.png' });
  expect(await seriousViolations(page), 'term dialog').toEqual([]);

  await page.keyboard.press('Escape');
  await expect(entry).toBeHidden();
  await expect(term).toBeFocused();
  await expect(page.getByRole('dialog', { name: 'Menu' })).toBeHidden();
  await expectScreen(page, 'Briefing');

  // From the keyboard, and on to the whole glossary at this term's entry, below the page's header.
  await page.keyboard.press('Enter');
  await expect(entry).toBeVisible();
  await entry.getByRole('button', { name: 'Whole glossary' }).tap();
  const glossary = page.getByRole('dialog', { name: 'Glossary' });
  await expect(glossary).toBeVisible();
  const focused = glossary.locator('dt:focus');
  await expect(focused).toBeVisible();
  const head = (await glossary.locator('.page-head').boundingBox())!;
  const focusedBox = (await focused.boundingBox())!;
  expect(focusedBox.y).toBeGreaterThanOrEqual(head.y + head.height);
});
