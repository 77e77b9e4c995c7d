import type { Page } from '@playwright/test';
import { expect, expectScreen, openGame, test } from './fixtures';

/** How someone was hurt (not that they "died of injuries"): what the class setting must keep off screen. */
const INJURIES =
  /blunt|fractur|haematom|internal organs|bruis|swollen|bloodied|beating|visible injur|\bshock\b/i;

/** The Moscow Times headline on the brothers' autopsy (R31), which says how they died. */
const HEADLINE = 'Autopsy Finds Brothers Died From Beatings';

/**
 * The whole screen with every "More" and every citation opened, as a reader who opens everything would see it.
 */
async function everything(page: Page): Promise<string> {
  await page.locator('#screen details').evaluateAll((all) => {
    for (const details of all) (details as HTMLDetailsElement).open = true;
  });
  await page.locator('#screen .record-entry').evaluateAll((all) => {
    for (const panel of all) (panel as HTMLElement).hidden = false;
  });
  return page.locator('#screen').innerText();
}

/** The sources of R31 as its first citation chip on the screen opens them. */
async function autopsyCitation(page: Page) {
  const chip = page.locator('#screen').getByRole('button', { name: 'Show record entry R31' }).first();
  await chip.click();
  const panel = page.locator(`[id="${await chip.getAttribute('aria-controls')}"]`);
  await expect(panel).toBeVisible();
  return panel.locator('.sources');
}

async function autopsyOnTimeline(page: Page) {
  await page.getByRole('button', { name: 'This chapter on the timeline' }).click();
  const timeline = page.getByRole('dialog', { name: 'Timeline of the record' });
  await expect(timeline).toBeVisible();
  return timeline.locator('#timeline-R31 .sources');
}

async function startYekaterinburg(page: Page, leaveOut: boolean): Promise<void> {
  await openGame(page, 'seed=5');
  await page.getByRole('button', { name: 'Class mode' }).click();
  await expectScreen(page, 'RunSheet');
  const setting = page.getByLabel('Leave out casualty details and descriptions of injuries');
  await (leaveOut ? setting.check() : setting.uncheck());
  await page.getByLabel('Include the true-or-false knowledge check before and after').uncheck();
  for (const box of await page.locator('.sheet-chapters input').all()) await box.uncheck();
  await page.getByLabel('Yekaterinburg', { exact: true }).check();
  await page.getByLabel('At once, after the consequences').check();
  await page.getByRole('button', { name: 'Start the lesson' }).click();
  await expectScreen(page, 'Briefing');
}

test('with casualty details left out, no screen of the Yekaterinburg chapter describes injuries', async ({
  page,
}) => {
  await startYekaterinburg(page, true);
  await expect(page.getByText('Casualty details and descriptions of injuries are left out')).toBeAttached();
  expect(await everything(page)).not.toMatch(INJURIES);
  await page.keyboard.press('Enter');

  for (const decision of ['d1', 'd2']) {
    await expectScreen(page, 'Decision');
    expect(await everything(page), `${decision} decision`).not.toMatch(INJURIES);
    await page.getByLabel(/^Votes for 1:/).fill('5');
    await page.getByRole('button', { name: 'Play the class’s choice' }).click();
    await expectScreen(page, 'Consequences');
    expect(await everything(page), `${decision} consequences`).not.toMatch(INJURIES);
    await page.keyboard.press('Enter');
    await expectScreen(page, 'Debrief');
    const debrief = await everything(page);
    expect(debrief, `${decision} debrief`).not.toMatch(INJURIES);
    if (decision === 'd2') expect(debrief).toContain('died of injuries');
    await page.keyboard.press('Enter');
  }
});

test('with casualty details left out, the headline that describes the beatings is withheld in citations and on the timeline', async ({
  page,
}) => {
  await startYekaterinburg(page, true);
  const link = (sources: ReturnType<Page['locator']>) =>
    sources.getByRole('link', { name: /headline withheld/ });
  const citation = await autopsyCitation(page);
  await expect(link(citation)).toHaveAttribute('href', /themoscowtimes\.com/);
  await expect(citation).toContainText(
    'The Moscow Times — Azerbaijan opens a murder case after the brothers',
  );
  await expect(citation).not.toContainText(HEADLINE);
  const timeline = await autopsyOnTimeline(page);
  await expect(link(timeline)).toHaveAttribute('href', /themoscowtimes\.com/);
  await expect(timeline).not.toContainText(HEADLINE);
});

test('with the setting off, citations and the timeline show the headline as published', async ({ page }) => {
  await startYekaterinburg(page, false);
  await expect(await autopsyCitation(page)).toContainText(HEADLINE);
  await expect(await autopsyOnTimeline(page)).toContainText(HEADLINE);
});

test('with the setting off, the briefing keeps the forensic detail under "The human cost"', async ({
  page,
}) => {
  await startYekaterinburg(page, false);
  await expect(page.getByText('Casualty details and descriptions of injuries are left out')).toHaveCount(0);
  expect(await everything(page)).toMatch(INJURIES);
  await expect(page.locator('#screen')).toContainText('blunt-force injuries');
});
