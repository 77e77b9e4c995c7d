import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { expect, expectScreen, openGame, test, toFirstDecision } from './fixtures';

declare global {
  interface Window {
    __reportCspViolation?: (violation: string) => void;
  }
}

/**
 * Collects every Content-Security-Policy violation the page reports, across reloads, from before its first script
 * runs. The browser also logs each one as a console error, which the fixtures catch; this list says which rule.
 */
async function recordViolations(page: Page): Promise<string[]> {
  const violations: string[] = [];
  await page.exposeFunction('__reportCspViolation', (violation: string) => violations.push(violation));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) =>
      window.__reportCspViolation?.(
        `${event.effectiveDirective} refused ${event.blockedURI} (${event.sourceFile}:${event.lineNumber}) ` +
          event.sample,
      ),
    );
  });
  return violations;
}

/** The policy the served page carries in its <meta>. */
async function servedPolicy(page: Page): Promise<string> {
  const html = await (await page.request.get('/')).text();
  const meta = /<meta http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(html);
  expect(meta, 'the served page has a CSP <meta>').not.toBeNull();
  return meta![1]!;
}

function directives(policy: string): Map<string, string[]> {
  return new Map(
    policy
      .split(';')
      .map((directive) => directive.trim().split(/\s+/))
      .filter((words) => words[0])
      .map(([name, ...sources]) => [name!, sources]),
  );
}

/** Opens a page from the menu, waits for it and closes it again. */
async function openFromMenu(page: Page, name: string): Promise<void> {
  await page.keyboard.press('Escape');
  const menu = page.getByRole('dialog', { name: 'Menu' });
  await menu.getByRole('button', { name }).click();
  const dialog = page.getByRole('dialog', { name });
  await expect(dialog).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(menu).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(menu).toBeHidden();
}

test('the served page carries a strict policy: scripts and styles from the game’s origin only', async ({
  page,
}) => {
  const policy = directives(await servedPolicy(page));
  expect(policy.get('default-src')).toEqual(["'self'"]);
  expect(policy.get('script-src')).toEqual(["'self'"]);
  expect(policy.get('style-src')).toEqual(["'self'"]);
  expect(policy.get('connect-src')).toEqual(["'self'"]);
  expect(policy.get('font-src')).toEqual(["'self'"]);
  expect(policy.get('object-src')).toEqual(["'none'"]);
  expect(policy.get('img-src')).toEqual(["'self'", 'data:', 'blob:']);
  expect(policy.get('media-src')).toEqual(["'self'", 'data:', 'blob:']);
  expect([...policy.values()].flat().filter((source) => /unsafe|\*/.test(source))).toEqual([]);
});

test('README gives hosts the same policy as an HTTP header, with what a <meta> cannot carry', async ({
  page,
}) => {
  const policy = await servedPolicy(page);
  const deploy = /^## Deploy\n([\s\S]*?)^## /m.exec(readFileSync('README.md', 'utf8'))?.[1] ?? '';
  const headerPolicies = [...deploy.matchAll(/default-src[^"\n]*/g)].map((match) => match[0].trim());
  // nginx, Apache, Netlify's _headers and the plain header line.
  expect(headerPolicies.length).toBeGreaterThanOrEqual(4);
  for (const header of headerPolicies) {
    expect(header.startsWith(`${policy}; `), header).toBe(true);
    expect(directives(header).has('frame-ancestors'), header).toBe(true);
  }
});

test('the browser enforces the policy: an inline script does not run', async ({ page, problems }) => {
  const violations = await recordViolations(page);
  await openGame(page);
  const ran = await page.evaluate(() => {
    const script = document.createElement('script');
    script.textContent = 'window.name = "inline script ran"';
    document.body.append(script);
    script.remove();
    return window.name === 'inline script ran';
  });
  expect(ran).toBe(false);
  await expect.poll(() => violations).toEqual([expect.stringMatching(/^script-src-elem refused inline /)]);
  // The refusal is logged as a console error, as every violation is: this one was asked for.
  await expect
    .poll(() => problems.filter((problem) => problem.includes('Content Security Policy')))
    .toHaveLength(1);
  problems.splice(
    0,
    problems.length,
    ...problems.filter((problem) => !problem.includes('Content Security Policy')),
  );
});

for (const renderer of ['webgl', 'canvas'] as const) {
  test(`the stage boots and draws under the policy (${renderer})`, async ({ page }) => {
    const violations = await recordViolations(page);
    const query = renderer === 'canvas' ? '&renderer=canvas' : '';
    // openGame waits for the test hook's `ready`: a screen is up and the stage has booted. A refused built-in
    // texture keeps Phaser from booting, so this would time out.
    await openGame(page, `seed=42&check=skip&chapters=ch01${query}`);
    expect(await page.evaluate(() => window.__CROSSROADS__?.renderer)).toBe(renderer);
    await page.waitForFunction(() => performance.getEntriesByName('crossroads:map-drawn').length > 0);
    await expect
      .poll(() => page.evaluate(() => window.__CROSSROADS__?.framesDrawn() ?? 0))
      .toBeGreaterThan(0);
    await toFirstDecision(page);
    expect(violations).toEqual([]);
  });
}

for (const audio of ['Web Audio', 'HTML5 audio'] as const) {
  test(`the synthesized sounds play under the policy (${audio})`, async ({ page }) => {
    const violations = await recordViolations(page);
    // Without Web Audio, Howler plays each sound's data: URL through an <audio> element, under media-src.
    if (audio === 'HTML5 audio')
      await page.addInitScript(() => {
        Reflect.deleteProperty(window, 'AudioContext');
        Reflect.deleteProperty(window, 'webkitAudioContext');
      });
    await openGame(page);
    await toFirstDecision(page);
    await expect.poll(() => page.evaluate(() => window.__CROSSROADS__?.sound().status)).toBe('playing');
    expect(violations).toEqual([]);
  });
}

test('a solo run and a class lesson, with every reference page, raise no policy violation', async ({
  page,
}, testInfo) => {
  test.setTimeout(120_000);
  const violations = await recordViolations(page);

  // Solo: the title, the reference pages, a chapter with a decision, its consequences and debrief.
  await openGame(page);
  await expectScreen(page, 'Title');
  await page.getByRole('button', { name: 'Teacher guide' }).click();
  await expect(page.getByRole('dialog', { name: 'Teacher guide' })).toBeVisible();
  await page.keyboard.press('Escape');
  await openFromMenu(page, 'How the model works');
  await openFromMenu(page, 'Glossary');
  await page.getByRole('button', { name: 'New game' }).click();
  await expectScreen(page, 'Briefing');
  await page.getByRole('button', { name: 'Chapter handout' }).click();
  const handout = page.getByRole('dialog', { name: /^Handout: / });
  await expect(handout.locator('ol li').first()).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(handout).toBeHidden();
  await page.getByRole('button', { name: 'This chapter on the timeline' }).click();
  const timeline = page.getByRole('dialog', { name: 'Timeline of the record' });
  await expect(timeline.locator('.timeline-entry.current').first()).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(timeline).toBeHidden();
  // Closing the timeline gives focus back to its button; Enter goes on from the card.
  await page.locator('#screen').focus();
  await page.keyboard.press('Enter');
  await expectScreen(page, 'Decision');
  await page.keyboard.press('1');
  await page.keyboard.press('Enter');
  await expectScreen(page, 'Consequences');
  await page.keyboard.press('Enter');
  await expectScreen(page, 'Debrief');
  expect(violations).toEqual([]);

  // Class mode: one chapter with the class's votes, through to the report.
  await page.keyboard.press('Escape');
  await page.getByRole('button', { name: 'Return to the title screen' }).click();
  await expectScreen(page, 'Title');
  await page.getByRole('button', { name: 'Class mode' }).click();
  await expectScreen(page, 'RunSheet');
  await page.getByLabel('Include the true-or-false knowledge check before and after').uncheck();
  for (const box of await page.locator('.sheet-chapters input').all()) await box.uncheck();
  await page.getByLabel('Flight 8243').check();
  await page.getByRole('button', { name: 'Start the lesson' }).click();
  await expectScreen(page, 'Briefing');
  for (let decision = 0; decision < 2; decision++) {
    if (decision === 0) await page.keyboard.press('Enter');
    await expectScreen(page, 'Decision');
    await page.getByLabel(/^Votes for 1:/).fill('3');
    await page.getByLabel(/^Votes for 2:/).fill('9');
    await page.getByRole('button', { name: 'Play the class’s choice' }).click();
    await expectScreen(page, 'Consequences');
    expect(violations).toEqual([]);
    // The bars take their length from the share of the votes, set through the CSSOM.
    const bars = page.locator('.split-bar');
    await expect(bars.first()).toBeAttached();
    const [fewer, more] = await Promise.all(
      [0, 1].map((index) => bars.nth(index).evaluate((bar) => bar.getBoundingClientRect().width)),
    );
    expect(more!).toBeGreaterThan(fewer! * 2);
    await page.keyboard.press('Enter');
    await expectScreen(page, 'Debrief');
    await expect(page.getByRole('region', { name: 'How the class voted' })).toBeVisible();
    // The first Enter opens the record beside the class's choice; the second moves on.
    await page.keyboard.press('Enter');
    await expect(page.locator('#versus-heading')).toBeFocused();
    await page.keyboard.press('Enter');
  }
  await expectScreen(page, 'Epilogue');
  await page.keyboard.press('Enter');
  await expectScreen(page, 'Ending');
  await page.keyboard.press('Enter');
  await expectScreen(page, 'Report');
  await expect(page.locator('.split-bar').first()).toBeAttached();
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Download results (JSON)' }).click(),
  ]);
  const resultPath = testInfo.outputPath('result.json');
  await download.saveAs(resultPath);
  expect(violations).toEqual([]);

  // The teacher's class summary, from that run's results file.
  await page.getByRole('button', { name: 'Back to the title screen' }).click();
  await expectScreen(page, 'Title');
  await page.getByRole('button', { name: 'Class summary' }).click();
  await expectScreen(page, 'ClassSummary');
  await page.getByLabel('Results files:').setInputFiles(resultPath);
  await expect(page.getByText('One results file counted.')).toBeVisible();
  await expect(page.locator('.summary-decision').first()).toBeVisible();
  expect(violations).toEqual([]);
});

test('the policy lets the page reach its own live-session server over a websocket (connect-src self)', async ({
  page,
}) => {
  const violations = await recordViolations(page);
  await openGame(page);
  // Socket.IO's websocket transport: the server's first frame is Engine.IO's "open" packet.
  const first = await page.evaluate(
    () =>
      new Promise<string>((resolve) => {
        const url = `${location.protocol === 'https:' ? 'wss' : 'ws'}://${location.host}/socket.io/?EIO=4&transport=websocket`;
        const socket = new WebSocket(url);
        socket.onmessage = (event) => {
          resolve(String(event.data));
          socket.close();
        };
        socket.onerror = () => resolve('error');
      }),
  );
  expect(first).toMatch(/^0\{"sid"/);
  expect(violations).toEqual([]);
});
