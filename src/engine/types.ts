import type { Actor, Chapter, Rule, Scenario, TextKey } from '../content/schema';

/** The scenario index plus the chapters loaded so far (later chapters load lazily). */
export interface Campaign {
  scenario: Scenario;
  chapters: Readonly<Record<string, Chapter>>;
}

export interface ChoiceMade {
  chapter: string;
  decision: string;
  option: string;
}

export interface RuleFiring {
  rule: string;
  /** Index of the choice after which the rule fired. */
  at: number;
}

/** Everything that changes during a run. Plain JSON only, so it can be saved and compared. */
export interface GameState {
  scenarioId: string;
  seed: number;
  rng: number;
  /** Chapter ids this run plays, in order. */
  plan: string[];
  meters: Record<string, number>;
  position: { chapter: number; decision: number };
  history: ChoiceMade[];
  fired: RuleFiring[];
  flags: string[];
  finished: boolean;
  /** The player's answers to the knowledge check, by statement id; not part of the model. */
  checks: Partial<Record<CheckPhase, Record<string, boolean>>>;
  /** A class's votes per decision (`ch01/d1` → a count per option); not part of the model. */
  votes: Record<string, number[]>;
}

export type CheckPhase = 'before' | 'after';

export type ChangeCause = { kind: 'option'; option: string } | { kind: 'rule'; rule: string; actor: Actor };

export interface MeterChange {
  meter: string;
  /** The change actually applied, after keeping the meter within 0–100. */
  delta: number;
  from: number;
  to: number;
  /** Translation key of the reason the player reads. */
  reason: TextKey;
  cause: ChangeCause;
  /** Present for an uncertain effect: whether it happened this time (when not, `delta` is 0). */
  chance?: ChanceDraw;
}

export interface ChanceDraw {
  /** The effect's probability, 0.05–0.95. */
  probability: number;
  happened: boolean;
  /** The effect's nominal delta, before spread and clamping: what it would have done, or aimed to. */
  planned: number;
}

export interface Reaction {
  actor: Actor;
  /** Translation key of what the modelled actor does. */
  text: TextKey;
  kind: Rule['kind'] | 'option';
  rule?: string;
}

export interface ChoiceOutcome {
  state: GameState;
  changes: MeterChange[];
  reactions: Reaction[];
}

export type ChoiceError =
  | { kind: 'run-finished' }
  | { kind: 'chapter-not-loaded'; chapter: string }
  | { kind: 'unknown-option'; option: string; decision: string }
  | { kind: 'unknown-meter'; meter: string };

/** A run is fully described by its seed, its plan and its choices. */
export interface RunRecord {
  seed: number;
  plan: string[];
  choices: string[];
  checks?: GameState['checks'];
  votes?: GameState['votes'];
}
