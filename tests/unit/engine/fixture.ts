import { Chapter, Ending, Scenario, type Condition } from '../../../src/content/schema';
import type { Campaign } from '../../../src/engine';

/** An option in content form (before parsing); effects are `[meter, delta, spread?]`. */
export const option = (
  id: string,
  effects: [string, number, number?][],
  tags: string[] = [],
  sets: string[] = [],
) => ({
  id,
  label: `t:${id}.label`,
  line: `t:${id}.line`,
  detail: `t:${id}.detail`,
  advice: [
    { adviser: 'foreign', stance: 'for', gist: 't:a.for-gist', text: 't:a.for' },
    { adviser: 'economy', stance: 'against', gist: 't:a.against-gist', text: 't:a.against' },
  ],
  effects: effects.map(([meter, delta, spread]) => ({
    meter,
    delta,
    spread: spread ?? 0,
    reason: `t:${id}.${meter}`,
  })),
  tags,
  sets,
});

const debrief = {
  core: { text: 't:d.core', records: ['R15'] },
  happened: [{ date: '2024-12-29', text: 't:d.happened', records: ['R15'] }],
  answer: [{ date: '2024-12-29', text: 't:d.answer', records: ['R15'] }],
  comparison: 't:d.comparison',
  framing: [
    { side: 'azerbaijan', source: 'src-a-000001', text: 't:d.f1', records: ['R15'] },
    { side: 'russia', source: 'src-b-000002', text: 't:d.f2', records: ['R12'] },
  ],
  questions: ['t:q1', 't:q2'],
  sources: ['src-a-000001', 'src-b-000002'],
};

/** A decision in content form with the three standard options, or with `options` given. */
export const decision = (id: string, options?: ReturnType<typeof option>[], historical = 'wait') => ({
  id,
  title: `t:${id}.title`,
  date: '2024-12-26',
  prompt: `t:${id}.prompt`,
  options: options ?? [
    option(
      'confront',
      [
        ['russia', -8],
        ['turkey', 4],
        ['economy', -3, 2],
      ],
      ['confront'],
      ['accused'],
    ),
    option(
      'conciliate',
      [
        ['russia', 6],
        ['west', -4],
      ],
      ['conciliate'],
    ),
    option(
      'wait',
      [
        ['citizens', 2],
        ['peace', -1],
      ],
      ['wait'],
    ),
  ],
  historical,
  debrief,
});

/** A parsed chapter; a decision given by id gets the three standard options. */
export const chapter = (
  id: string,
  number: number,
  decisions: (string | (ReturnType<typeof decision> & { notes?: unknown[] }))[],
  briefingNotes: unknown[] = [],
) =>
  Chapter.parse({
    formatVersion: 1,
    id,
    number,
    title: `t:${id}`,
    period: '2024-12-25/2024-12-29',
    places: ['baku'],
    records: ['R11'],
    briefing: {
      core: { text: 't:core', records: ['R11'] },
      lead: 't:lead',
      facts: [{ text: 't:fact', records: ['R11'] }],
      stakes: 't:stakes',
      notes: briefingNotes,
    },
    decisions: decisions.map((d) => (typeof d === 'string' ? decision(d) : d)),
  });

const meter = (id: string, kind: 'power' | 'stake', start: number) => ({
  id,
  kind,
  name: `t:${id}`,
  start,
  assumption: `t:${id}.assumption`,
  colour: '#000000',
  glyph: 'stars',
});

export const fixtureScenario = Scenario.parse({
  formatVersion: 1,
  id: 'fixture',
  version: 3,
  perspective: 'baku',
  title: 't:title',
  meters: [
    meter('russia', 'power', 60),
    meter('turkey', 'power', 65),
    meter('west', 'power', 35),
    meter('economy', 'stake', 60),
    meter('citizens', 'stake', 60),
    meter('peace', 'stake', 50),
  ],
  thresholds: { dependence: 85, collapse: 15 },
  advisers: [
    { id: 'foreign', name: 't:f', role: 't:fr' },
    { id: 'economy', name: 't:e', role: 't:er' },
  ],
  places: [{ id: 'baku', name: 't:baku', lon: 49.8, lat: 40.4 }],
  stage: { homeCountry: '031', homePlace: 'baku', powerOrigins: [], mapLabels: [] },
  chapters: ['one', 'two'],
  rules: [
    {
      id: 'export-checks',
      kind: 'counter-move',
      actor: 'moscow',
      when: [{ kind: 'tagCount', tag: 'confront', atLeast: 2, lastChoices: 3 }],
      effects: [{ meter: 'economy', delta: -6, reason: 't:r1' }],
      text: 't:r1.text',
      cooldown: 2,
      explanation: 't:r1.x',
    },
    {
      id: 'dependence',
      kind: 'overshoot',
      actor: 'moscow',
      when: [{ kind: 'meterAtLeast', meter: 'russia', value: 70 }],
      effects: [{ meter: 'west', delta: -5, reason: 't:r2' }],
      text: 't:r2.text',
      explanation: 't:r2.x',
    },
    {
      id: 'accused-flag',
      kind: 'reaction',
      actor: 'ankara',
      when: [{ kind: 'flag', flag: 'accused' }],
      effects: [{ meter: 'turkey', delta: 2, reason: 't:r3' }],
      text: 't:r3.text',
      explanation: 't:r3.x',
    },
  ],
});

export const fixtureCampaign: Campaign = {
  scenario: fixtureScenario,
  chapters: { one: chapter('one', 1, ['d1', 'd2']), two: chapter('two', 2, ['d3']) },
};

/** A parsed ending; the last of a list should have no conditions. */
export const ending = (id: string, when: Condition[] = []) =>
  Ending.parse({
    id,
    title: `t:${id}.title`,
    summary: `t:${id}.summary`,
    tradeoffs: `t:${id}.tradeoffs`,
    comparison: `t:${id}.comparison`,
    when,
  });
