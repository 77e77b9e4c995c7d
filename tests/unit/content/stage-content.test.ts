import { describe, expect, it } from 'vitest';
import { checkScenario } from '../../../src/content/cross-check';
import { Scenario, Stage } from '../../../src/content/schema';
import { loadScenario } from './load-real-content';

const scenario = loadScenario();

describe('the scenario’s stage section', () => {
  it('draws Azerbaijan as home, with Baku at the end of every power’s arc', () => {
    expect(scenario.stage.homeCountry).toBe('031');
    expect(scenario.stage.homePlace).toBe('baku');
  });

  it('gives each power meter one origin, at a place of the scenario', () => {
    const powers = scenario.meters.filter((meter) => meter.kind === 'power').map((meter) => meter.id);
    const places = new Set(scenario.places.map((place) => place.id));
    expect(scenario.stage.powerOrigins.map((origin) => origin.meter).sort()).toEqual([...powers].sort());
    for (const origin of scenario.stage.powerOrigins) expect(places.has(origin.place)).toBe(true);
  });

  it('writes the Caspian Sea on the map', () => {
    expect(scenario.stage.mapLabels.map((label) => label.name)).toContain('ui:stage.caspian');
  });

  it('the schema requires the section, and refuses a home country that is not a numeric code, a bow past 1 and a label without a namespace', () => {
    const valid = scenario.stage;
    expect(Stage.safeParse(valid).success).toBe(true);
    expect(Stage.safeParse({ ...valid, homeCountry: 'AZ' }).success).toBe(false);
    expect(
      Stage.safeParse({ ...valid, powerOrigins: [{ meter: 'russia', place: 'moscow', bow: 1.5 }] }).success,
    ).toBe(false);
    expect(
      Stage.safeParse({ ...valid, mapLabels: [{ ...valid.mapLabels[0]!, name: 'stage.caspian' }] }).success,
    ).toBe(false);
    expect(Scenario.safeParse({ ...scenario, stage: undefined }).success).toBe(false);
  });

  it('the cross-check names an unknown home place, a stake given an origin and an origin at an unknown place', () => {
    const broken = {
      ...scenario,
      stage: {
        ...scenario.stage,
        homePlace: 'atlantis',
        powerOrigins: [
          ...scenario.stage.powerOrigins,
          { meter: 'economy', place: 'baku', bow: 0 },
          { meter: 'russia', place: 'nowhere', bow: 0 },
        ],
      },
    };
    expect(checkScenario(broken)).toEqual([
      'stage: unknown home place "atlantis"',
      'stage: power origin for unknown power meter "economy"',
      'stage: power origin at unknown place "nowhere"',
      'stage: two power origins for "russia"',
    ]);
  });
});
