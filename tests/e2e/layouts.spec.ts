import { expect, expectScreen, openGame, test } from './fixtures';

// The card's least share of the screen's height: on a phone the stage folds into a strip above it.
const viewports = [
  { name: 'projector-16x9', width: 1920, height: 1080, cardShare: 0.35 },
  { name: 'laptop', width: 1366, height: 768, cardShare: 0.35 },
  { name: 'phone-upright', width: 390, height: 844, cardShare: 0.7 },
];

for (const viewport of viewports) {
  test(`layout fits a ${viewport.name} screen`, async ({ page }) => {
    await page.setViewportSize({ width: viewport.width, height: viewport.height });
    await openGame(page);
    await expectScreen(page, 'Title');
    const card = await page.locator('#screen').boundingBox();
    expect(card).not.toBeNull();
    expect(card!.x).toBeGreaterThanOrEqual(0);
    expect(card!.x + card!.width).toBeLessThanOrEqual(viewport.width);
    expect(card!.y + card!.height).toBeLessThanOrEqual(viewport.height);
    expect(card!.height).toBeGreaterThan(viewport.height * viewport.cardShare);
    await page.screenshot({ path: `test-results/screens/${viewport.name}-title.png` });

    await page.keyboard.press('Enter');
    await expectScreen(page, 'Briefing');
    await page.screenshot({ path: `test-results/screens/${viewport.name}-briefing.png` });
    await page.keyboard.press('Enter');
    await expectScreen(page, 'Decision');
    const overflow = await page
      .locator('#screen')
      .evaluate((element) => element.scrollWidth - element.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await page.keyboard.press('1');
    await expect(page.getByRole('button', { name: 'Confirm this decision' })).toBeInViewport();
    await page.screenshot({ path: `test-results/screens/${viewport.name}-decision.png` });
  });
}
