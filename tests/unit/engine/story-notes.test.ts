/**
 * Property tests of the real content's run-dependent notes (issue 9: "the story remembers"): runs that choose
 * differently read different notes from chapter 2 on, and every note is read on some path.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { applyChoice, newRun, notesFor, type Campaign } from '../../../src/engine';
import { chapterFiles, loadChapter, loadScenario } from '../content/load-real-content';
import { pathArbitrary, planDecisions, runOfPath, type Path } from './model-properties';

const scenario = loadScenario();
const campaign: Campaign = {
  scenario,
  chapters: Object.fromEntries(
    chapterFiles().map((file) => [file.replace(/\.json$/, ''), loadChapter(file)]),
  ),
};
const plan = scenario.chapters;
/** Chapters 2–8: the ones with something to remember. */
const later = plan.filter((id) => campaign.chapters[id]!.number >= 2);

/**
 * The notes a path reads, by chapter, as `place/id`: a briefing's notes for the state at the chapter's start, a
 * decision's for the state just before it is chosen — what the briefing and decision screens show.
 */
function notesRead(path: Path, runPlan: readonly string[] = plan): Record<string, string[]> {
  const read: Record<string, string[]> = Object.fromEntries(runPlan.map((id) => [id, []]));
  let state = newRun(campaign, path.seed, runPlan);
  for (const option of runOfPath(campaign, runPlan, path).choices) {
    const chapter = campaign.chapters[state.plan[state.position.chapter]!]!;
    const decision = chapter.decisions[state.position.decision]!;
    const shown = read[chapter.id]!;
    if (state.position.decision === 0)
      shown.push(...notesFor(chapter.briefing.notes, state, campaign).map((note) => `briefing/${note.id}`));
    shown.push(...notesFor(decision.notes, state, campaign).map((note) => `${decision.id}/${note.id}`));
    const outcome = applyChoice(state, campaign, option);
    if (!outcome.ok) throw new Error(`choice ${option} refused: ${outcome.error.kind}`);
    state = outcome.value.state;
  }
  return read;
}

/** The chapters of 2–8 whose notes differ between two runs. */
function chaptersThatDiffer(a: Record<string, string[]>, b: Record<string, string[]>): string[] {
  return later.filter((id) => (a[id] ?? []).join() !== (b[id] ?? []).join());
}

/** The index of the first option of each decision that carries `tag` (else `fallback`, else the first). */
function picksByTag(tag: string, fallback: string): number[] {
  return planDecisions(campaign, plan).map((decision) => {
    const index = decision.options.findIndex((option) => option.tags.includes(tag));
    const second = decision.options.findIndex((option) => option.tags.includes(fallback));
    return index >= 0 ? index : Math.max(second, 0);
  });
}

const allNotes = later.flatMap((id) => {
  const chapter = campaign.chapters[id]!;
  return [
    ...chapter.briefing.notes.map((note) => `${id}:briefing/${note.id}`),
    ...chapter.decisions.flatMap((decision) =>
      decision.notes.map((note) => `${id}:${decision.id}/${note.id}`),
    ),
  ];
});

describe('the story remembers: notes that depend on the run', () => {
  const paths = pathArbitrary(campaign, plan);

  it('runs that choose differently read different notes in at least four of chapters 2–8, nearly always', () => {
    const pairs = fc.sample(
      fc.tuple(paths, paths).filter(([a, b]) => a.picks.join() !== b.picks.join()),
      { seed: 21, numRuns: 400 },
    );
    const differing = pairs.map(([a, b]) => chaptersThatDiffer(notesRead(a), notesRead(b)).length);
    expect(differing.some((count) => count >= 4)).toBe(true);
    expect(differing.filter((count) => count >= 4).length / pairs.length).toBeGreaterThanOrEqual(0.8);
  });

  it('a run that conciliates throughout and one that confronts throughout read different notes in every chapter from 2', () => {
    const seed = 5;
    const conciliating = notesRead({ seed, picks: picksByTag('conciliate', 'wait') });
    const confronting = notesRead({ seed, picks: picksByTag('confront', 'wait') });
    expect(chaptersThatDiffer(conciliating, confronting)).toEqual(later);
  });

  it('whatever else a run chooses, accepting or blaming Russia over the crash changes the notes of chapter 2', () => {
    const firstDecision = planDecisions(campaign, plan).findIndex((decision) =>
      decision.options.some((option) => option.id === 'accept'),
    );
    const optionIndex = (id: string) =>
      planDecisions(campaign, plan)[firstDecision]!.options.findIndex((option) => option.id === id);
    fc.assert(
      fc.property(paths, (path) => {
        const withPick = (pick: number) => ({
          ...path,
          picks: path.picks.map((p, i) => (i === firstDecision ? pick : p)),
        });
        const accepted = notesRead(withPick(optionIndex('accept')));
        const accused = notesRead(withPick(optionIndex('accuse')));
        expect(accepted.ch02).toContain('briefing/moscow-accepted-account');
        expect(accused.ch02).not.toContain('briefing/moscow-accepted-account');
        expect(accepted.ch02).not.toEqual(accused.ch02);
      }),
      { seed: 4, numRuns: 100 },
    );
  });

  it('every note is read on some path', () => {
    const seen = new Set<string>();
    const note = (path: Path) => {
      for (const [chapter, ids] of Object.entries(notesRead(path)))
        for (const id of ids) seen.add(`${chapter}:${id}`);
    };
    fc.sample(paths, { seed: 8, numRuns: 2000 }).forEach(note);
    // A note that hangs on a rarer state gets a longer search before it counts as unreachable.
    if (allNotes.some((id) => !seen.has(id))) fc.sample(paths, { seed: 9, numRuns: 20000 }).forEach(note);
    expect(allNotes.filter((id) => !seen.has(id))).toEqual([]);
    expect(allNotes.length).toBeGreaterThanOrEqual(later.length * 2);
  });

  it('a shorter lesson plan still reads notes in every later chapter it plays', () => {
    for (const lesson of [
      ['ch01', 'ch04', 'ch08'],
      ['ch00', 'ch01', 'ch02', 'ch04', 'ch05', 'ch07', 'ch08'],
    ]) {
      const seen = new Set<string>();
      for (const path of fc.sample(pathArbitrary(campaign, lesson), { seed: 3, numRuns: 300 })) {
        for (const [chapter, ids] of Object.entries(notesRead(path, lesson)))
          if (ids.length) seen.add(chapter);
      }
      expect([...seen].sort(), lesson.join()).toEqual(lesson.filter((id) => later.includes(id)));
    }
  });
});
