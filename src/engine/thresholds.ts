import type { Scenario } from '../content/schema';
import type { MeterChange } from './types';

export type ThresholdKind = 'dependence' | 'collapse';

/** A meter that a choice carried past its danger line: a power into dependence, a stake into collapse. */
export interface ThresholdCrossing {
  meter: string;
  kind: ThresholdKind;
  /** The line crossed (`thresholds.dependence` or `thresholds.collapse`). */
  line: number;
  from: number;
  to: number;
}

/**
 * The danger lines a choice's changes crossed, in the scenario's meter order. A power crosses when it was
 * below `dependence` before the choice and is at or above it after; a stake when it was above `collapse`
 * and is at or below it. A meter that went past the line and came back within the same choice has not
 * crossed it.
 */
export function thresholdCrossings(
  scenario: Pick<Scenario, 'meters' | 'thresholds'>,
  changes: readonly MeterChange[],
): ThresholdCrossing[] {
  const { dependence, collapse } = scenario.thresholds;
  const crossings: ThresholdCrossing[] = [];
  for (const meter of scenario.meters) {
    const own = changes.filter((change) => change.meter === meter.id);
    const first = own[0];
    const last = own.at(-1);
    if (!first || !last) continue;
    const { from } = first;
    const { to } = last;
    if (meter.kind === 'power' && from < dependence && to >= dependence)
      crossings.push({ meter: meter.id, kind: 'dependence', line: dependence, from, to });
    if (meter.kind === 'stake' && from > collapse && to <= collapse)
      crossings.push({ meter: meter.id, kind: 'collapse', line: collapse, from, to });
  }
  return crossings;
}
