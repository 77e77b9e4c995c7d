import type { Chapter, Ending, Epilogue, Note, NoteCondition, RecordFile, Scenario } from './schema';

const KEY_PATTERN = /^[a-z0-9]+:[A-Za-z0-9_.-]+$/;

/** Every translation key a piece of content names, found by walking all of its string values. */
export function keysIn(content: unknown): string[] {
  if (typeof content === 'string') return KEY_PATTERN.test(content) ? [content] : [];
  if (Array.isArray(content)) return content.flatMap(keysIn);
  if (typeof content === 'object' && content !== null) return Object.values(content).flatMap(keysIn);
  return [];
}

function duplicates(ids: readonly string[]): string[] {
  return [...new Set(ids.filter((id, index) => ids.indexOf(id) !== index))];
}

export function checkScenario(scenario: Scenario): string[] {
  const problems: string[] = [];
  const meters = new Set(scenario.meters.map((meter) => meter.id));
  for (const [what, ids] of [
    ['meter', scenario.meters.map((m) => m.id)],
    ['adviser', scenario.advisers.map((a) => a.id)],
    ['place', scenario.places.map((p) => p.id)],
    ['rule', scenario.rules.map((r) => r.id)],
    ['chapter', scenario.chapters],
  ] as const) {
    for (const id of duplicates(ids)) problems.push(`scenario: duplicate ${what} id "${id}"`);
  }
  for (const rule of scenario.rules) {
    for (const effect of rule.effects) {
      if (!meters.has(effect.meter)) problems.push(`rule ${rule.id}: unknown meter "${effect.meter}"`);
    }
    for (const condition of rule.when) {
      if ('meter' in condition && !meters.has(condition.meter)) {
        problems.push(`rule ${rule.id}: condition names unknown meter "${condition.meter}"`);
      }
    }
  }
  problems.push(...checkStage(scenario));
  return problems;
}

function checkStage({ stage, meters, places }: Scenario): string[] {
  const problems: string[] = [];
  const placeIds = new Set(places.map((place) => place.id));
  const powers = new Set(meters.filter((meter) => meter.kind === 'power').map((meter) => meter.id));
  if (!placeIds.has(stage.homePlace)) problems.push(`stage: unknown home place "${stage.homePlace}"`);
  for (const origin of stage.powerOrigins) {
    if (!powers.has(origin.meter))
      problems.push(`stage: power origin for unknown power meter "${origin.meter}"`);
    if (!placeIds.has(origin.place)) problems.push(`stage: power origin at unknown place "${origin.place}"`);
  }
  for (const meter of duplicates(stage.powerOrigins.map((origin) => origin.meter)))
    problems.push(`stage: two power origins for "${meter}"`);
  for (const id of duplicates(stage.mapLabels.map((label) => label.id)))
    problems.push(`stage: duplicate map label id "${id}"`);
  return problems;
}

export function checkRecord(record: RecordFile): string[] {
  const problems: string[] = [];
  const sources = new Set(record.sources.map((source) => source.id));
  for (const id of duplicates(record.entries.map((entry) => entry.id)))
    problems.push(`record: duplicate entry ${id}`);
  for (const id of duplicates(record.sources.map((source) => source.id)))
    problems.push(`record: duplicate source ${id}`);
  for (const entry of record.entries) {
    for (const source of entry.sources) {
      if (!sources.has(source)) problems.push(`record ${entry.id}: unknown source "${source}"`);
    }
    if (entry.status === 'disputed' && entry.positions.length < 2) {
      problems.push(`record ${entry.id}: a disputed entry must show at least two positions`);
    }
  }
  return problems;
}

function recordIdsIn(chapter: Chapter): string[] {
  const ids: string[] = [...chapter.records];
  const walk = (value: unknown): void => {
    if (Array.isArray(value)) value.forEach(walk);
    else if (typeof value === 'object' && value !== null) {
      const records = (value as { records?: unknown }).records;
      if (Array.isArray(records)) ids.push(...records.filter((id): id is string => typeof id === 'string'));
      Object.values(value).forEach(walk);
    }
  };
  walk(chapter.briefing);
  walk(chapter.decisions);
  return ids;
}

export function checkChapter(chapter: Chapter, scenario: Scenario, record: RecordFile): string[] {
  const where = `chapter ${chapter.id}`;
  const problems: string[] = [];
  const meters = new Set(scenario.meters.map((m) => m.id));
  const advisers = new Set(scenario.advisers.map((a) => a.id));
  const places = new Set(scenario.places.map((p) => p.id));
  const entries = new Set(record.entries.map((e) => e.id));
  const sources = new Set(record.sources.map((s) => s.id));

  if (!scenario.chapters.includes(chapter.id)) problems.push(`${where}: not listed in the scenario`);
  for (const place of [...chapter.places, ...(chapter.route ?? [])]) {
    if (!places.has(place)) problems.push(`${where}: unknown place "${place}"`);
  }
  for (const id of new Set(recordIdsIn(chapter))) {
    if (!entries.has(id)) problems.push(`${where}: cites record ${id}, which the record does not have`);
  }
  for (const id of duplicates(chapter.decisions.map((d) => d.id)))
    problems.push(`${where}: duplicate decision "${id}"`);
  for (const decision of chapter.decisions) {
    const at = `${where} decision ${decision.id}`;
    const optionIds = decision.options.map((o) => o.id);
    for (const id of duplicates(optionIds)) problems.push(`${at}: duplicate option "${id}"`);
    if (!optionIds.includes(decision.historical))
      problems.push(`${at}: historical option "${decision.historical}" is not an option`);
    for (const option of decision.options) {
      for (const effect of option.effects) {
        if (!meters.has(effect.meter))
          problems.push(`${at} option ${option.id}: unknown meter "${effect.meter}"`);
      }
      for (const advice of option.advice) {
        if (!advisers.has(advice.adviser))
          problems.push(`${at} option ${option.id}: unknown adviser "${advice.adviser}"`);
      }
      const stances = new Set(option.advice.map((advice) => advice.stance));
      if (stances.size < 2)
        problems.push(`${at} option ${option.id}: advice needs an argument for and one against`);
    }
    for (const source of [...decision.debrief.sources, ...decision.debrief.framing.map((f) => f.source)]) {
      if (!sources.has(source)) problems.push(`${at}: unknown source "${source}"`);
    }
  }
  problems.push(...checkNotes(chapter, scenario));
  return problems;
}

/**
 * A note's conditions are read before the choice it accompanies, so a `chose` condition must name an earlier
 * decision: one of an earlier chapter, or (for a decision's notes) an earlier decision of the same chapter.
 */
function checkNotes(chapter: Chapter, scenario: Scenario): string[] {
  const problems: string[] = [];
  const meters = new Set(scenario.meters.map((m) => m.id));
  const chapterIndex = scenario.chapters.indexOf(chapter.id);
  const placed: { where: string; notes: Note[]; decisionsBefore: number }[] = [
    { where: `chapter ${chapter.id} briefing`, notes: chapter.briefing.notes, decisionsBefore: 0 },
    ...chapter.decisions.map((decision, index) => ({
      where: `chapter ${chapter.id} decision ${decision.id}`,
      notes: decision.notes,
      decisionsBefore: index,
    })),
  ];
  const allNotes = placed.flatMap((place) => place.notes.map((note) => note.id));
  for (const id of duplicates(allNotes)) problems.push(`chapter ${chapter.id}: duplicate note "${id}"`);
  for (const { where, notes, decisionsBefore } of placed) {
    for (const note of notes) {
      for (const condition of note.when) {
        if ('meter' in condition && !meters.has(condition.meter))
          problems.push(`${where} note ${note.id}: unknown meter "${condition.meter}"`);
        if (condition.kind !== 'chose') continue;
        const earlierDecisions = chapter.decisions.slice(0, decisionsBefore).map((d) => d.id);
        const earlier =
          condition.chapter === chapter.id
            ? earlierDecisions.includes(condition.decision)
            : scenario.chapters.indexOf(condition.chapter) >= 0 &&
              scenario.chapters.indexOf(condition.chapter) < chapterIndex;
        if (!earlier)
          problems.push(
            `${where} note ${note.id}: "chose" names ${condition.chapter}/${condition.decision}, which is not an earlier decision`,
          );
      }
    }
  }
  return problems;
}

function notesOf(chapter: Chapter): Note[] {
  return [...chapter.briefing.notes, ...chapter.decisions.flatMap((decision) => decision.notes)];
}

/** Every `chose` condition in notes names a decision and option that exist (across all chapters). */
export function checkChoiceReferences(chapters: readonly Chapter[]): string[] {
  const byId = new Map(chapters.map((chapter) => [chapter.id, chapter]));
  const problems: string[] = [];
  for (const chapter of chapters) {
    for (const note of notesOf(chapter)) {
      for (const condition of note.when) {
        if (condition.kind !== 'chose') continue;
        const decision = byId.get(condition.chapter)?.decisions.find((d) => d.id === condition.decision);
        if (!decision?.options.some((option) => option.id === condition.option))
          problems.push(
            `chapter ${chapter.id} note ${note.id}: "chose" names ${condition.chapter}/${condition.decision}/${condition.option}, which does not exist`,
          );
      }
    }
  }
  return problems;
}

const flagsNamedBy = (conditions: readonly NoteCondition[]): string[] =>
  conditions.flatMap((condition) =>
    condition.kind === 'flag' || condition.kind === 'notFlag' ? [condition.flag] : [],
  );

/**
 * Every flag an option sets that nothing reads: no rule, ending or note condition (a chapter's or the epilogue's)
 * names it (as `flag` or `notFlag`), and it is not among `reportFlags`, the flags the report's lines read. One
 * problem per option that sets such a flag.
 */
export function checkUnreadFlags(
  scenario: Scenario,
  chapters: readonly Chapter[],
  endings: readonly Ending[],
  epilogue: Pick<Epilogue, 'notes'>,
  reportFlags: readonly string[] = [],
): string[] {
  const read = new Set([
    ...scenario.rules.flatMap((rule) => flagsNamedBy(rule.when)),
    ...endings.flatMap((ending) => flagsNamedBy(ending.when)),
    ...chapters.flatMap((chapter) => notesOf(chapter).flatMap((note) => flagsNamedBy(note.when))),
    ...epilogue.notes.flatMap((note) => flagsNamedBy(note.when)),
    ...reportFlags,
  ]);
  return chapters.flatMap((chapter) =>
    chapter.decisions.flatMap((decision) =>
      decision.options.flatMap((option) =>
        option.sets
          .filter((flag) => !read.has(flag))
          .map(
            (flag) =>
              `chapter ${chapter.id} decision ${decision.id} option ${option.id}: sets flag "${flag}", which nothing reads`,
          ),
      ),
    ),
  );
}

export function checkKeys(content: unknown, where: string, hasKey: (key: string) => boolean): string[] {
  return [...new Set(keysIn(content))]
    .filter((key) => !hasKey(key))
    .map((key) => `${where}: missing text for "${key}"`);
}

/** Record ids, source ids, places and meters named anywhere in a content file, checked against the index. */
export function checkReferences(
  content: unknown,
  where: string,
  scenario: Scenario,
  record: RecordFile,
): string[] {
  const problems = new Set<string>();
  const meters = new Set(scenario.meters.map((m) => m.id));
  const places = new Set(scenario.places.map((p) => p.id));
  const entries = new Set(record.entries.map((e) => e.id));
  const sources = new Set(record.sources.map((s) => s.id));
  const walk = (value: unknown, key: string): void => {
    if (Array.isArray(value)) {
      for (const item of value) {
        if (typeof item !== 'string') walk(item, key);
        else if (key === 'records' && !entries.has(item))
          problems.add(`${where}: cites record ${item}, which the record does not have`);
        else if (key === 'sources' && !sources.has(item)) problems.add(`${where}: unknown source "${item}"`);
        else if (key === 'places' && !places.has(item)) problems.add(`${where}: unknown place "${item}"`);
        else if ((key === 'over' || key === 'meters') && !meters.has(item))
          problems.add(`${where}: unknown meter "${item}"`);
      }
    } else if (typeof value === 'object' && value !== null) {
      for (const [field, inner] of Object.entries(value)) {
        if (field === 'source' && typeof inner === 'string' && !sources.has(inner))
          problems.add(`${where}: unknown source "${inner}"`);
        if (field === 'meter' && typeof inner === 'string' && !meters.has(inner))
          problems.add(`${where}: unknown meter "${inner}"`);
        walk(inner, field);
      }
    }
  };
  walk(content, '');
  return [...problems];
}
