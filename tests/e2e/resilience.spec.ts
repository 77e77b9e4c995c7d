import { expect, expectScreen, openGame, playFirstDecision, runState, test } from './fixtures';

test('progress is autosaved and resumes after a reload with the same state, on the same screen', async ({
  page,
}) => {
  await openGame(page);
  await playFirstDecision(page, '2');
  const before = await runState(page);
  await page.reload();
  await page.waitForFunction(() => window.__CROSSROADS__?.ready === true);
  await expectScreen(page, 'Title');
  await page.getByRole('button', { name: 'Continue' }).click();
  // The reload came on the choice's consequences: the player has not read them yet.
  await expectScreen(page, 'Consequences');
  expect(await runState(page)).toEqual(before);
  await page.keyboard.press('Enter');
  await expectScreen(page, 'Debrief');
  await page.keyboard.press('Enter');
  await expectScreen(page, 'Decision');
});

test('a damaged save gets a clear message, play goes on, and the old save is kept', async ({ page }) => {
  await page.addInitScript(() => {
    if (!sessionStorage.getItem('seeded')) {
      localStorage.setItem('crossroads.save', '{"format":"crossroads-save","version":2,"seed":');
      sessionStorage.setItem('seeded', '1');
    }
  });
  await openGame(page);
  await expect(page.getByRole('alert')).toContainText('could not be opened');
  await expect(page.getByRole('button', { name: 'Continue' })).toHaveCount(0);
  await page.keyboard.press('Enter');
  await expectScreen(page, 'Briefing');
  const setAside = await page.evaluate(() =>
    Object.keys(localStorage)
      .filter((key) => key.startsWith('crossroads.save.unreadable.'))
      .map((key) => localStorage.getItem(key)),
  );
  expect(setAside).toEqual(['{"format":"crossroads-save","version":2,"seed":']);
});

test('a save from a newer version is refused with a message, not a crash', async ({ page }) => {
  await page.addInitScript(() =>
    localStorage.setItem('crossroads.save', '{"format":"crossroads-save","version":7}'),
  );
  await openGame(page);
  await expect(page.getByRole('alert')).toContainText('newer version of Crossroads');
});

test('with storage blocked the game says so and still plays', async ({ page }) => {
  await page.addInitScript(() => {
    Object.defineProperty(window, 'localStorage', {
      get() {
        throw new DOMException('The operation is insecure.', 'SecurityError');
      },
    });
  });
  await openGame(page);
  await expect(page.locator('#screen')).toContainText('does not allow saving');
  await playFirstDecision(page);
});

test('M and the sound button mute; Esc opens and closes the menu', async ({ page }) => {
  await openGame(page);
  const sound = () => page.evaluate(() => window.__CROSSROADS__?.sound());
  expect((await sound())?.muted).toBe(false);
  await page.keyboard.press('m');
  expect((await sound())?.muted).toBe(true);
  const soundButton = page.getByRole('button', { name: /Sound/ });
  await expect(soundButton).toHaveAttribute('aria-pressed', 'false');
  await soundButton.click();
  expect((await sound())?.muted).toBe(false);

  await page.keyboard.press('Escape');
  const menu = page.getByRole('dialog', { name: 'Menu' });
  await expect(menu).toBeVisible();
  await expect(page.getByRole('button', { name: 'Back to the game' })).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(menu).toBeHidden();
});

test('the menu returns to the title screen, keeping the run', async ({ page }) => {
  await openGame(page);
  await playFirstDecision(page);
  await page.keyboard.press('Escape');
  await page.getByRole('button', { name: 'Return to the title screen' }).click();
  await expectScreen(page, 'Title');
  await expect(page.getByRole('button', { name: 'Continue' })).toBeVisible();
});

test('an unknown ?lng= falls back to English and <html lang> follows', async ({ page }) => {
  await openGame(page, 'seed=1&check=skip&chapters=ch01&lng=xx');
  expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
  await openGame(page, 'seed=1&check=skip&chapters=ch01&lng=en-GB');
  expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
});

test('where the browser allows audio, the first key presses start the sound: it reports "playing"', async ({
  page,
}) => {
  await openGame(page);
  await playFirstDecision(page);
  await expect.poll(() => page.evaluate(() => window.__CROSSROADS__?.sound().status)).toBe('playing');
  await expect(page.getByRole('button', { name: 'Sound on' })).not.toHaveAttribute('title', /./);
});

test('with Web Audio gone and every play() refused, sound reports "locked" and the chapter plays on', async ({
  page,
}) => {
  await page.addInitScript(() => {
    const blocked = window as unknown as Record<string, unknown>;
    delete blocked.AudioContext;
    delete blocked.webkitAudioContext;
    blocked.refusedPlays = 0;
    HTMLMediaElement.prototype.play = function () {
      (blocked.refusedPlays as number)++;
      return Promise.reject(new DOMException('play() needs a user gesture', 'NotAllowedError'));
    };
  });
  await openGame(page);
  await playFirstDecision(page);
  await page.keyboard.press('Enter');
  await expectScreen(page, 'Debrief');
  // Waits on a refusal itself, so the status is read after the browser has said no.
  await expect
    .poll(() => page.evaluate(() => (window as unknown as { refusedPlays: number }).refusedPlays))
    .toBeGreaterThan(0);
  const sound = await page.evaluate(() => window.__CROSSROADS__?.sound());
  expect(sound?.status).toBe('locked');
  expect(sound?.played.length).toBeGreaterThan(0);
  await expect(page.getByRole('button', { name: 'Sound on' })).toHaveAttribute(
    'title',
    'Sound starts after your first key press or click',
  );
});

test('with no audio at all, sound reports "unavailable", says so, and the chapter plays on', async ({
  page,
}) => {
  await page.addInitScript(() => {
    const silent = window as unknown as Record<string, unknown>;
    for (const name of ['AudioContext', 'webkitAudioContext', 'Audio']) delete silent[name];
  });
  await openGame(page);
  await playFirstDecision(page);
  await expect.poll(() => page.evaluate(() => window.__CROSSROADS__?.sound().status)).toBe('unavailable');
  await expect(page.getByRole('button', { name: 'Sound on' })).toHaveAttribute(
    'title',
    'Sound is not available in this browser',
  );
  await page.keyboard.press('Enter');
  await expectScreen(page, 'Debrief');
  await page.keyboard.press('Enter');
  await expectScreen(page, 'Decision');
});

test('offline, a chapter that cannot be downloaded gets a clear message instead of a dead button', async ({
  page,
  problems,
}) => {
  await page.route(/\/assets\/(ch0\d|record|glossary)-[\w-]{8}\.js$/, (route) =>
    route.abort('internetdisconnected'),
  );
  await openGame(page, 'seed=42&check=skip&chapters=ch02');
  await page.keyboard.press('Enter');
  await expect(
    page.getByRole('heading', { level: 1, name: 'Part of the game could not be downloaded' }),
  ).toBeVisible();
  await expect(page.getByRole('button', { name: 'Reload the page' })).toBeVisible();
  // The refused downloads are this test's doing; anything else still fails it.
  const expected = /ERR_INTERNET_DISCONNECTED/;
  const others = problems.filter((problem) => !expected.test(problem));
  problems.splice(0, problems.length, ...others);
});

test('New game renders the ambient pad in short slices, none of them a long task', async ({ page }) => {
  await page.addInitScript(() => {
    const longTasks: [number, number][] = [];
    (window as unknown as { longTasks: typeof longTasks }).longTasks = longTasks;
    new PerformanceObserver((list) => {
      for (const task of list.getEntries()) longTasks.push([task.startTime, task.startTime + task.duration]);
    }).observe({ type: 'longtask', buffered: true });
  });
  await openGame(page);
  await page.keyboard.press('Enter');
  await expectScreen(page, 'Briefing');
  await expect
    .poll(() => page.evaluate(() => performance.getEntriesByName('crossroads:ambient-slice:done').length))
    .toBe(1);

  const { slices, longTasks } = await page.evaluate(() => ({
    slices: performance
      .getEntriesByName('crossroads:ambient-slice')
      .map((slice) => slice.startTime + slice.duration / 2),
    longTasks: (window as unknown as { longTasks: [number, number][] }).longTasks,
  }));
  // Each slice runs in a task of its own, so a long task around a slice's middle is that slice's task.
  expect(slices.length).toBeGreaterThan(1);
  const insideLongTasks = slices.filter((middle) =>
    longTasks.some(([start, end]) => start <= middle && middle <= end),
  );
  expect(insideLongTasks).toEqual([]);
});
