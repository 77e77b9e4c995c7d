import { describe, expect, it } from 'vitest';
import { Condition } from '../../../src/content/schema';
import { chooseEnding, conditionHolds, newRun, type GameState } from '../../../src/engine';
import { ending, fixtureCampaign as campaign } from './fixture';
import { distanceToEnding } from './model-properties';

const powers = ['russia', 'turkey', 'west'];
const at = (meters: Record<string, number>): GameState => {
  const start = newRun(campaign, 1);
  return { ...start, meters: { ...start.meters, ...meters } };
};

describe('the "spread" condition', () => {
  const within20 = Condition.parse({ kind: 'spread', meters: powers, atMost: 20 });

  it('holds when the highest of the meters is at most `atMost` above the lowest', () => {
    expect(conditionHolds(within20, at({ russia: 60, turkey: 50, west: 40 }), campaign)).toBe(true);
    expect(conditionHolds(within20, at({ russia: 60, turkey: 65, west: 45 }), campaign)).toBe(true);
    expect(conditionHolds(within20, at({ russia: 60, turkey: 65, west: 44 }), campaign)).toBe(false);
    expect(conditionHolds(within20, at({ russia: 20, turkey: 20, west: 20 }), campaign)).toBe(true);
  });

  it('reads only the meters it names', () => {
    const twoPowers = Condition.parse({ kind: 'spread', meters: ['russia', 'turkey'], atMost: 5 });
    expect(conditionHolds(twoPowers, at({ russia: 60, turkey: 64, west: 0 }), campaign)).toBe(true);
  });

  it('is refused with fewer than two meters or a negative bound', () => {
    expect(Condition.safeParse({ kind: 'spread', meters: ['russia'], atMost: 5 }).success).toBe(false);
    expect(Condition.safeParse({ kind: 'spread', meters: powers, atMost: -1 }).success).toBe(false);
  });

  it('chooses a balance only when the powers are close, and the search measures how far they are', () => {
    const endings = [ending('balance', [within20]), ending('apart')];
    const close = at({ russia: 55, turkey: 60, west: 45 });
    const apart = at({ russia: 55, turkey: 70, west: 45 });
    expect(chooseEnding(endings, close, campaign)?.id).toBe('balance');
    expect(chooseEnding(endings, apart, campaign)?.id).toBe('apart');
    // 25 points apart: 5 points short of the balance; 15 apart: 6 points from breaking it.
    expect(distanceToEnding(endings, 'balance', apart, campaign)).toBe(5);
    expect(distanceToEnding(endings, 'apart', close, campaign)).toBe(6);
  });
});
