import { z } from './zod';

/** A translation key with its namespace, e.g. `ch01:briefing.lead`. */
export const I18nKey = z
  .string()
  .regex(/^[a-z0-9]+:[A-Za-z0-9_.-]+$/, 'must look like "namespace:path.to.key"')
  .brand<'I18nKey'>();
export type TextKey = z.infer<typeof I18nKey>;
export const Id = z.string().regex(/^[a-z0-9][a-z0-9-]*$/, 'must be lower-case letters, digits and dashes');
export const RecordId = z.string().regex(/^R\d{2,3}$/, 'must be a record id such as R11');
export const SourceId = z
  .string()
  .regex(/^src-[a-z0-9-]+$/, 'must be a source id such as src-kesq-2024-12-28');
/** A calendar date `2024-12-25` or an inclusive range `2024-12-25/2024-12-27`. */
export const DateOrRange = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}(\/\d{4}-\d{2}-\d{2})?$/, 'must be YYYY-MM-DD or YYYY-MM-DD/YYYY-MM-DD');

export const Citations = z.array(RecordId).min(1, 'every fact cites at least one record id');

export const Effect = z.object({
  meter: Id,
  delta: z.number().int().min(-30).max(30),
  /** Seeded variation: the applied delta is delta ± up to `spread`. */
  spread: z.number().int().min(0).max(5).default(0),
  /**
   * An uncertain outcome: the effect applies only with this probability, drawn from the run's seeded random
   * source (so a replay draws the same). Absent means it always applies.
   */
  chance: z.number().min(0.05).max(0.95).optional(),
  reason: I18nKey,
});

export const Condition = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('meterBelow'), meter: Id, value: z.number() }),
  z.object({ kind: z.literal('meterAtLeast'), meter: Id, value: z.number() }),
  z.object({
    kind: z.literal('tagCount'),
    tag: Id,
    atLeast: z.number().int().min(1),
    /** Count only among the last N choices; all choices when absent. */
    lastChoices: z.number().int().min(1).optional(),
  }),
  z.object({ kind: z.literal('flag'), flag: Id }),
  z.object({ kind: z.literal('notFlag'), flag: Id }),
  /** `meter` is at least `by` points above every meter in `over`. */
  z.object({ kind: z.literal('leads'), meter: Id, over: z.array(Id).min(1), by: z.number().int().min(0) }),
  /** The highest of `meters` is at most `atMost` points above the lowest. */
  z.object({ kind: z.literal('spread'), meters: z.array(Id).min(2), atMost: z.number().int().min(0) }),
]);

/**
 * What a run-dependent note may ask besides the model's own conditions: the run's earlier choices. Rules and endings
 * keep to `Condition`, which "How the model works" explains in words.
 */
export const NoteCondition = z.discriminatedUnion('kind', [
  ...Condition.options,
  /** This run chose `option` at that earlier decision. */
  z.object({ kind: z.literal('chose'), chapter: Id, decision: Id, option: Id }),
  /** The run's latest choice carries `tag` (false before the first choice). */
  z.object({ kind: z.literal('lastTag'), tag: Id }),
]);

export const Actor = z.enum(['moscow', 'ankara', 'west', 'baku', 'yerevan', 'markets', 'diaspora']);

/**
 * A note shown only when the run's state meets every condition (a briefing's notes at the start of its chapter, a
 * decision's notes before it is chosen). Notes are simulation: labelled "In this simulation", they cite no record,
 * so a `records` field is refused.
 */
export const Note = z.strictObject(
  { id: Id, actor: Actor, when: z.array(NoteCondition).min(1), text: I18nKey },
  {
    error: (issue) =>
      issue.code !== 'unrecognized_keys'
        ? undefined
        : issue.keys.includes('records')
          ? 'a note is simulation ("In this simulation") and cites no record: remove "records"'
          : `a note has only id, actor, when and text: remove ${issue.keys.map((key) => `"${key}"`).join(', ')}`,
  },
);

export const Rule = z.object({
  id: Id,
  kind: z.enum(['counter-move', 'overshoot', 'reaction']),
  actor: Actor,
  when: z.array(Condition).min(1),
  effects: z.array(Effect).min(1),
  /** What the modelled actor does, shown as "in this simulation". */
  text: I18nKey,
  /** Choices that must pass before the rule may fire again; absent means at most once per run. */
  cooldown: z.number().int().min(1).optional(),
  /** Plain-language statement of the rule for the "How the model works" page. */
  explanation: I18nKey,
});

export const Adviser = z.object({ id: Id, name: I18nKey, role: I18nKey });

export const Advice = z.object({
  adviser: Id,
  stance: z.enum(['for', 'against']),
  /** The adviser's case in one sentence: the core, shown by default. */
  gist: I18nKey,
  /** The full argument, behind "More". */
  text: I18nKey,
});

export const Option = z.object({
  id: Id,
  label: I18nKey,
  /** One line (at most 25 words) saying what Baku would do: the core, shown by default. */
  line: I18nKey,
  /** The concrete steps in full, behind "More". */
  detail: I18nKey,
  advice: z.array(Advice).min(2),
  effects: z.array(Effect).min(1),
  /** Posture tags read by rules (e.g. confront, conciliate, turkey, west, multilateral). */
  tags: z.array(Id).default([]),
  /** Flags set on the run when this option is chosen. */
  sets: z.array(Id).default([]),
  /** An immediate modelled reaction of another actor, labelled as simulation. */
  reaction: z.object({ actor: Actor, text: I18nKey }).optional(),
});

export const Fact = z.object({ text: I18nKey, records: Citations });
export const DatedFact = Fact.extend({ date: DateOrRange });
export const Statement = z.object({
  /** Who said it, e.g. "the Kremlin" or "Azerbaijani sources quoted by Reuters". */
  speaker: I18nKey,
  text: I18nKey,
  records: Citations,
});

export const Framing = z.object({
  side: z.enum(['azerbaijan', 'russia', 'independent', 'west', 'turkey', 'other']),
  source: SourceId,
  text: I18nKey,
  records: Citations,
});

export const Debrief = z.object({
  /** The core: what Baku did and how it compares with the options, in at most 120 words. The rest is behind "More". */
  core: Fact,
  /** What Baku actually did, dated. */
  happened: z.array(DatedFact).min(1),
  /** How Moscow answered, dated: only what Moscow itself did or said. */
  answer: z.array(DatedFact).min(1),
  /** What others did meanwhile (Kazakhstan's investigators, the OSCE, Washington, trade figures), dated. */
  meanwhile: z.array(DatedFact).default([]),
  /** Why the historical choice was made, as far as the record says; attributed. */
  comparison: I18nKey,
  framing: z.array(Framing).min(2),
  questions: z.array(I18nKey).min(2),
  sources: z.array(SourceId).min(2),
});

export const Decision = z.object({
  id: Id,
  title: I18nKey,
  date: DateOrRange,
  /** Facts the player learns just before this decision (beyond the chapter briefing). */
  context: z.array(Fact).default([]),
  prompt: I18nKey,
  options: z.array(Option).min(3).max(4),
  /** The option closest to what Baku actually did; never marked before choosing. */
  historical: Id,
  /** Run-dependent notes shown with the decision, before choosing. */
  notes: z.array(Note).default([]),
  debrief: Debrief,
});

export const Chapter = z.object({
  formatVersion: z.literal(1),
  id: Id,
  number: z.number().int().min(0),
  title: I18nKey,
  period: DateOrRange,
  places: z.array(Id).min(1),
  /** A route drawn on the map, as place ids in order (e.g. the flight path). */
  route: z.array(Id).optional(),
  records: z.array(RecordId).min(1),
  briefing: z.object({
    /** The core briefing, at most 120 words, shown by default; everything below it is behind "More". */
    core: Fact,
    lead: I18nKey,
    facts: z.array(Fact).min(1),
    statements: z.array(Statement).default([]),
    stakes: I18nKey,
    /** Casualty or injury details, left out when the teacher's sensitivity setting asks. */
    sensitive: z.array(Fact).default([]),
    /** How-to-play notes shown beside the briefing (the tutorial uses them). */
    tips: z.array(I18nKey).default([]),
    /** Run-dependent notes shown with the briefing, for the state the run reached. */
    notes: z.array(Note).default([]),
  }),
  decisions: z.array(Decision).min(1),
});

/** What happened after the last decision: no choice, only the record, before the ending. */
export const Epilogue = z.object({
  formatVersion: z.literal(1),
  title: I18nKey,
  period: DateOrRange,
  places: z.array(Id).min(1),
  records: z.array(RecordId).min(1),
  /** The core, at most 250 words in all, shown by default; the lead and sections are behind "More". */
  core: z.array(DatedFact).min(2),
  lead: I18nKey,
  sections: z.array(z.object({ heading: I18nKey, facts: z.array(DatedFact).min(1) })).min(2),
  framing: z.array(Framing).min(2),
  questions: z.array(I18nKey).min(2),
  sources: z.array(SourceId).min(2),
  /** Run-dependent notes shown after the core, for the run's final state: what the model imagines came next. */
  notes: z.array(Note).default([]),
});

export const Ending = z.object({
  id: Id,
  title: I18nKey,
  /** What the modelled outcome means for Baku, in plain words; always presented as the model. */
  summary: I18nKey,
  /** What this outcome gained and what it cost. */
  tradeoffs: I18nKey,
  /** How the modelled outcome compares with the real situation in `reality`. */
  comparison: I18nKey,
  /** All must hold; the first ending that matches is chosen, so the last one has none. */
  when: z.array(Condition),
});

export const Endings = z.object({
  formatVersion: z.literal(1),
  /** The real situation as of the record's last entry. */
  reality: z.object({ asOf: z.iso.date(), facts: z.array(DatedFact).min(2) }),
  endings: z.array(Ending).min(5),
});

export const KnowledgeStatement = z.object({
  id: Id,
  text: I18nKey,
  true: z.boolean(),
  /** Shown after answering: what the record says, citing it. */
  explanation: I18nKey,
  records: Citations,
  /** The seed brief's correction this statement tests, e.g. C01. */
  correction: z
    .string()
    .regex(/^C\d{2}$/)
    .optional(),
});

export const KnowledgeCheck = z.object({
  formatVersion: z.literal(1),
  statements: z.array(KnowledgeStatement).min(8),
});

export const GlossaryTerm = z.object({
  id: Id,
  term: I18nKey,
  definition: I18nKey,
  /** The forms in which the term appears in the game's texts, separated by "|", longest first. */
  aliases: I18nKey,
  /** The name in its original script and language, e.g. az "İlham Əliyev". */
  original: z
    .array(z.object({ lang: z.string().regex(/^[a-z]{2,3}$/), text: z.string().min(1) }))
    .default([]),
  records: z.array(RecordId).default([]),
});

export const Glossary = z.object({
  formatVersion: z.literal(1),
  terms: z.array(GlossaryTerm).min(1),
});

export const Meter = z.object({
  id: Id,
  kind: z.enum(['power', 'stake']),
  name: I18nKey,
  start: z.number().int().min(0).max(100),
  /** Why the starting value was chosen: a documented model assumption. */
  assumption: I18nKey,
  colour: z.string().regex(/^#[0-9a-fA-F]{6}$/),
  glyph: z.enum(['tricolour', 'crescent', 'stars', 'scales', 'figures', 'branch']),
});

export const Place = z.object({
  id: Id,
  name: I18nKey,
  lon: z.number().min(-180).max(180),
  lat: z.number().min(-90).max(90),
});

/** How the stage draws the scenario: the home country, the powers' arcs and the names written on the map. */
export const Stage = z.object({
  /** ISO 3166-1 numeric code of the country drawn as home on the map. */
  homeCountry: z.string().regex(/^\d{3}$/, 'must be an ISO 3166-1 numeric code such as 031'),
  /** The place every focus includes and every power's arc runs to. */
  homePlace: Id,
  /** Where each power meter's pull comes from; `bow` bends its arc (negative bends the other way). */
  powerOrigins: z.array(z.object({ meter: Id, place: Id, bow: z.number().min(-1).max(1) })),
  /** Names written on the map itself, such as seas. */
  mapLabels: z.array(
    z.object({
      id: Id,
      name: I18nKey,
      lon: z.number().min(-180).max(180),
      lat: z.number().min(-90).max(90),
      angle: z.number().min(-180).max(180),
    }),
  ),
});

export const Scenario = z.object({
  formatVersion: z.literal(1),
  id: Id,
  version: z.number().int().min(1),
  perspective: Actor,
  title: I18nKey,
  meters: z.array(Meter).min(1),
  /** A power at or above this reads as dependence; a stake at or below `collapse` has collapsed. */
  thresholds: z.object({ dependence: z.number().int(), collapse: z.number().int() }),
  advisers: z.array(Adviser).min(1),
  places: z.array(Place).min(1),
  stage: Stage,
  chapters: z.array(Id).min(1),
  rules: z.array(Rule),
});

export const Source = z.object({
  id: SourceId,
  publisher: z.string().min(1),
  /** The title in its original language, never translated. */
  title: z.string().min(1),
  /**
   * For a title that describes injuries: a translated stand-in that says what the page reports, shown in its place
   * when the teacher leaves casualty details out.
   */
  softTitle: I18nKey.optional(),
  /**
   * BCP 47 tag of `title` when it is not in the page's language: set only where the record is read, when the
   * translated `softTitle` stands in for the title. Absent means `lang`.
   */
  titleLang: z.string().optional(),
  url: z.url(),
  /** BCP 47 tag of the page's language. */
  lang: z.string().regex(/^[a-z]{2,3}(-[A-Za-z]{2,4})?$/),
  /** Publication date when known from the page or its address. */
  date: z.iso.date().optional(),
  /**
   * Who publishes the page: a government's own site, or a news outlet by country and, where established,
   * its relation to its government (e.g. Azerbaijani pro-government, Russian state, Russian independent).
   */
  stance: z.enum([
    'government',
    'azerbaijani-state',
    'azerbaijani-independent',
    'azerbaijani',
    'russian-state',
    'russian-independent',
    'russian',
    'armenian',
    'international',
    'ukrainian',
    'turkish',
    'kazakh',
    'other',
  ]),
});

export const RecordEntry = z.object({
  id: RecordId,
  date: DateOrRange,
  title: I18nKey,
  summary: I18nKey,
  /** The summary without descriptions of injuries, shown when the teacher leaves casualty details out. */
  softSummary: I18nKey.optional(),
  status: z.enum(['confirmed', 'disputed', 'single-source']),
  /** For DISPUTED entries: each position, attributed; `softText` as for `softSummary`. */
  positions: z.array(z.object({ holder: I18nKey, text: I18nKey, softText: I18nKey.optional() })).default([]),
  sources: z.array(SourceId).min(1),
});

export const RecordFile = z.object({
  formatVersion: z.literal(1),
  entries: z.array(RecordEntry).min(1),
  sources: z.array(Source).min(1),
});

export type Effect = z.infer<typeof Effect>;
export type Condition = z.infer<typeof Condition>;
export type NoteCondition = z.infer<typeof NoteCondition>;
export type Note = z.infer<typeof Note>;
export type Rule = z.infer<typeof Rule>;
export type Option = z.infer<typeof Option>;
export type Decision = z.infer<typeof Decision>;
export type Chapter = z.infer<typeof Chapter>;
export type Meter = z.infer<typeof Meter>;
export type Place = z.infer<typeof Place>;
export type Scenario = z.infer<typeof Scenario>;
export type Stage = z.infer<typeof Stage>;
export type Source = z.infer<typeof Source>;
export type RecordEntry = z.infer<typeof RecordEntry>;
export type RecordFile = z.infer<typeof RecordFile>;
export type Actor = z.infer<typeof Actor>;
export type Fact = z.infer<typeof Fact>;
export type Epilogue = z.infer<typeof Epilogue>;
export type GlossaryTerm = z.infer<typeof GlossaryTerm>;
export type Glossary = z.infer<typeof Glossary>;
export type Ending = z.infer<typeof Ending>;
export type Endings = z.infer<typeof Endings>;
export type KnowledgeStatement = z.infer<typeof KnowledgeStatement>;
export type KnowledgeCheck = z.infer<typeof KnowledgeCheck>;
export type DatedFact = z.infer<typeof DatedFact>;
export type Framing = z.infer<typeof Framing>;
