import { test as base, expect, type Page } from '@playwright/test';
import type {} from '../../src/testing/test-hook';

export interface RunState {
  meters: Record<string, number>;
  history: { chapter: string; decision: string; option: string }[];
  position: { chapter: number; decision: number };
  finished: boolean;
  seed: number;
  plan: string[];
  checks: { before?: Record<string, boolean>; after?: Record<string, boolean> };
}

const LOCAL_HOSTS = new Set(['127.0.0.1', 'localhost']);

/** Every test fails on a console error, an uncaught exception, or a request that would leave the machine. */
export const test = base.extend<{ problems: string[] }>({
  problems: [
    async ({ page }, use) => {
      const problems: string[] = [];
      page.on('console', (message) => {
        if (message.type() === 'error') problems.push(`console error: ${message.text()}`);
      });
      page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
      await page.route('**/*', (route) => {
        const url = new URL(route.request().url());
        if (url.protocol === 'data:' || url.protocol === 'blob:' || LOCAL_HOSTS.has(url.hostname))
          return route.continue();
        problems.push(`request left the machine: ${url.href}`);
        return route.abort();
      });
      await use(problems);
      expect(problems).toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };

/** Opens the game for a test; by default chapter 1 only, without the knowledge check. */
export async function openGame(page: Page, query = 'seed=42&check=skip&chapters=ch01'): Promise<void> {
  await page.goto(`/?test=1&${query}`);
  await page.waitForFunction(() => window.__CROSSROADS__?.ready === true, undefined, {
    timeout: SCREEN_TIMEOUT,
  });
}

export async function screen(page: Page): Promise<string> {
  return page.evaluate(() => window.__CROSSROADS__?.screen ?? '');
}

/** How long a screen may take to come up: a busy two-core CI machine can take many seconds to build one. */
export const SCREEN_TIMEOUT = 20_000;

/** Waits for the app to report the screen up (its `screen` event), and for the card to show it. */
export async function expectScreen(page: Page, name: string): Promise<void> {
  await page.waitForFunction((wanted) => window.__CROSSROADS__?.screen === wanted, name, {
    timeout: SCREEN_TIMEOUT,
  });
  await expect(page.locator('#screen')).toHaveAttribute('data-screen', name, { timeout: SCREEN_TIMEOUT });
}

export async function runState(page: Page): Promise<RunState> {
  return (await page.evaluate(() => window.__CROSSROADS__?.state())) as RunState;
}

/** Goes from the title through the first briefing to its first decision with the keyboard. */
export async function toFirstDecision(page: Page): Promise<void> {
  await expectScreen(page, 'Title');
  await page.keyboard.press('Enter');
  await expectScreen(page, 'Briefing');
  await page.keyboard.press('Enter');
  await expectScreen(page, 'Decision');
}

/** Plays from the title to the first debrief of chapter 1 with the keyboard, choosing option `digit`. */
export async function playFirstDecision(page: Page, digit = '1'): Promise<void> {
  await toFirstDecision(page);
  await page.keyboard.press(digit);
  await page.keyboard.press('Enter');
  await expectScreen(page, 'Consequences');
}
