import Phaser from 'phaser';
import type { Meter } from '../content/schema';
import type { ThresholdKind } from '../engine';
import { emblemImage } from './stage-images';
import { FONT_SANS, STAGE, STAGE_TEXT, hexToNumber } from './palette';
import { fitGaugeName, gaugeBar, gaugeFrame, type GaugeFrame } from './gauge-layout';
import { GAUGE_NAME_MEASURE } from './text-measure';
import { stageTextSizes, type StageTextSizes } from './text-sizes';

export interface GaugeTexts {
  name: string;
  formatDelta: (delta: number) => string;
  /** The stamp for a crossed threshold, in capitals: DEPENDENCE, COLLAPSE. */
  stamp: (kind: ThresholdKind) => string;
}

const DELTA_GAP = 6;

/** How long a bar takes to run to a choice's new value (the stage's arcs keep the same pace). */
export const METER_MS = 700;

/**
 * One meter on the stage: emblem, name, number, a bar with its danger mark; after a choice, the meter's
 * change (▲ +7) beside its number and, when the choice carried it past its danger mark, a stamp under the bar.
 * Both stay until cleared, so the player can read them while reading the consequences.
 */
/** A meter's emblem at a radius, as a texture made once from its image (stage-images.ts). */
function emblemTexture(scene: Phaser.Scene, meter: Meter, r: number): string {
  const key = `emblem-${meter.id}-${r}`;
  if (!scene.textures.exists(key)) scene.textures.addCanvas(key, emblemImage(meter, r));
  return key;
}

export class MeterGauge extends Phaser.GameObjects.Container {
  /**
   * The bar, kept apart from the gauge's images and texts and moved with it: the panel draws every gauge's bar,
   * then every gauge's images and texts, so that WebGL draws the meters in two batches instead of two per gauge.
   */
  readonly shapes: Phaser.GameObjects.Container;
  private readonly emblem: Phaser.GameObjects.Image;
  private readonly bar: Phaser.GameObjects.Graphics;
  private readonly nameText: Phaser.GameObjects.Text;
  private readonly valueText: Phaser.GameObjects.Text;
  private readonly deltaText: Phaser.GameObjects.Text;
  private readonly stamp: Phaser.GameObjects.Container;
  private readonly stampBox: Phaser.GameObjects.Graphics;
  private readonly stampText: Phaser.GameObjects.Text;
  private shown: number;
  private delta = 0;
  private stampKind: ThresholdKind | null = null;
  private size = { width: 160, height: 56 };
  private fonts: StageTextSizes = stageTextSizes(false, 0);
  private tween: Phaser.Tweens.Tween | null = null;
  private deltaTween: Phaser.Tweens.Tween | null = null;
  private stampTween: Phaser.Tweens.Tween | null = null;

  constructor(
    scene: Phaser.Scene,
    readonly meter: Meter,
    private readonly threshold: number,
    value: number,
    private texts: GaugeTexts,
  ) {
    super(scene);
    this.shown = value;
    this.emblem = scene.add.image(0, 0, '__DEFAULT').setOrigin(0);
    this.bar = scene.add.graphics();
    this.shapes = scene.add.container(this.x, this.y, [this.bar]);
    // The name is written when the gauge is laid out, at the size that fits its cell.
    this.nameText = scene.add.text(0, 0, '', {
      fontFamily: FONT_SANS,
      fontSize: '15px',
      color: STAGE_TEXT.gaugeName,
    });
    this.valueText = scene.add.text(0, 0, String(value), {
      fontFamily: FONT_SANS,
      fontSize: '20px',
      fontStyle: 'bold',
      color: STAGE_TEXT.gaugeValue,
    });
    this.valueText.setOrigin(1, 0);
    this.deltaText = scene.add
      .text(0, 0, '', {
        fontFamily: FONT_SANS,
        fontSize: '18px',
        fontStyle: 'bold',
        color: STAGE_TEXT.deltaUp,
        stroke: STAGE_TEXT.outline,
        strokeThickness: 4,
      })
      .setOrigin(1, 0)
      .setVisible(false);
    this.stampBox = scene.add.graphics();
    this.stampText = scene.add
      .text(0, 0, '', {
        fontFamily: FONT_SANS,
        fontSize: '13px',
        fontStyle: 'bold',
        color: STAGE_TEXT.stamp,
      })
      .setOrigin(0.5);
    this.stamp = scene.add.container(0, 0, [this.stampBox, this.stampText]).setAngle(-4).setVisible(false);
    this.add([this.emblem, this.nameText, this.valueText, this.deltaText, this.stamp]);
    scene.add.existing(this);
  }

  override setPosition(x?: number, y?: number, z?: number, w?: number): this {
    super.setPosition(x, y, z, w);
    // Called by the base constructor too, before the bar's layer exists.
    this.shapes?.setPosition(this.x, this.y);
    return this;
  }

  setTexts(texts: GaugeTexts): void {
    this.texts = texts;
    this.writeDelta();
    this.writeStamp();
    this.layout(this.size.width, this.size.height);
  }

  layout(width: number, height: number, fonts: StageTextSizes = this.fonts): void {
    this.size = { width, height };
    this.fonts = fonts;
    const frame = gaugeFrame(width, height, fonts);
    const r = frame.emblemRadius;
    this.emblem.setTexture(emblemTexture(this.scene, this.meter, r)).setPosition(0, frame.emblemY);
    this.nameText.setPosition(frame.textX, frame.nameY);
    const onBar = frame.valueOnBar;
    this.valueText.setFontSize(frame.valueSize).setOrigin(1, onBar ? 0.5 : 0);
    const bar = this.barRect();
    this.valueText.setPosition(width - 2, onBar ? bar.y + bar.height / 2 : 1);
    this.deltaText.setFontSize(fonts.delta);
    this.placeDelta();
    const deltaRoom = this.delta === 0 ? 0 : this.deltaText.width + DELTA_GAP;
    this.fitName(width - frame.textX - (onBar ? 2 : this.valueText.width + 8) - deltaRoom, frame);
    this.stampText.setFontSize(fonts.stamp);
    this.drawStamp();
    this.drawBar();
  }

  /** The texts' sizes as drawn, in CSS pixels (for the test hook). */
  textSizes(): { name: number; value: number; nameShown: boolean; delta: number; stamp: number } {
    const px = (text: Phaser.GameObjects.Text) => parseFloat(String(text.style.fontSize));
    return {
      name: px(this.nameText),
      value: px(this.valueText),
      nameShown: this.nameText.text !== '',
      delta: px(this.deltaText),
      stamp: px(this.stampText),
    };
  }

  /** What the gauge holds of the last choice (for the test hook). */
  consequence(): {
    delta: number;
    deltaText: string;
    stamp: ThresholdKind | null;
    stampText: string;
    animating: boolean;
  } {
    return {
      delta: this.deltaText.visible ? this.delta : 0,
      deltaText: this.deltaText.visible ? this.deltaText.text : '',
      stamp: this.stamp.visible ? this.stampKind : null,
      stampText: this.stamp.visible ? this.stampText.text : '',
      animating: this.deltaTween !== null || this.stampTween !== null,
    };
  }

  /** Holds the meter's change beside its number until it is cleared with 0; with motion, it pops in. */
  showDelta(delta: number, animate: boolean): void {
    this.deltaTween?.stop();
    this.deltaTween = null;
    this.delta = delta;
    this.writeDelta();
    this.layout(this.size.width, this.size.height);
    this.deltaText.setAlpha(1).setScale(1);
    if (!animate || delta === 0) return;
    this.deltaText.setAlpha(0).setScale(1.4);
    this.deltaTween = this.scene.tweens.add({
      targets: this.deltaText,
      alpha: 1,
      scale: 1,
      duration: 320,
      ease: 'Back.easeOut',
      onComplete: () => (this.deltaTween = null),
    });
  }

  /** Stamps the gauge with the threshold its meter crossed, or takes the stamp off (null). */
  showStamp(kind: ThresholdKind | null, animate: boolean): void {
    this.stampTween?.stop();
    this.stampTween = null;
    this.stampKind = kind;
    this.writeStamp();
    this.drawStamp();
    this.stamp.setAlpha(1).setScale(1);
    if (!animate || kind === null) return;
    // Pressed on like an archive stamp: large and faint, then down to size.
    this.stamp.setAlpha(0).setScale(1.8);
    this.stampTween = this.scene.tweens.add({
      targets: this.stamp,
      alpha: 1,
      scale: 1,
      delay: 350,
      duration: 260,
      ease: 'Cubic.easeIn',
      onComplete: () => (this.stampTween = null),
    });
  }

  private writeDelta(): void {
    const { delta } = this;
    this.deltaText.setVisible(delta !== 0);
    if (delta === 0) return;
    this.deltaText
      // A thin space keeps the arrow with its number and leaves the name a little more room.
      .setText(`${delta > 0 ? '▲' : '▼'}\u2009${this.texts.formatDelta(delta)}`)
      .setColor(delta > 0 ? STAGE_TEXT.deltaUp : STAGE_TEXT.deltaDown);
  }

  /** Beside the number, or at the line's end where the number sits on the bar. */
  private placeDelta(): void {
    const right = this.valueOnBar()
      ? this.size.width - 2
      : this.size.width - 2 - this.valueText.width - DELTA_GAP;
    this.deltaText.setPosition(right, this.size.height < 50 ? 0 : 2);
  }

  private writeStamp(): void {
    this.stamp.setVisible(this.stampKind !== null);
    if (this.stampKind) this.stampText.setText(this.texts.stamp(this.stampKind));
  }

  /** Under the bar, at the end where its danger mark is: the right for dependence, the left for collapse. */
  private drawStamp(): void {
    if (!this.stampKind) return;
    const bar = this.barRect();
    const padX = 5;
    const padY = 2;
    const width = this.stampText.width + 2 * padX;
    const height = this.stampText.height + 2 * padY;
    this.stampBox.clear();
    this.stampBox.fillStyle(STAGE.night, 0.9);
    this.stampBox.fillRect(-width / 2, -height / 2, width, height);
    this.stampBox.lineStyle(2, STAGE.stampInk, 1);
    this.stampBox.strokeRect(-width / 2, -height / 2, width, height);
    const x = this.stampKind === 'dependence' ? bar.x + bar.width - width / 2 : bar.x + width / 2;
    this.stamp.setPosition(x, bar.y + bar.height + 4 + height / 2);
  }

  /** The name at the size and on the lines that fit the room (gauge-layout.ts), set in one go. */
  private fitName(room: number, frame: GaugeFrame): void {
    const fitted = fitGaugeName(
      this.texts.name,
      room,
      frame.nameSize,
      this.fonts.meterNameMin,
      !frame.compact,
      GAUGE_NAME_MEASURE,
    );
    this.nameText
      .setFontSize(fitted.size)
      .setText(fitted.lines.join('\n'))
      .setY(fitted.wrapped ? 0 : frame.nameY);
  }

  private valueOnBar(): boolean {
    return gaugeFrame(this.size.width, this.size.height, this.fonts).valueOnBar;
  }

  private barRect() {
    return gaugeBar(this.size.width, this.size.height, this.valueText.width);
  }

  private drawBar(): void {
    const { x, y, width, height } = this.barRect();
    const g = this.bar;
    g.clear();
    g.fillStyle(STAGE.track, 1);
    g.fillRect(x, y, width, height);
    g.fillStyle(hexToNumber(this.meter.colour), 1);
    g.fillRect(x, y, (width * this.shown) / 100, height);
    g.lineStyle(2, STAGE.dangerMark, 0.9);
    const markX = x + (width * this.threshold) / 100;
    g.lineBetween(markX, y - 3, markX, y + height + 3);
    this.valueText.setText(String(Math.round(this.shown)));
  }

  /** Moves to a new value; with motion, the bar runs to it. */
  showValue(value: number, animate: boolean): void {
    this.tween?.stop();
    if (!animate) {
      this.shown = value;
      this.drawBar();
      this.placeDelta();
      return;
    }
    const state = { value: this.shown };
    this.tween = this.scene.tweens.add({
      targets: state,
      value,
      duration: METER_MS,
      ease: 'Cubic.easeOut',
      onUpdate: () => {
        this.shown = state.value;
        this.drawBar();
      },
      onComplete: () => {
        this.shown = value;
        this.drawBar();
        // The number may have gained or lost a digit: the change beside it follows.
        this.placeDelta();
      },
    });
  }
}
