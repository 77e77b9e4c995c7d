import { describe, expect, it } from 'vitest';
import { Actor } from '../../../src/content/schema';
import { REACTION_MARKS, reactionMarks } from '../../../src/stage/reaction-places';
import { loadScenario } from '../content/load-real-content';

const scenario = loadScenario();

describe('where a reaction shows on the map', () => {
  it('has a place for every actor, and every place is one of the scenario’s', () => {
    const places = new Set(scenario.places.map((place) => place.id));
    for (const actor of Actor.options) expect(places, actor).toContain(REACTION_MARKS[actor].place);
  });

  it('puts each power’s reaction at its capital and the West’s at a Western one', () => {
    expect(REACTION_MARKS.moscow.place).toBe('moscow');
    expect(REACTION_MARKS.ankara.place).toBe('ankara');
    expect(REACTION_MARKS.baku.place).toBe('baku');
    expect(REACTION_MARKS.yerevan.place).toBe('yerevan');
    const west = scenario.places.find((place) => place.id === REACTION_MARKS.west.place)!;
    expect(west.lon).toBeLessThan(20);
  });

  it('puts the diaspora in Russia and the markets in Baku', () => {
    const diaspora = scenario.places.find((place) => place.id === REACTION_MARKS.diaspora.place)!;
    // Inside Russia's span on the map: north of the Caucasus and east of its western border.
    expect(diaspora.lat).toBeGreaterThan(45);
    expect(diaspora.lon).toBeGreaterThan(30);
    expect(REACTION_MARKS.markets.place).toBe('baku');
  });

  it('colours each mark with the meter its actor stands for', () => {
    const meters = new Set(scenario.meters.map((meter) => meter.id));
    for (const actor of Actor.options) {
      const { meter } = REACTION_MARKS[actor];
      if (meter !== null) expect(meters, actor).toContain(meter);
    }
    expect(REACTION_MARKS.moscow.meter).toBe('russia');
    expect(REACTION_MARKS.markets.meter).toBe('economy');
    expect(REACTION_MARKS.diaspora.meter).toBe('citizens');
  });

  it('marks each actor once, in the order they first reacted', () => {
    expect(
      reactionMarks(['moscow', 'ankara', 'moscow', 'diaspora']).map((mark) => [mark.actor, mark.place]),
    ).toEqual([
      ['moscow', 'moscow'],
      ['ankara', 'ankara'],
      ['diaspora', 'yekaterinburg'],
    ]);
    expect(reactionMarks([])).toEqual([]);
  });
});
