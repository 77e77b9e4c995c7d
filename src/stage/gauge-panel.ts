import type Phaser from 'phaser';
import type { ShownConsequences } from '../engine';
import type { Scenario, TextKey } from '../content/schema';
import type { Rect } from '../lib/layout';
import { gaugeCells } from './gauge-layout';
import { MeterGauge, type GaugeTexts } from './meter-gauge';
import type { StageTextSizes } from './text-sizes';

/** The meters' gauges in a grid: their values, and a choice's changes and stamps on them. */
export class GaugePanel {
  private readonly gauges = new Map<string, MeterGauge>();

  constructor(
    scene: Phaser.Scene,
    scenario: Scenario,
    private readonly textsFor: (nameKey: TextKey) => GaugeTexts,
  ) {
    for (const meter of scenario.meters) {
      const threshold =
        meter.kind === 'power' ? scenario.thresholds.dependence : scenario.thresholds.collapse;
      this.gauges.set(meter.id, new MeterGauge(scene, meter, threshold, meter.start, textsFor(meter.name)));
    }
  }

  /** Every gauge's bar first, then the gauges' images and texts: two batches for WebGL to draw. */
  objects(): Phaser.GameObjects.Container[] {
    const gauges = [...this.gauges.values()];
    return [...gauges.map((gauge) => gauge.shapes), ...gauges];
  }

  entries(): [string, MeterGauge][] {
    return [...this.gauges];
  }

  retranslate(): void {
    for (const gauge of this.gauges.values()) gauge.setTexts(this.textsFor(gauge.meter.name));
  }

  /** Lays the gauges out row by row in the area, `columns` to a row. */
  layout(area: Rect, columns: number, fonts: StageTextSizes): void {
    const cells = gaugeCells(area, this.gauges.size, columns);
    [...this.gauges.values()].forEach((gauge, i) => {
      const cell = cells[i];
      if (!cell) return;
      gauge.setPosition(cell.x, cell.y);
      gauge.layout(cell.width, cell.height, fonts);
    });
  }

  showValues(meters: Record<string, number>, animate: boolean): void {
    for (const [id, gauge] of this.gauges) gauge.showValue(meters[id] ?? 0, animate);
  }

  /** A choice's changes and threshold stamps, or none. */
  showConsequences(shown: ShownConsequences | null, animate: boolean): void {
    for (const [id, gauge] of this.gauges) {
      gauge.showDelta(shown?.deltas.find((entry) => entry.meter === id)?.delta ?? 0, animate);
      gauge.showStamp(shown?.crossings.find((crossing) => crossing.meter === id)?.kind ?? null, animate);
    }
  }
}
