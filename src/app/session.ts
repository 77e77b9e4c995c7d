import type { ContentCatalog } from '../content/catalog';
import type { ContentError } from '../content/parse';
import {
  applyChoice,
  currentPlace,
  decodeResumeCode,
  decodeSave,
  encodeResumeCode,
  verifyResumeCode,
  encodeSave,
  err,
  newRun,
  recordCheck,
  recordVotes,
  voteKey,
  ok,
  replaySteps,
  runRecordOf,
  type ResumeCodeError,
  type CheckPhase,
  type ChoiceError,
  type ChoiceOutcome,
  type GameState,
  type Place,
  type ReplayError,
  type Result,
  type SaveError,
} from '../engine';
import type { KeyValueStore } from '../platform/storage';

export const SAVE_KEY = 'crossroads.save';
export const DAMAGED_SAVE_KEY = 'crossroads.save.unreadable';
/** The run a "what if" branched from, kept to set beside the new ending. */
export const COMPARISON_KEY = 'crossroads.comparison';

export type RestoreError =
  SaveError | { kind: 'unplayable'; detail: ReplayError } | { kind: 'content'; errors: ContentError[] };

export type SavedRunStatus =
  { kind: 'none' } | { kind: 'ready' } | { kind: 'unreadable'; error: RestoreError };

/** The run in progress: calls the engine, keeps its outcomes for the screens, and autosaves. */
export class Session {
  private current: GameState | null = null;
  private outcomes: ChoiceOutcome[] = [];

  constructor(
    readonly catalog: ContentCatalog,
    private readonly store: KeyValueStore,
  ) {}

  get state(): GameState | null {
    return this.current;
  }

  /** The outcome of every choice so far, in order. */
  get history(): readonly ChoiceOutcome[] {
    return this.outcomes;
  }

  get lastOutcome(): ChoiceOutcome | undefined {
    return this.outcomes[this.outcomes.length - 1];
  }

  async start(seed: number, plan?: readonly string[]): Promise<Result<GameState, ContentError[]>> {
    const chapters = plan ?? this.catalog.scenario.chapters;
    const loaded = await this.catalog.loadChapters(chapters.slice(0, 1));
    if (!loaded.ok) return loaded;
    this.current = newRun(loaded.value, seed, chapters);
    this.outcomes = [];
    this.clearComparison();
    this.persist();
    return ok(this.current);
  }

  /**
   * "What if": keeps the current run for comparison and goes back to just before choice `index`,
   * so the player can choose differently there; the rest replays from the same seed.
   */
  branchAt(index: number): Result<GameState, ReplayError> {
    if (!this.current) return err({ index, cause: { kind: 'run-finished' } });
    const whole = runRecordOf(this.current);
    const branch = {
      ...whole,
      choices: whole.choices.slice(0, index),
      // The new branch reaches its own ending, so the answers after the campaign are asked again.
      checks: whole.checks?.before ? { before: whole.checks.before } : {},
    };
    const steps = replaySteps(this.catalog.campaign(), branch);
    if (!steps.ok) return steps;
    this.store.set(COMPARISON_KEY, encodeSave(this.current, this.catalog.scenario));
    this.outcomes = steps.value.steps;
    this.current = this.lastOutcome?.state ?? steps.value.start;
    this.persist();
    return ok(this.current);
  }

  /** The run this one branched from, replayed, when it shares this run's seed and chapters. */
  comparison(): GameState | null {
    const decoded = decodeSave(this.store.get(COMPARISON_KEY), this.catalog.scenario);
    if (!decoded.ok || !this.current) return null;
    const run = decoded.value;
    if (run.seed !== this.current.seed || run.plan.join() !== this.current.plan.join()) return null;
    const steps = replaySteps(this.catalog.campaign(), run);
    if (!steps.ok) return null;
    return steps.value.steps.at(-1)?.state ?? steps.value.start;
  }

  clearComparison(): void {
    this.store.remove(COMPARISON_KEY);
  }

  /** The run as a resume code, or null when it has none (see encodeResumeCode). */
  resumeCode(): string | null {
    if (!this.current) return null;
    return encodeResumeCode(this.catalog.campaign(), runRecordOf(this.current));
  }

  /** Restores a run from a resume code typed by the player; the current run is replaced only on success. */
  async restoreFromCode(typed: string): Promise<Result<GameState, ResumeCodeError | { kind: 'content' }>> {
    const verified = verifyResumeCode(this.catalog.scenario, typed);
    if (!verified.ok) return verified;
    const loaded = await this.catalog.loadChapters(this.catalog.scenario.chapters);
    if (!loaded.ok) return err({ kind: 'content' });
    const decoded = decodeResumeCode(loaded.value, typed);
    if (!decoded.ok) return decoded;
    const steps = replaySteps(loaded.value, decoded.value);
    if (!steps.ok) return err({ kind: 'unplayable' });
    this.outcomes = steps.value.steps;
    this.current = this.lastOutcome?.state ?? steps.value.start;
    this.persist();
    return ok(this.current);
  }

  /** Loads the chapter the run has reached, if it is not loaded yet. */
  async place(): Promise<Result<Place, ContentError[]>> {
    if (!this.current) return ok({ kind: 'finished' });
    let place = currentPlace(this.current, this.catalog.campaign());
    if (place.kind === 'not-loaded') {
      const loaded = await this.catalog.loadChapters([place.chapterId]);
      if (!loaded.ok) return loaded;
      place = currentPlace(this.current, loaded.value);
    }
    return ok(place);
  }

  /** Plays an option; in class mode `votes` keeps the class's count per option with the run. */
  choose(optionId: string, votes?: readonly number[]): Result<ChoiceOutcome, ChoiceError> {
    if (!this.current) return err({ kind: 'run-finished' });
    const place = currentPlace(this.current, this.catalog.campaign());
    const before =
      votes && place.kind === 'decision'
        ? recordVotes(this.current, voteKey(place.chapter.id, place.decision.id), votes)
        : this.current;
    const outcome = applyChoice(before, this.catalog.campaign(), optionId);
    if (!outcome.ok) return outcome;
    this.current = outcome.value.state;
    this.outcomes = [...this.outcomes, outcome.value];
    this.persist();
    return outcome;
  }

  savedRunStatus(): SavedRunStatus {
    const text = this.store.get(SAVE_KEY);
    if (text === null) return { kind: 'none' };
    const decoded = decodeSave(text, this.catalog.scenario);
    return decoded.ok ? { kind: 'ready' } : { kind: 'unreadable', error: decoded.error };
  }

  /** Restores the autosaved run by replaying it. On failure the save stays where it was. */
  async resume(): Promise<Result<GameState, RestoreError>> {
    const decoded = decodeSave(this.store.get(SAVE_KEY), this.catalog.scenario);
    if (!decoded.ok) return decoded;
    const loaded = await this.catalog.loadChapters(decoded.value.plan);
    if (!loaded.ok) return err({ kind: 'content', errors: loaded.error });
    const steps = replaySteps(loaded.value, decoded.value);
    if (!steps.ok) return err({ kind: 'unplayable', detail: steps.error });
    this.outcomes = steps.value.steps;
    this.current = this.lastOutcome?.state ?? steps.value.start;
    return ok(this.current);
  }

  /** Keeps the player's knowledge-check answers with the run, and saves them. */
  recordCheck(phase: CheckPhase, answers: Readonly<Record<string, boolean>>): void {
    if (!this.current) return;
    this.current = recordCheck(this.current, phase, answers);
    this.persist();
  }

  /** Keeps an unreadable save under another key, so starting afresh loses nothing. */
  setAsideUnreadableSave(): void {
    const text = this.store.get(SAVE_KEY);
    if (text !== null) this.store.set(DAMAGED_SAVE_KEY, text);
    this.store.remove(SAVE_KEY);
  }

  get canSave(): boolean {
    return this.store.available;
  }

  private persist(): void {
    if (this.current) this.store.set(SAVE_KEY, encodeSave(this.current, this.catalog.scenario));
  }
}
