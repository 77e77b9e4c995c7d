import type { Page } from '@playwright/test';
import { expect, expectScreen, openGame, test } from './fixtures';

const INJURIES = /internal organs|blunt-force|bruised or swollen|visible injuries|Died From Beatings/;

async function timelineEntry(page: Page, id: string) {
  await page.getByRole('button', { name: 'This chapter on the timeline' }).click();
  const timeline = page.getByRole('dialog', { name: 'Timeline of the record' });
  await expect(timeline).toBeVisible();
  return timeline.locator(`#timeline-${id}`);
}

test('leaving out casualty details also softens the injury descriptions of the record', async ({ page }) => {
  await openGame(page, 'seed=5');
  await page.getByRole('button', { name: 'Class mode' }).click();
  await expectScreen(page, 'RunSheet');
  await page.getByLabel('Leave out casualty details and descriptions of injuries').check();
  await page.getByLabel('Include the true-or-false knowledge check before and after').uncheck();
  await page.getByRole('button', { name: 'Start the lesson' }).click();
  await expectScreen(page, 'Briefing');
  for (const id of ['R27', 'R31', 'R34']) {
    const entry = await timelineEntry(page, id);
    await expect(entry).toBeAttached();
    expect(await entry.innerText()).not.toMatch(INJURIES);
    await page.keyboard.press('Escape');
  }
  const autopsy = await timelineEntry(page, 'R31');
  await expect(autopsy).toContainText('died of their injuries');
});

test('playing alone, the record keeps its full summaries', async ({ page }) => {
  await openGame(page, 'seed=5&check=skip');
  await page.keyboard.press('Enter');
  await expectScreen(page, 'Briefing');
  const autopsy = await timelineEntry(page, 'R31');
  await expect(autopsy).toContainText('internal organs');
});
