import { z } from '../content/zod';
import type { Campaign, GameState } from '../engine/types';
import { err, ok, type Result } from '../lib/result';

export const RESULT_FORMAT = 'crossroads-result';
export const RESULT_VERSION = 1;

const Score = z.object({
  trueRight: z.number().int().min(0),
  trueTotal: z.number().int().min(0),
  falseRight: z.number().int().min(0),
  falseTotal: z.number().int().min(0),
  balanced: z.number().int().min(0).max(100),
});

export const ResultFile = z.object({
  format: z.literal(RESULT_FORMAT),
  version: z.literal(RESULT_VERSION),
  scenario: z.object({ id: z.string().min(1), version: z.number().int().min(1) }),
  /** A label the teacher or student typed, e.g. "Group 3"; never a name the game asks for. */
  group: z.string().max(60),
  mode: z.enum(['solo', 'class']),
  seed: z.number().int().min(0),
  plan: z.array(z.string().min(1)).max(50),
  decisions: z
    .array(
      z.object({
        chapter: z.string().min(1),
        decision: z.string().min(1),
        option: z.string().min(1),
        historical: z.string().min(1),
        votes: z.array(z.number().int().min(0)).max(4).optional(),
      }),
    )
    .max(100),
  meters: z.record(z.string(), z.number().int().min(0).max(100)),
  ending: z.string().nullable(),
  checks: z.object({ before: Score.optional(), after: Score.optional() }),
});
export type ResultFile = z.infer<typeof ResultFile>;
export type CheckScoreRecord = z.infer<typeof Score>;

export interface ResultInput {
  state: GameState;
  campaign: Campaign;
  group: string;
  mode: 'solo' | 'class';
  ending: string | null;
  checks: ResultFile['checks'];
}

/** A run as a results file: choices, class votes and check scores; no personal data. */
export function buildResult(input: ResultInput): ResultFile {
  const { state, campaign } = input;
  return {
    format: RESULT_FORMAT,
    version: RESULT_VERSION,
    scenario: { id: campaign.scenario.id, version: campaign.scenario.version },
    group: input.group.trim().slice(0, 60),
    mode: input.mode,
    seed: state.seed,
    plan: [...state.plan],
    decisions: state.history.map((choice) => {
      const decision = campaign.chapters[choice.chapter]?.decisions.find((d) => d.id === choice.decision);
      const votes = state.votes[`${choice.chapter}/${choice.decision}`];
      return { ...choice, historical: decision?.historical ?? '', ...(votes ? { votes } : {}) };
    }),
    meters: { ...state.meters },
    ending: input.ending,
    checks: input.checks,
  };
}

export type ResultFileError =
  | { kind: 'not-json' }
  | { kind: 'spreadsheet' }
  | { kind: 'not-a-result' }
  | { kind: 'too-new'; version: number }
  | { kind: 'other-scenario'; scenario: string }
  | { kind: 'damaged'; detail: string };

/** A CSV copy of a run: its first line is a row of at least six comma-separated headings, in any language. */
function looksLikeSpreadsheet(text: string): boolean {
  const firstLine =
    text
      .replace(/^\uFEFF/, '')
      .trimStart()
      .split(/\r?\n/, 1)[0] ?? '';
  return !firstLine.startsWith('{') && firstLine.split(',').length >= 6;
}

/** Reads a results file; never throws. */
export function parseResultFile(text: string, scenarioId: string): Result<ResultFile, ResultFileError> {
  let data: unknown;
  try {
    data = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch {
    // The spreadsheet copy of a run cannot be read back: say which file to open instead.
    return err({ kind: looksLikeSpreadsheet(text) ? 'spreadsheet' : 'not-json' });
  }
  if (typeof data !== 'object' || data === null || (data as { format?: unknown }).format !== RESULT_FORMAT)
    return err({ kind: 'not-a-result' });
  const version = (data as { version?: unknown }).version;
  if (typeof version === 'number' && version > RESULT_VERSION) return err({ kind: 'too-new', version });
  const parsed = ResultFile.safeParse(data);
  if (!parsed.success) return err({ kind: 'damaged', detail: z.prettifyError(parsed.error) });
  if (parsed.data.scenario.id !== scenarioId)
    return err({ kind: 'other-scenario', scenario: parsed.data.scenario.id });
  return ok(parsed.data);
}
