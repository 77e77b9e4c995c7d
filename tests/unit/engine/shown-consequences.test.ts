import { describe, expect, it } from 'vitest';
import { shownConsequences } from '../../../src/engine/shown-consequences';
import type { MeterChange, Reaction } from '../../../src/engine';
import { loadScenario } from '../content/load-real-content';
import { textKey } from '../support/text-key';

const scenario = loadScenario();

const change = (meter: string, from: number, to: number): MeterChange => ({
  meter,
  delta: to - from,
  from,
  to,
  reason: textKey('x:reason'),
  cause: { kind: 'option', option: 'o' },
});
const reaction = (actor: Reaction['actor']): Reaction => ({
  actor,
  text: textKey('x:reaction'),
  kind: 'reaction',
});

describe('a choice’s consequences as the stage shows them', () => {
  it('sums each meter’s changes over the option and the rules, and leaves out meters that did not move', () => {
    const shown = shownConsequences(scenario, {
      changes: [
        change('russia', 60, 53),
        change('economy', 60, 55),
        change('russia', 53, 56),
        change('west', 100, 100),
      ],
      reactions: [],
    });
    expect(shown.deltas).toEqual([
      { meter: 'russia', delta: -4 },
      { meter: 'economy', delta: -5 },
    ]);
  });

  it('names each reacting actor once', () => {
    const shown = shownConsequences(scenario, {
      changes: [],
      reactions: [reaction('moscow'), reaction('west'), reaction('moscow')],
    });
    expect(shown.reactions).toEqual(['moscow', 'west']);
  });

  it('carries the thresholds the choice crossed', () => {
    const { dependence } = scenario.thresholds;
    const shown = shownConsequences(scenario, {
      changes: [change('turkey', dependence - 3, dependence + 1)],
      reactions: [],
    });
    expect(shown.crossings).toEqual([
      { meter: 'turkey', kind: 'dependence', line: dependence, from: dependence - 3, to: dependence + 1 },
    ]);
  });
});
