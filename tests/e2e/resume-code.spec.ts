import { expect, expectScreen, openGame, runState, test, toFirstDecision } from './fixtures';

test('a resume code taken in one browser restores the same run in a fresh one', async ({ page, browser }) => {
  await openGame(page, 'seed=1234&check=skip');
  await toFirstDecision(page);
  await page.keyboard.press('2');
  await page.keyboard.press('Enter');
  await expectScreen(page, 'Consequences');
  await page.keyboard.press('Enter');
  await expectScreen(page, 'Debrief');
  const code = await page.locator('.resume-code .code').getAttribute('data-code');
  expect(code).toMatch(/^2[0-9A-HJKMNP-TV-Z]{12}$/);
  await expect(page.locator('.resume-code .code')).toHaveText(/^\w{3}-\w{3}-\w{3}-\w{4}$/);
  const original = await runState(page);

  const fresh = await browser.newContext();
  const other = await fresh.newPage();
  await other.goto('/?test=1');
  await other.waitForFunction(() => window.__CROSSROADS__?.ready === true);
  await other.getByRole('button', { name: 'Resume with a code' }).click();
  const input = other.getByLabel('Resume code');
  await expect(input).toBeFocused();
  // One character copied wrong is refused, and nothing changes.
  const typo = code!.slice(0, 6) + (code![6] === 'Q' ? 'R' : 'Q') + code!.slice(7);
  await other.keyboard.type(typo);
  await other.keyboard.press('Enter');
  await expect(other.getByRole('alert')).toContainText('does not check out');
  await expectScreen(other, 'Title');
  // Typed loosely: small letters, spaces, O for 0 and l for 1.
  await input.fill('');
  await other.keyboard.type(
    code!
      .toLowerCase()
      .replace(/0/g, 'o')
      .replace(/1/g, 'l')
      .replace(/(.{4})/g, '$1 '),
  );
  await other.keyboard.press('Enter');
  await other.waitForFunction(() => window.__CROSSROADS__?.screen === 'Briefing');
  const restored = (await other.evaluate(() => window.__CROSSROADS__?.state())) as typeof original;
  expect(restored.meters).toEqual(original.meters);
  expect(restored.history).toEqual(original.history);
  expect(restored.position).toEqual(original.position);
  await fresh.close();
});

test('a version 1 code written down before still restores its run', async ({ page }) => {
  await openGame(page);
  await page.getByRole('button', { name: 'Resume with a code' }).click();
  await page.getByLabel('Resume code').fill('0003-JFZR-001S');
  await page.getByRole('button', { name: 'Resume', exact: true }).click();
  await expectScreen(page, 'Briefing');
  const restored = await runState(page);
  expect(restored.seed).toBe(1);
  expect(restored.history.map((choice) => choice.option)).toEqual(['agreed-exit', 'accept', 'legal-case']);
});

test('a wrong code is refused with a clear message and nothing is lost', async ({ page }) => {
  await openGame(page);
  await page.getByRole('button', { name: 'Resume with a code' }).click();
  const input = page.getByLabel('Resume code');
  await input.fill('ABC');
  await page.getByRole('button', { name: 'Resume', exact: true }).click();
  await expect(page.getByRole('alert')).toContainText('That is not a resume code');
  await input.fill('2K3-QX9-MPR-2TWU');
  await page.getByRole('button', { name: 'Resume', exact: true }).click();
  await expect(page.getByRole('alert')).toContainText('That is not a resume code');
  await input.fill('7K3-QX9-MPR-2TW');
  await page.getByRole('button', { name: 'Resume', exact: true }).click();
  await expect(page.getByRole('alert')).toContainText('does not check out');
  await expectScreen(page, 'Title');
  await page.keyboard.press('Escape');
  await expect(page.getByRole('dialog')).toBeVisible();
});
