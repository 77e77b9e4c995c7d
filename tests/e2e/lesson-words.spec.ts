import { writeFileSync, mkdirSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { countWords } from '../../scripts/readability.mjs';
import { expect, expectScreen, openGame, screen, test } from './fixtures';

/** The budget of the 45-minute plan: about 20 minutes of reading, leaving 25 for discussion. */
const LESSON_WORDS = 3500;

/** The words a reader sees on the current screen: visible text only, so a closed "More" and screen-reader text do not count. */
function visibleText(page: Page): Promise<string> {
  return page.evaluate(() => {
    const root = document.querySelector('#screen');
    if (!root) return '';
    const blockOf = (element: Element): Element =>
      element === root || !getComputedStyle(element).display.startsWith('inline')
        ? element
        : blockOf(element.parentElement ?? root);
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    let text = '';
    let block: Element | null = null;
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const parent = node.parentElement;
      if (!parent || parent.closest('.sr-only')) continue;
      if (!parent.checkVisibility({ visibilityProperty: true, opacityProperty: true })) continue;
      // Inline pieces of one block (a glossary link inside a sentence) join as written; blocks are apart.
      const own = blockOf(parent);
      text += (own === block ? '' : ' ') + (node.textContent ?? '');
      block = own;
    }
    return text;
  });
}

test.use({ viewport: { width: 1280, height: 720 } });

test('the 45-minute class plan puts at most 3,500 words on screen, from the run-sheet to the report', async ({
  page,
}) => {
  test.setTimeout(180_000);
  await openGame(page, 'seed=7');
  await page.getByRole('button', { name: 'Class mode' }).click();
  await expectScreen(page, 'RunSheet');
  await page.getByRole('button', { name: '45-minute lesson' }).click();
  await expect(
    page.getByLabel('Include the true-or-false knowledge check before and after'),
  ).not.toBeChecked();
  await page.getByLabel('On my key, after the class has discussed').check();
  const tally: { screen: string; words: number; text: string }[] = [];
  const count = async () => {
    const name = await screen(page);
    const text = await visibleText(page);
    tally.push({ screen: name, words: countWords(text), text });
  };
  await count();
  await page.getByRole('button', { name: 'Start the lesson' }).click();
  let decisions = 0;
  for (let step = 0; step < 40; step++) {
    await expect.poll(() => screen(page)).not.toBe('RunSheet');
    const name = await screen(page);
    if (name === 'Report') {
      await count();
      break;
    }
    if (name === 'Decision') {
      await count();
      decisions++;
      await page.getByLabel(/^Votes for 1\b/).fill('12');
      await page.getByLabel(/^Votes for 2\b/).fill('7');
      await page.getByLabel(/^Votes for 2\b/).press('Enter');
      await expect.poll(() => screen(page)).not.toBe('Decision');
      continue;
    }
    if (name === 'Debrief') {
      // The class first reads the vote and the cover's note; the split stays on screen after the reveal.
      const cover = await page.locator('.reveal').innerText();
      await page.keyboard.press('Enter');
      await expect(page.locator('#versus-heading')).toBeVisible();
      await count();
      tally.at(-1)!.words += countWords(cover);
    } else {
      await count();
    }
    await page.keyboard.press('Enter');
    await expect.poll(() => screen(page)).not.toBe(name);
  }
  const total = tally.reduce((sum, entry) => sum + entry.words, 0);
  mkdirSync('test-results', { recursive: true });
  writeFileSync('test-results/lesson-words.json', JSON.stringify({ total, screens: tally }, null, 2));
  expect(decisions).toBe(5);
  expect(tally.at(-1)?.screen).toBe('Report');
  expect(total, JSON.stringify(tally.map(({ screen, words }) => ({ screen, words })))).toBeLessThanOrEqual(
    LESSON_WORDS,
  );
});

/**
 * A full solo run, without the knowledge check: the README's "about an hour alone" at 200 words a minute. Alone, the
 * advisers' one-sentence cases show on every option (in class they wait behind "Arguments").
 */
const SOLO_WORDS = 12_500;

test('a full solo run puts at most 12,500 words on screen, from the first briefing to the report', async ({
  page,
}) => {
  test.setTimeout(240_000);
  await openGame(page, 'seed=7&check=skip');
  await expectScreen(page, 'Title');
  await page.keyboard.press('Enter');
  const tally: { screen: string; words: number }[] = [];
  for (let step = 0; step < 80; step++) {
    await expect.poll(() => screen(page)).not.toBe('Title');
    const name = await screen(page);
    if (name === 'Check') {
      // `check=skip` leaves out the opening check only: the closing one is not part of this budget.
      await page.keyboard.press('Enter');
      continue;
    }
    tally.push({ screen: name, words: countWords(await visibleText(page)) });
    if (name === 'Report') break;
    if (name === 'Decision') await page.keyboard.press('1');
    await page.keyboard.press('Enter');
    await expect.poll(() => screen(page)).not.toBe(name);
  }
  const total = tally.reduce((sum, entry) => sum + entry.words, 0);
  mkdirSync('test-results', { recursive: true });
  writeFileSync('test-results/solo-words.json', JSON.stringify({ total, screens: tally }, null, 2));
  expect(tally.at(-1)?.screen).toBe('Report');
  expect(total, JSON.stringify(tally)).toBeLessThanOrEqual(SOLO_WORDS);
});
