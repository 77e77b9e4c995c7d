import {
  APPROACHES,
  type Approach,
  type ApproachProfile,
  type MeterChange,
  type TurningPoint,
} from '../engine';
import type { Translate } from '../i18n/keys';
import { formatSigned } from './format';

/** A probability as "about N in 10", kept within 1–9 so that neither "0 in 10" nor "10 in 10" is ever said. */
export function chanceInTen(probability: number): number {
  return Math.min(9, Math.max(1, Math.round(probability * 10)));
}

/**
 * A meter change as the player reads it: "West +8: the reason", then what it needs said beside it. An uncertain
 * effect says its chance and whether it happened this time; one that did not happen says what it would have done,
 * so its reason reads as the chance it was. A sure effect that moved nothing says the meter is at its limit.
 */
export function describeChange(
  change: MeterChange,
  meterName: string,
  t: Translate,
  language: string,
): string {
  const reason = t(change.reason);
  if (change.chance && !change.chance.happened)
    return t('consequences.chance.missed', {
      meter: meterName,
      n: chanceInTen(change.chance.probability),
      planned: formatSigned(change.chance.planned, language),
      reason,
    });
  const line = t('consequences.change', {
    meter: meterName,
    delta: formatSigned(change.delta, language),
    reason,
  });
  const atLimit = change.delta === 0 ? t('consequences.clamped') : '';
  const chance = change.chance
    ? t('consequences.chance.happened', { n: chanceInTen(change.chance.probability) })
    : '';
  return [line, chance, atLimit].filter(Boolean).join(' ');
}

export interface TurningDecision {
  /** Index of the choice in the run. */
  index: number;
  chapter: string;
  decision: string;
  chosen: string;
  /** Each other option that alone changes the ending, with the id of the ending it leads to. */
  alternatives: { option: string; ending: string }[];
}

/** Turning points gathered by decision, in the run's order. */
export function turningDecisions(points: readonly TurningPoint[]): TurningDecision[] {
  const byIndex = new Map<number, TurningDecision>();
  for (const point of points) {
    const entry = byIndex.get(point.index) ?? {
      index: point.index,
      chapter: point.chapter,
      decision: point.decision,
      chosen: point.chosen,
      alternatives: [],
    };
    entry.alternatives.push({ option: point.alternative, ending: point.ending });
    byIndex.set(point.index, entry);
  }
  return [...byIndex.values()].sort((a, b) => a.index - b.index);
}

export interface ApproachCell {
  count: number;
  total: number;
  /** Whole per cent of the path's choices. */
  share: number;
}

export interface ApproachRow {
  approach: Approach | 'other';
  run: ApproachCell;
  real: ApproachCell;
}

const cell = (count: number, total: number): ApproachCell => ({
  count,
  total,
  share: total === 0 ? 0 : Math.round((count / total) * 100),
});

/**
 * The rows of the approach table: confront, wait, conciliate, then the choices that carry none of the three when
 * either path has any. Each column adds up to its number of choices while no option carries two approaches (none
 * in the content does; one that did would count in both rows, as `approachProfile` counts it).
 */
export function approachRows(run: ApproachProfile, real: ApproachProfile): ApproachRow[] {
  const rows: ApproachRow[] = APPROACHES.map((approach) => ({
    approach,
    run: cell(run.counts[approach], run.total),
    real: cell(real.counts[approach], real.total),
  }));
  if (run.other > 0 || real.other > 0)
    rows.push({ approach: 'other', run: cell(run.other, run.total), real: cell(real.other, real.total) });
  return rows;
}
