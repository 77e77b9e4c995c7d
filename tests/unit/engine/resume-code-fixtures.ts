import fc from 'fast-check';
import type { Campaign, RunRecord } from '../../../src/engine';
import { loadCampaign } from '../content/load-real-content';
import { chapter, decision, fixtureScenario, option } from './fixture';

/** The game's own chapters. */
export const realCampaign: Campaign = loadCampaign();

const fourOptions = (id: string) =>
  decision(
    id,
    ['a', 'b', 'c', 'd'].map((letter) => option(letter, [['economy', 1]])),
    'a',
  );

/** A campaign larger than the game today: 16 chapters and 32 decisions of three or four options. */
export const largeCampaign: Campaign = (() => {
  const ids = Array.from({ length: 16 }, (_, index) => `c${index}`);
  return {
    scenario: { ...fixtureScenario, chapters: ids },
    chapters: Object.fromEntries(
      ids.map((id, index) => [id, chapter(id, index, [fourOptions(`${id}-a`), `${id}-b`])]),
    ),
  };
})();

const decisionsOf = (campaign: Campaign, plan: readonly string[]) =>
  plan.flatMap((id) => campaign.chapters[id]!.decisions);

/** Any run a campaign allows: a seed below 2^18, chapters in order, and choices for some of their decisions. */
export function runOf(campaign: Campaign): fc.Arbitrary<RunRecord> {
  return fc
    .record({
      seed: fc.integer({ min: 0, max: 2 ** 18 - 1 }),
      plan: fc.subarray(campaign.scenario.chapters, { minLength: 1 }),
    })
    .chain(({ seed, plan }) => {
      const decisions = decisionsOf(campaign, plan);
      return fc
        .tuple(...decisions.map((d) => fc.constantFrom(...d.options.map((o) => o.id))))
        .chain((all) => fc.nat(all.length).map((count) => ({ seed, plan, choices: all.slice(0, count) })));
    });
}

/** Every code one typo away: each symbol replaced by each other symbol, and each pair of unlike neighbours swapped. */
export function typosOf(code: string, alphabet: string): string[] {
  const typos: string[] = [];
  for (let index = 0; index < code.length; index++) {
    for (const symbol of alphabet) {
      if (symbol !== code[index]) typos.push(code.slice(0, index) + symbol + code.slice(index + 1));
    }
    const next = code[index + 1];
    if (next !== undefined && next !== code[index]) {
      typos.push(code.slice(0, index) + next + code[index] + code.slice(index + 2));
    }
  }
  return typos;
}
