import type { Page } from '@playwright/test';
import { expect, expectScreen, openGame, runState, test, toFirstDecision } from './fixtures';

/** Presses Enter and waits for the named screen. */
async function next(page: Page, name: string): Promise<void> {
  await page.keyboard.press('Enter');
  await expectScreen(page, name);
}

/** Plays chapter 1's two decisions with the given option numbers and stops on chapter 2's briefing. */
async function toChapterTwo(page: Page, first: string, second: string, query = ''): Promise<void> {
  await page.evaluate(() => localStorage.clear());
  await openGame(page, `seed=42&check=skip&chapters=ch01,ch02${query}`);
  await toFirstDecision(page);
  // Chapter 1 opens the run: there is nothing yet to remember.
  await expect(page.locator('.run-note')).toHaveCount(0);
  for (const [index, digit] of [first, second].entries()) {
    await page.keyboard.press(digit);
    await next(page, 'Consequences');
    await next(page, 'Debrief');
    await next(page, index === 0 ? 'Decision' : 'Briefing');
  }
  const state = await runState(page);
  expect(state.plan[state.position.chapter]).toBe('ch02');
}

/** The ids of the notes on screen, each checked for its "In this simulation" label and an actor's name. */
async function notesOnScreen(page: Page): Promise<string[]> {
  const notes = page.locator('.run-note');
  const count = await notes.count();
  for (let index = 0; index < count; index++) {
    const note = notes.nth(index);
    await expect(note).toBeVisible();
    await expect(note.locator('.model-tag')).toHaveText('In this simulation');
    await expect(note.locator('strong')).toHaveText(
      /^(Moscow|Ankara|Brussels and Washington|Markets|The diaspora|Yerevan|Baku): $/,
    );
    await expect(note).toContainText(/In this simulation, /);
  }
  return notes.evaluateAll((items) => items.map((item) => item.getAttribute('data-note') ?? ''));
}

test('chapter 2 remembers chapter 1: two different first choices read different notes, labelled as simulation', async ({
  page,
}) => {
  await page.goto('/?test=1');
  // Accept Russia's account, then accept the apology and close the matter.
  await toChapterTwo(page, '3', '1');
  const conciliated = await notesOnScreen(page);
  expect(conciliated).toEqual(['moscow-accepted-account']);
  await expect(page.locator('.run-note').first()).toContainText(
    "Moscow reminds Baku that it accepted Russia's account of the crash in December.",
  );

  // Blame Russia publicly, then state Baku's demands in public.
  await toChapterTwo(page, '1', '3');
  const confronted = await notesOnScreen(page);
  expect(confronted).toEqual(['diaspora-after-blame']);
  await expect(page.locator('.run-note strong')).toHaveText('The diaspora: ');
  expect(confronted).not.toEqual(conciliated);

  // The notes sit after the core briefing, before "More".
  const order = await page.evaluate(() => {
    const notes = document.querySelector('.run-notes');
    const core = document.querySelector('#screen .fact');
    const more = document.querySelector('#screen details');
    return {
      afterCore:
        !!core && !!notes && !!(core.compareDocumentPosition(notes) & Node.DOCUMENT_POSITION_FOLLOWING),
      beforeMore:
        !!more && !!notes && !!(notes.compareDocumentPosition(more) & Node.DOCUMENT_POSITION_FOLLOWING),
    };
  });
  expect(order).toEqual({ afterCore: true, beforeMore: true });
});

test('a decision shows its notes, and the bilingual view shows them in both languages', async ({ page }) => {
  await page.goto('/?test=1');
  // Call for an international investigation, then prepare a legal case: the decision on Russian media remembers it.
  await toChapterTwo(page, '4', '4', '&lng2=ru');
  expect(await notesOnScreen(page)).toEqual(['west-investigation']);
  await expect(page.locator('.run-note .second-language[lang="ru"]')).toContainText('В этой симуляции');
  await next(page, 'Decision');
  expect(await notesOnScreen(page)).toEqual(['moscow-legal-case']);
  await expect(page.locator('.run-note .second-language[lang="ru"]')).toContainText('В этой симуляции');
});
