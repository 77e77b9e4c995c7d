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
  type RunRecord,
  type CheckPhase,
  type ChoiceError,
  type ChoiceOutcome,
  type GameState,
  type MeterChange,
  type Place,
  type ReplayError,
  type Result,
  type SaveError,
} from '../engine';
import type { KeyValueStore } from '../platform/storage';
import { EARLIER_PREFIX, keepCopy, keptAt, keptKeys, UNREADABLE_PREFIX } from './kept-saves';

export const SAVE_KEY = 'crossroads.save';
/** Which screen of the last choice's aftermath the player was reading, so a reload returns to it. */
export const REVIEW_KEY = 'crossroads.save.review';
/** The run a "what if" branched from, kept to set beside the new ending. */
export const COMPARISON_KEY = 'crossroads.comparison';

export type RestoreError =
  | SaveError
  | { kind: 'unplayable'; detail: ReplayError }
  | { kind: 'content'; errors: ContentError[] }
  /** The chapters could not be downloaded: the save is fine and kept, and Continue can be tried again. */
  | { kind: 'offline'; errors: ContentError[] };

/** The screens after a choice that show its results; a reload returns to the one the player was reading. */
export type ReviewScreen = 'Consequences' | 'Debrief';

/** A run a new game (or a code, or a class's run) replaced, kept so that it can be restored from the title. */
export interface EarlierRun {
  key: string;
  keptAt: Date;
  choices: number;
  chapters: number;
}

export type SavedRunStatus =
  | { kind: 'none' }
  /**
   * `progress`: the run has choices or answers to lose (a run just started has none). `offline`: the last try to
   * resume it could not download the chapters; the save is fine.
   */
  | { kind: 'ready'; progress: boolean; offline?: boolean }
  | { kind: 'unreadable'; error: SaveError };

/** What a listener hears after the session changes the run: the run now, and the meter changes of a choice. */
export interface SessionChange {
  state: GameState | null;
  /** Empty unless a choice was just played. */
  changes: MeterChange[];
}

export type SessionListener = (change: SessionChange) => void;

/** Whether a saved run has anything to lose: a choice made, or answers to the knowledge check. */
function hasProgress({ choices, checks }: RunRecord): boolean {
  return choices.length > 0 || Boolean(checks?.before) || Boolean(checks?.after);
}

/** The run in progress: calls the engine, keeps its outcomes for the screens, and autosaves. */
export class Session {
  private current: GameState | null = null;
  private outcomes: ChoiceOutcome[] = [];
  /** Set while the run in memory is not the one in the store: what is stored is kept before it is overwritten. */
  private replacing = false;
  private review: ReviewScreen | null = null;
  private readonly listeners = new Set<SessionListener>();

  /** `onSaved` hears whether each autosave reached the browser's storage. */
  constructor(
    readonly catalog: ContentCatalog,
    private readonly store: KeyValueStore,
    private readonly onSaved: (saved: boolean) => void = () => {},
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

  /** Calls `listener` after every change the session makes to the run; returns a function that stops it. */
  subscribe(listener: SessionListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  async start(seed: number, plan?: readonly string[]): Promise<Result<GameState, ContentError[]>> {
    const chapters = plan ?? this.catalog.scenario.chapters;
    const loaded = await this.catalog.loadChapters(chapters.slice(0, 1));
    if (!loaded.ok) return loaded;
    this.current = newRun(loaded.value, seed, chapters);
    this.outcomes = [];
    this.replacing = true;
    this.review = null;
    this.clearComparison();
    this.persist();
    this.publish();
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
    this.review = null;
    this.persist();
    this.publish();
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

  /** Whether a typed code is a resume code of this game, found without restoring it. */
  checkResumeCode(typed: string): Result<unknown, ResumeCodeError> {
    return verifyResumeCode(this.catalog.scenario, typed);
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
    if (!steps.ok) return err({ kind: 'unplayable', version: verified.value.version });
    this.outcomes = steps.value.steps;
    this.current = this.lastOutcome?.state ?? steps.value.start;
    this.replacing = true;
    this.review = null;
    this.persist();
    this.publish();
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
    this.review = 'Consequences';
    this.persist();
    this.publish(outcome.value.changes);
    return outcome;
  }

  savedRunStatus(): SavedRunStatus {
    const text = this.store.get(SAVE_KEY);
    if (text === null) return { kind: 'none' };
    const decoded = decodeSave(text, this.catalog.scenario);
    if (!decoded.ok) return { kind: 'unreadable', error: decoded.error };
    return { kind: 'ready', progress: hasProgress(decoded.value) };
  }

  /**
   * Restores the autosaved run by replaying it. When the chapters cannot be downloaded the save stays as it is, to
   * try again; a save that cannot be played is set aside under a key of its own, so nothing can overwrite it.
   */
  async resume(): Promise<Result<GameState, RestoreError>> {
    const decoded = decodeSave(this.store.get(SAVE_KEY), this.catalog.scenario);
    if (!decoded.ok) return decoded;
    const loaded = await this.catalog.loadChapters(decoded.value.plan);
    if (!loaded.ok) {
      if (loaded.error.length && loaded.error.every((error) => error.unreachable))
        return err({ kind: 'offline', errors: loaded.error });
      this.setAsideSave();
      return err({ kind: 'content', errors: loaded.error });
    }
    const steps = replaySteps(loaded.value, decoded.value);
    if (!steps.ok) {
      this.setAsideSave();
      return err({ kind: 'unplayable', detail: steps.error });
    }
    this.outcomes = steps.value.steps;
    this.current = this.lastOutcome?.state ?? steps.value.start;
    this.replacing = false;
    this.review = this.storedReview(decoded.value.seed, decoded.value.choices.length);
    this.publish();
    return ok(this.current);
  }

  /** The screen of the last choice's aftermath the player had not left when the run was saved, if any. */
  get pendingReview(): ReviewScreen | null {
    return this.review;
  }

  /** Notes which screen of the last choice's aftermath is showing (null once the player moves on). */
  reviewing(screen: ReviewScreen | null): void {
    if (this.review === screen) return;
    this.review = screen;
    if (!this.replacing) this.saveReview();
  }

  /** The runs kept from being replaced, newest first, that can still be read. */
  earlierRuns(): EarlierRun[] {
    return keptKeys(this.store, EARLIER_PREFIX)
      .reverse()
      .flatMap((key) => {
        const decoded = decodeSave(this.store.get(key), this.catalog.scenario);
        if (!decoded.ok) return [];
        const { choices, plan } = decoded.value;
        return [{ key, keptAt: keptAt(key, EARLIER_PREFIX), choices: choices.length, chapters: plan.length }];
      });
  }

  /**
   * Makes an earlier run the saved one, keeping the saved run among the earlier ones in its place; Continue then
   * resumes it. False when the browser refused to store either, and then nothing has changed.
   */
  restoreEarlier(key: string): boolean {
    const text = key.startsWith(EARLIER_PREFIX) ? this.store.get(key) : null;
    if (text === null) return false;
    // Its own place is freed first, so that keeping the saved run cannot push it past the limit.
    this.store.remove(key);
    if (!this.keepWhatIsSaved() || !this.store.set(SAVE_KEY, text)) {
      this.store.set(key, text);
      return false;
    }
    this.store.remove(REVIEW_KEY);
    this.current = null;
    this.outcomes = [];
    this.review = null;
    this.publish();
    return true;
  }

  /** Keeps the player's knowledge-check answers with the run, and saves them. */
  recordCheck(phase: CheckPhase, answers: Readonly<Record<string, boolean>>): void {
    if (!this.current) return;
    this.current = recordCheck(this.current, phase, answers);
    this.persist();
    this.publish();
  }

  get canSave(): boolean {
    return this.store.available;
  }

  private publish(changes: MeterChange[] = []): void {
    const change = { state: this.current, changes };
    for (const listener of [...this.listeners]) listener(change);
  }

  /** Moves a save that cannot be played out of the way, kept under a key of its own. */
  private setAsideSave(): void {
    const text = this.store.get(SAVE_KEY);
    if (text !== null && !keepCopy(this.store, UNREADABLE_PREFIX, text)) return;
    this.store.remove(SAVE_KEY);
    this.store.remove(REVIEW_KEY);
  }

  /**
   * Before another run is written over the saved one, keeps a copy of it: among the earlier runs when it can be
   * read, among the unreadable saves when it cannot. A run with no choice yet has nothing to lose. False when the
   * browser refused the copy, and then the saved run must stay where it is.
   */
  private keepWhatIsSaved(): boolean {
    const text = this.store.get(SAVE_KEY);
    if (text === null) return true;
    const decoded = decodeSave(text, this.catalog.scenario);
    if (!decoded.ok) return keepCopy(this.store, UNREADABLE_PREFIX, text);
    return hasProgress(decoded.value) ? keepCopy(this.store, EARLIER_PREFIX, text) : true;
  }

  private storedReview(seed: number, choices: number): ReviewScreen | null {
    try {
      const stored = JSON.parse(this.store.get(REVIEW_KEY) ?? 'null') as unknown;
      if (typeof stored !== 'object' || stored === null) return null;
      const review = stored as { screen?: unknown; seed?: unknown; choices?: unknown };
      const fits = review.seed === seed && review.choices === choices && choices > 0;
      return fits && (review.screen === 'Consequences' || review.screen === 'Debrief') ? review.screen : null;
    } catch {
      return null;
    }
  }

  private saveReview(): void {
    if (!this.current || !this.review) {
      this.store.remove(REVIEW_KEY);
      return;
    }
    const { seed, history } = this.current;
    this.store.set(REVIEW_KEY, JSON.stringify({ screen: this.review, seed, choices: history.length }));
  }

  /** Autosaves the run; a run that replaces another first keeps a copy of it, and is not saved if it cannot. */
  private persist(): void {
    if (!this.current) return;
    if (this.replacing) {
      if (!this.keepWhatIsSaved()) {
        this.onSaved(false);
        return;
      }
      this.replacing = false;
    }
    const saved = this.store.set(SAVE_KEY, encodeSave(this.current, this.catalog.scenario));
    if (saved) this.saveReview();
    this.onSaved(saved);
  }
}
