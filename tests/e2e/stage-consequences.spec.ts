import type { Page } from '@playwright/test';
import { REACTION_CUES } from '../../src/audio/reaction-cues';
import {
  applyChoice,
  currentPlace,
  newRun,
  thresholdCrossings,
  type Campaign,
  type ChoiceOutcome,
  type GameState,
} from '../../src/engine';
import { arcWidth } from '../../src/stage/influence-arcs';
import { REACTION_MARKS } from '../../src/stage/reaction-places';
import { loadScenario, loadCampaign } from '../unit/content/load-real-content';
import { expect, expectScreen, openGame, runState, test, toFirstDecision } from './fixtures';

const scenario = loadScenario();
const campaign: Campaign = loadCampaign();
const SEED = 42;
const POWERS = ['russia', 'turkey', 'west'];

/** The engine's outcome of playing option numbers (1-based) from the start of a plan, as the page plays them. */
function outcomeOf(plan: string[], digits: number[]): { before: GameState; outcome: ChoiceOutcome } {
  let state = newRun(campaign, SEED, plan);
  let last: { before: GameState; outcome: ChoiceOutcome } | null = null;
  for (const digit of digits) {
    const place = currentPlace(state, campaign);
    if (place.kind !== 'decision') throw new Error(`no decision to play ${digit} on`);
    const played = applyChoice(state, campaign, place.decision.options[digit - 1]!.id);
    if (!played.ok) throw new Error(played.error.kind);
    last = { before: state, outcome: played.value };
    state = played.value.state;
  }
  if (!last) throw new Error('no choice played');
  return last;
}

/** The shortest way, in one or two chapters, to carry a meter past its danger line (content changes; this follows). */
function pathToCrossing(): { plan: string[]; digits: number[] } {
  const plans = scenario.chapters.flatMap((first) => [
    [first],
    ...scenario.chapters.filter((second) => second !== first).map((second) => [first, second]),
  ]);
  for (let depth = 1; depth <= 5; depth++) {
    for (const plan of plans) {
      const search = (state: GameState, digits: number[]): number[] | null => {
        const place = currentPlace(state, campaign);
        if (place.kind !== 'decision') return null;
        for (const [index, option] of place.decision.options.entries()) {
          const played = applyChoice(state, campaign, option.id);
          if (!played.ok) continue;
          const path = [...digits, index + 1];
          if (path.length === depth) {
            if (thresholdCrossings(scenario, played.value.changes).length > 0) return path;
          } else {
            const found = search(played.value.state, path);
            if (found) return found;
          }
        }
        return null;
      };
      const digits = search(newRun(campaign, SEED, plan), []);
      if (digits) return { plan, digits };
    }
  }
  throw new Error('no short path crosses a threshold: the search needs to go further');
}

const held = (page: Page) => page.evaluate(() => window.__CROSSROADS__!.stageConsequences()!);
const soundsPlayed = (page: Page) => page.evaluate(() => window.__CROSSROADS__!.sound().played);

async function next(page: Page, name: string): Promise<void> {
  await page.keyboard.press('Enter');
  await expectScreen(page, name);
}

/** Plays option numbers from the title, through briefings and debriefs, and stops on the last one's consequences. */
async function playTo(page: Page, digits: number[]): Promise<void> {
  await toFirstDecision(page);
  for (const [index, digit] of digits.entries()) {
    if (index > 0) {
      await next(page, 'Debrief');
      await page.keyboard.press('Enter');
      await expect.poll(async () => ['Briefing', 'Decision'].includes(await screenName(page))).toBe(true);
      if ((await screenName(page)) === 'Briefing') await next(page, 'Decision');
    }
    await page.keyboard.press(String(digit));
    await next(page, 'Consequences');
  }
}

const screenName = (page: Page) => page.evaluate(() => window.__CROSSROADS__?.screen ?? '');

const signed = (delta: number) => (delta > 0 ? `▲\u2009+${delta}` : `▼\u2009\u2212${-delta}`);

test('after a choice each meter that moved shows its change, held until the next decision starts', async ({
  page,
}) => {
  await openGame(page);
  await playTo(page, [1]);
  const { before, outcome } = outcomeOf(['ch01'], [1]);
  const moved = scenario.meters
    .map((meter) => ({ meter: meter.id, delta: outcome.state.meters[meter.id]! - before.meters[meter.id]! }))
    .filter(({ delta }) => delta !== 0);
  expect(moved.length).toBeGreaterThan(0);
  expect((await runState(page)).meters).toEqual(outcome.state.meters);

  const shown = await held(page);
  expect(shown.deltas.map(({ meter, delta }) => ({ meter, delta }))).toEqual(moved);
  for (const delta of shown.deltas) {
    // The arrow carries the direction, so it does not rest on the colour alone.
    expect(delta.text).toBe(signed(delta.delta));
    expect(delta.size, delta.meter).toBeGreaterThanOrEqual(18);
  }

  // Reading the record does not take them away; the next decision does.
  await next(page, 'Debrief');
  expect((await held(page)).deltas).toEqual(shown.deltas);
  await next(page, 'Decision');
  const cleared = await held(page);
  expect(cleared.deltas).toEqual([]);
  expect(cleared.pulses).toEqual([]);
  expect(cleared.stamps).toEqual([]);
});

test('the places of the reactions pulse, the arcs follow the powers, and each reaction is heard', async ({
  page,
}) => {
  await openGame(page);
  const start = await held(page);
  for (const power of POWERS) {
    const meter = scenario.meters.find((candidate) => candidate.id === power)!;
    expect(start.arcs[power]).toBeCloseTo(arcWidth(meter.start));
  }
  await playTo(page, [1]);
  const { before, outcome } = outcomeOf(['ch01'], [1]);
  const actors = [...new Set(outcome.reactions.map((reaction) => reaction.actor))];
  expect(actors.length).toBeGreaterThan(0);

  const shown = await held(page);
  expect(shown.pulses.map(({ actor, place }) => ({ actor, place }))).toEqual(
    actors.map((actor) => ({ actor, place: REACTION_MARKS[actor].place })),
  );
  for (const power of POWERS) expect(shown.arcs[power]).toBeCloseTo(arcWidth(outcome.state.meters[power]!));
  // A power whose influence moved: its arc is now thicker or thinner than at the start.
  const moved = POWERS.find((power) => outcome.state.meters[power] !== before.meters[power]);
  expect(moved).toBeDefined();
  expect(shown.arcs[moved!]).not.toBeCloseTo(start.arcs[moved!]!);

  const cues = actors.map((actor) => REACTION_CUES[actor]).filter((cue) => cue !== undefined);
  expect(cues.length).toBeGreaterThan(0);
  await expect.poll(() => soundsPlayed(page)).toEqual(expect.arrayContaining(cues));
  expect(await page.evaluate(() => window.__CROSSROADS__!.sound().status)).not.toBe('unavailable');
});

test('with the sound switched off, a reaction plays nothing and the game goes on', async ({ page }) => {
  await openGame(page);
  await toFirstDecision(page);
  await page.keyboard.press('m');
  await expect.poll(() => page.evaluate(() => window.__CROSSROADS__!.sound().muted)).toBe(true);
  const before = await soundsPlayed(page);
  await page.keyboard.press('1');
  await next(page, 'Consequences');
  // The stage shows the reactions all the same.
  await expect.poll(async () => (await held(page)).pulses.length).toBeGreaterThan(0);
  await next(page, 'Debrief');
  expect(await soundsPlayed(page)).toEqual(before);
});

test('crossing a danger line stamps the gauge and adds a line to the consequences, in every language', async ({
  page,
}) => {
  test.slow();
  const { plan, digits } = pathToCrossing();
  const { outcome } = outcomeOf(plan, digits);
  const [crossing] = thresholdCrossings(scenario, outcome.changes);
  await openGame(page, `seed=${SEED}&check=skip&chapters=${plan.join(',')}`);
  await playTo(page, digits);
  expect((await runState(page)).meters).toEqual(outcome.state.meters);

  const shown = await held(page);
  expect(shown.stamps.map(({ meter, kind }) => ({ meter, kind }))).toEqual([
    { meter: crossing!.meter, kind: crossing!.kind },
  ]);
  expect(shown.stamps[0]!.text).toBe(crossing!.kind === 'dependence' ? 'DEPENDENCE' : 'COLLAPSE');
  const line = page.locator(`li.change.threshold[data-meter="${crossing!.meter}"]`);
  await expect(line).toHaveAttribute('data-threshold', crossing!.kind);
  await expect(line).toContainText(String(crossing!.to));
  await expect(line).toContainText(String(crossing!.line));

  const stamps = {
    ru: { dependence: 'ЗАВИСИМОСТЬ', collapse: 'КРАХ' },
    az: { dependence: 'ASILILIQ', collapse: 'ÇÖKÜŞ' },
    tr: { dependence: 'BAĞIMLILIK', collapse: 'ÇÖKÜŞ' },
  };
  for (const [language, words] of Object.entries(stamps)) {
    await page.locator('#topbar .topbar-select').selectOption(language);
    await expect.poll(() => page.evaluate(() => window.__CROSSROADS__?.language)).toBe(language);
    await expect.poll(async () => (await held(page)).stamps[0]?.text).toBe(words[crossing!.kind]);
    await expect(page.locator('li.change.threshold')).toHaveCount(1);
    await expect(page.locator('li.change.threshold')).not.toContainText('consequences.');
    // A language switch rebuilds the screen; the stage keeps what it holds.
    expect((await held(page)).deltas.length).toBeGreaterThan(0);
  }
});

test.describe('with motion', () => {
  test('the changes pop in, the rings run and settle, and then the stage stops drawing', async ({ page }) => {
    await openGame(page, 'seed=42&check=skip&chapters=ch01&motion=on');
    await toFirstDecision(page);
    const framesDrawn = () => page.evaluate(() => window.__CROSSROADS__!.framesDrawn());
    const framesBefore = await framesDrawn();
    await page.keyboard.press('1');
    await next(page, 'Consequences');
    await expect.poll(async () => (await held(page)).animating, { timeout: 15_000 }).toBe(false);
    const settled = await held(page);
    expect(settled.deltas.length).toBeGreaterThan(0);
    expect(settled.pulses.length).toBeGreaterThan(0);
    expect(settled.pulses.every((pulse) => !pulse.animating)).toBe(true);
    // The rings and bars were drawn frame by frame while they ran…
    expect((await framesDrawn()) - framesBefore).toBeGreaterThan(20);
    // …and once everything has settled the stage draws nothing more.
    await page.waitForTimeout(1200);
    const idle = await framesDrawn();
    await page.waitForTimeout(1000);
    expect(await framesDrawn()).toBe(idle);
    expect((await held(page)).deltas).toEqual(settled.deltas);
  });

  test('with reduced motion asked for by the system, everything is there at once', async ({ page }) => {
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await openGame(page, 'seed=42&check=skip&chapters=ch01&motion=on');
    await toFirstDecision(page);
    await page.keyboard.press('1');
    await next(page, 'Consequences');
    const shown = await held(page);
    expect(shown.animating).toBe(false);
    expect(shown.deltas.length).toBeGreaterThan(0);
    expect(shown.pulses.length).toBeGreaterThan(0);
    const { outcome } = outcomeOf(['ch01'], [1]);
    for (const power of POWERS) expect(shown.arcs[power]).toBeCloseTo(arcWidth(outcome.state.meters[power]!));
  });
});
