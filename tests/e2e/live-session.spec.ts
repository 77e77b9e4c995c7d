import AxeBuilder from '@axe-core/playwright';
import type { Browser, Page } from '@playwright/test';
import { io } from 'socket.io-client';
import { LIVE_PATH, LiveEvent, type TeacherAck } from '../../src/live/protocol';
import { expect, expectScreen, openGame, runState, test } from './fixtures';

const PHONE = { width: 390, height: 844 };

/** A student's phone in its own browser context, on the join page, joined to the session. */
async function joinAsStudent(browser: Browser, code: string, typed: boolean): Promise<Page> {
  const context = await browser.newContext({ viewport: PHONE, hasTouch: true, isMobile: true });
  const phone = await context.newPage();
  phone.on('pageerror', (error) => {
    throw error;
  });
  if (typed) {
    await phone.goto('/join');
    await phone.getByLabel('Session code').fill(code.toLowerCase().replace(/(...)/, '$1 '));
  } else {
    await phone.goto(`/join?code=${code}`);
    await expect(phone.getByLabel('Session code')).toHaveValue(code);
  }
  await phone.getByRole('button', { name: 'Join' }).click();
  await expect(phone.getByRole('heading', { name: 'You are in' })).toBeVisible();
  return phone;
}

/** Ends the session on the server as another of the teacher's clients would, without the projector asking. */
async function endOnServer(page: Page, baseURL: string): Promise<void> {
  const kept = JSON.parse(
    (await page.evaluate(() => sessionStorage.getItem('crossroads.live.teacher')))!,
  ) as {
    code: string;
    teacher: string;
  };
  const socket = io(baseURL, { path: LIVE_PATH, transports: ['websocket'] });
  try {
    const answer = (await socket
      .timeout(5000)
      .emitWithAck(LiveEvent.teacher, { ...kept, action: { kind: 'end' } })) as TeacherAck;
    expect(answer.ok).toBe(true);
  } finally {
    socket.disconnect();
  }
}

/** The projector's card is not scrolled: every option, the count and the button are in view at 1280×720. */
async function expectNoScroll(page: Page): Promise<void> {
  expect(
    await page.locator('#screen').evaluate((card) => card.scrollHeight - card.clientHeight),
  ).toBeLessThanOrEqual(1);
}

async function vote(phone: Page, option: number): Promise<void> {
  await phone.locator('.option').nth(option).click();
  await phone.getByRole('button', { name: 'Vote' }).click();
  await expect(phone.getByRole('status').filter({ hasText: 'Your vote:' })).toBeVisible();
}

test('a live session: students join by code, vote from their phones, rejoin once, and see the reveal', async ({
  page,
  browser,
  baseURL,
}) => {
  test.setTimeout(120_000);
  await openGame(page, 'seed=5');
  await page.getByRole('button', { name: 'Live session' }).click();
  await expectScreen(page, 'RunSheet');
  for (const box of await page.locator('.sheet-chapters input').all()) await box.uncheck();
  await page.getByLabel('Flight 8243').check();
  await page.getByLabel('Include the true-or-false knowledge check before and after').uncheck();
  await page.getByRole('button', { name: 'Open the live session' }).click();
  await expectScreen(page, 'LiveLobby');
  const code = (await page.locator('.live-code').getAttribute('data-code'))!;
  expect(code).toMatch(/^[ACDEFHJKMNPRTWXY34679]{6}$/);
  await expect(page.getByRole('img', { name: /QR code that opens .*\/join/ })).toBeVisible();

  // Nobody types a wrong code into a session: it is refused with a message.
  const stray = await (await browser.newContext({ viewport: PHONE })).newPage();
  await stray.goto('/join?code=AAAAAA');
  await stray.getByRole('button', { name: 'Join' }).click();
  await expect(stray.getByRole('alert')).toHaveText(
    'No session with this code. Check the code on the projector.',
  );
  await expect(stray.locator('#join-status')).toBeHidden();

  const phones = [await joinAsStudent(browser, code, true)];
  for (let i = 1; i < 5; i++) phones.push(await joinAsStudent(browser, code, false));
  await expect(page.locator('.live-joined')).toHaveText('5 students have joined.');

  await page.keyboard.press('Enter');
  await expectScreen(page, 'Briefing');
  await expect(phones[0]!.getByRole('heading', { name: 'Look at the projector' })).toBeVisible();
  await page.keyboard.press('Enter');
  await expectScreen(page, 'Decision');
  const count = page.locator('.live-count');
  await expect(count).toHaveText('0 of 5 voted');
  await expectNoScroll(page);
  const options = await page
    .locator('.option input[type="radio"]')
    .evaluateAll((radios) => radios.map((radio) => (radio as HTMLInputElement).value));

  // Three for the second option, one for the first; the counts on the projector follow, per option never.
  for (const [index, phone] of phones.slice(0, 4).entries()) {
    await vote(phone, index < 3 ? 1 : 0);
    await expect(count).toHaveText(`${index + 1} of 5 voted`);
  }
  await expect(page.locator('.live-split')).toBeEmpty();

  // A phone that reloads comes back into the session with its vote, counted once.
  await phones[3]!.reload();
  await expect(phones[3]!.getByRole('status').filter({ hasText: 'Your vote:' })).toBeVisible();
  await expect(phones[3]!.locator('.option input').first()).toBeChecked();
  await expect(count).toHaveText('4 of 5 voted');

  // The projector's page reloads: Continue takes the class back to the same session and its count.
  await page.reload();
  await expectScreen(page, 'Title');
  await expect(page.getByText(`Live session ${code} is still open`)).toBeVisible();
  await page.getByRole('button', { name: 'Continue' }).click();
  await expectScreen(page, 'Briefing');
  await page.keyboard.press('Enter');
  await expectScreen(page, 'Decision');
  await expect(count).toHaveText('4 of 5 voted');
  await vote(phones[4]!, 0);
  await expect(count).toHaveText('5 of 5 voted');

  await page.keyboard.press('Enter');
  await expectScreen(page, 'Consequences');
  const state = await runState(page);
  expect(state.history[0]).toMatchObject({ chapter: 'ch01', option: options[1] });
  await expect(phones[0]!.getByText('The vote is closed.')).toBeVisible();

  await page.keyboard.press('Enter');
  await expectScreen(page, 'Debrief');
  const split = page.getByRole('region', { name: 'How the class voted' });
  await expect(split.locator('li').nth(0)).toContainText('2');
  await expect(split.locator('li').nth(1)).toContainText('3');
  await expect(split.locator('li').nth(1)).toContainText('played');
  // The record opens on the teacher's key, on the projector and on every phone.
  await expect(phones[1]!.getByText('What Baku did')).toHaveCount(0);
  await page.keyboard.press('Enter');
  await expect(page.locator('#versus-heading')).toBeVisible();
  for (const phone of phones) {
    await expect(phone.getByRole('region', { name: 'How the class voted' })).toBeVisible();
    await expect(phone.getByText('What Baku did', { exact: true })).toBeVisible();
  }
  // The phone's split marks the option played in words, as the projector's does.
  await expect(phones[1]!.locator('.student-split li').nth(1)).toContainText('— played');
  await expect(phones[1]!.locator('.student-split li').nth(0)).not.toContainText('played');
  await phones[2]!.getByText('More: the sources').click();
  await expect(phones[2]!.locator('details .sources a').first()).toBeVisible();

  // The next decision ties 1–1: the counts per option and the teacher's pick fit the projector without scrolling.
  await page.keyboard.press('Enter');
  await expectScreen(page, 'Decision');
  await expect(count).toHaveText('0 of 5 voted');
  await vote(phones[0]!, 0);
  await vote(phones[1]!, 1);
  await expect(count).toHaveText('2 of 5 voted');
  await page.keyboard.press('Enter');
  await expect(page.locator('.live-bar [role="alert"]')).toHaveText(
    'The vote is tied between options 1, 2. Pick one of them (its number key or a click), then play it.',
  );
  await expect(page.locator('.live-split li')).toHaveCount(4);
  await expectNoScroll(page);

  // The session ends on the server in the middle of the decision: the projector takes typed counts at once.
  await endOnServer(page, baseURL!);
  await expect(page.getByText('The live session has ended')).toBeVisible();
  await expect(page.getByRole('spinbutton')).toHaveCount(4);
  await expect(page.locator('.live-count')).toHaveCount(0);
  await expect(phones[0]!.getByRole('heading', { name: 'The session has ended' })).toBeVisible();
});

test('without the server "Live session" says what it needs; the join page reads in every language', async ({
  page,
}) => {
  // A static host answers every path with a page, never with the server's status.
  await page.route('**/live/status', (route) =>
    route.fulfill({ status: 200, contentType: 'text/html', body: '<!doctype html><title>x</title>' }),
  );
  await openGame(page, 'seed=5');
  await page.getByRole('button', { name: 'Live session' }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'needs the game’s own server' })).toBeVisible();
  await expectScreen(page, 'Title');
  await expect(page.getByRole('button', { name: 'Class mode' })).toBeVisible();

  await page.setViewportSize(PHONE);
  await page.goto('/join?code=ha3-d3f');
  await expect(page.getByLabel('Session code')).toHaveValue('ha3-d3f');
  for (const [language, label] of [
    ['ru', 'Код сессии'],
    ['az', 'Sessiya kodu'],
    ['tr', 'Oturum kodu'],
  ] as const) {
    await page.locator('.join-bar select').selectOption(language);
    await expect(page.getByLabel(label)).toHaveValue('ha3-d3f');
    await expect(page.locator('html')).toHaveAttribute('lang', language);
  }
  await page.locator('.join-bar select').selectOption('en');
  await page.getByLabel('Session code').fill('AB');
  await page.getByLabel('Session code').press('Enter');
  await expect(page.getByRole('alert')).toHaveText(
    'A session code has six letters and digits. Check the projector and type it again.',
  );
  const results = await new AxeBuilder({ page }).analyze();
  expect(
    results.violations
      .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
      .map(
        (violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`,
      ),
  ).toEqual([]);
});
