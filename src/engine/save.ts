import { z } from '../content/zod';
import type { Scenario } from '../content/schema';
import { err, ok, type Result } from '../lib/result';
import type { GameState, RunRecord } from './types';

export const SAVE_FORMAT = 'crossroads-save';
/** Version 2 added the chapter plan (a teacher may pick chapters); version 1 always played every chapter. */
export const SAVE_VERSION = 2;
export const OLDEST_READABLE_SAVE_VERSION = 1;

const seed = z.number().int().min(0).max(0xffffffff);
const optionIds = z.array(z.string().min(1)).max(200);

const SaveV1 = z.object({
  format: z.literal(SAVE_FORMAT),
  version: z.literal(1),
  scenario: z.string().min(1),
  seed,
  choices: optionIds,
});

const SaveV2 = z.object({
  format: z.literal(SAVE_FORMAT),
  version: z.literal(2),
  scenario: z.object({ id: z.string().min(1), version: z.number().int().min(1) }),
  seed,
  plan: z.array(z.string().min(1)).max(50),
  choices: optionIds,
  /** Knowledge-check answers; optional, so saves without them stay version 2. */
  checks: z
    .object({
      before: z.record(z.string(), z.boolean()).optional(),
      after: z.record(z.string(), z.boolean()).optional(),
    })
    .optional(),
  /** A class's votes per decision; optional, so saves without them stay version 2. */
  votes: z.record(z.string(), z.array(z.number().int().min(0)).max(4)).optional(),
});
type SaveV2 = z.infer<typeof SaveV2>;

const migrations: Record<number, (data: unknown, scenario: Scenario) => unknown> = {
  1: (data, scenario) => {
    const v1 = SaveV1.parse(data);
    return {
      format: SAVE_FORMAT,
      version: 2,
      scenario: { id: v1.scenario, version: 1 },
      seed: v1.seed,
      plan: [...scenario.chapters],
      choices: v1.choices,
    } satisfies SaveV2;
  },
};

export type SaveError =
  | { kind: 'empty' }
  | { kind: 'not-json' }
  | { kind: 'not-a-save' }
  | { kind: 'too-new'; version: number }
  | { kind: 'too-old'; version: number }
  | { kind: 'damaged'; detail: string }
  | { kind: 'other-scenario'; scenario: string }
  | { kind: 'newer-content'; version: number };

export interface DecodedSave extends RunRecord {
  scenarioVersion: number;
}

export function encodeSave(state: GameState, scenario: Scenario): string {
  const save: SaveV2 = {
    format: SAVE_FORMAT,
    version: SAVE_VERSION,
    scenario: { id: scenario.id, version: scenario.version },
    seed: state.seed,
    plan: state.plan,
    choices: state.history.map((choice) => choice.option),
    checks: state.checks,
    votes: state.votes,
  };
  return JSON.stringify(save);
}

function parseJson(text: string): Result<unknown, SaveError> {
  try {
    return ok(JSON.parse(text) as unknown);
  } catch {
    return err({ kind: 'not-json' });
  }
}

function readVersion(data: unknown): Result<number, SaveError> {
  if (typeof data !== 'object' || data === null || (data as { format?: unknown }).format !== SAVE_FORMAT) {
    return err({ kind: 'not-a-save' });
  }
  const version = (data as { version?: unknown }).version;
  return typeof version === 'number' && Number.isInteger(version) ? ok(version) : err({ kind: 'not-a-save' });
}

/** Reads a save of any readable version, migrating it to the current one. Never throws. */
export function decodeSave(
  text: string | null | undefined,
  scenario: Scenario,
): Result<DecodedSave, SaveError> {
  if (!text || !text.trim()) return err({ kind: 'empty' });
  const parsed = parseJson(text);
  if (!parsed.ok) return parsed;
  const version = readVersion(parsed.value);
  if (!version.ok) return version;
  if (version.value > SAVE_VERSION) return err({ kind: 'too-new', version: version.value });
  if (version.value < OLDEST_READABLE_SAVE_VERSION) return err({ kind: 'too-old', version: version.value });

  let data = parsed.value;
  try {
    for (let from = version.value; from < SAVE_VERSION; from++) {
      const migrate = migrations[from];
      if (!migrate) return err({ kind: 'too-old', version: version.value });
      data = migrate(data, scenario);
    }
  } catch (problem) {
    return err({
      kind: 'damaged',
      detail: problem instanceof z.ZodError ? z.prettifyError(problem) : 'migration failed',
    });
  }

  const save = SaveV2.safeParse(data);
  if (!save.success) return err({ kind: 'damaged', detail: z.prettifyError(save.error) });
  if (save.data.scenario.id !== scenario.id)
    return err({ kind: 'other-scenario', scenario: save.data.scenario.id });
  if (save.data.scenario.version > scenario.version) {
    return err({ kind: 'newer-content', version: save.data.scenario.version });
  }
  return ok({
    seed: save.data.seed,
    plan: save.data.plan,
    choices: save.data.choices,
    checks: save.data.checks ?? {},
    votes: save.data.votes ?? {},
    scenarioVersion: save.data.scenario.version,
  });
}
