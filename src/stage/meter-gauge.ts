import Phaser from 'phaser';
import type { Meter } from '../content/schema';
import { drawEmblem } from './glyphs';
import { FONT_SANS, STAGE, hexToNumber } from './palette';
import { stageTextSizes, type StageTextSizes } from './text-sizes';

export interface GaugeTexts {
  name: string;
  formatDelta: (delta: number) => string;
}

/** One meter on the stage: emblem, name, number, a bar with its danger mark, and a floating signed change. */
export class MeterGauge extends Phaser.GameObjects.Container {
  private readonly emblem: Phaser.GameObjects.Graphics;
  private readonly bar: Phaser.GameObjects.Graphics;
  private readonly nameText: Phaser.GameObjects.Text;
  private readonly valueText: Phaser.GameObjects.Text;
  private shown: number;
  private size = { width: 160, height: 56 };
  private fonts: StageTextSizes = stageTextSizes(false, 0);
  private tween: Phaser.Tweens.Tween | null = null;

  constructor(
    scene: Phaser.Scene,
    readonly meter: Meter,
    private readonly threshold: number,
    value: number,
    private texts: GaugeTexts,
  ) {
    super(scene);
    this.shown = value;
    this.emblem = scene.add.graphics();
    this.bar = scene.add.graphics();
    this.nameText = scene.add.text(0, 0, texts.name, {
      fontFamily: FONT_SANS,
      fontSize: '15px',
      color: '#dfe7ee',
    });
    this.valueText = scene.add.text(0, 0, String(value), {
      fontFamily: FONT_SANS,
      fontSize: '20px',
      fontStyle: 'bold',
      color: '#ffffff',
    });
    this.valueText.setOrigin(1, 0);
    this.add([this.emblem, this.bar, this.nameText, this.valueText]);
    scene.add.existing(this);
  }

  setTexts(texts: GaugeTexts): void {
    this.texts = texts;
    this.nameText.setText(texts.name);
    this.layout(this.size.width, this.size.height);
  }

  layout(width: number, height: number, fonts: StageTextSizes = this.fonts): void {
    this.size = { width, height };
    this.fonts = fonts;
    const compact = height < 50;
    const r = compact ? 12 : 16;
    this.emblem.clear();
    drawEmblem(this.emblem, this.meter, r + 2, compact ? height / 2 : r + 4, r);
    const textX = r * 2 + 10;
    const nameSize = compact ? fonts.compactName : fonts.meterName;
    this.nameText.setFontSize(nameSize).setPosition(textX, compact ? 2 : 4);
    // In a small cell (a phone) the number sits at the end of the bar, so the name has the whole line.
    const onBar = this.valueOnBar();
    this.valueText
      .setFontSize(compact ? fonts.compactValue : onBar ? fonts.meterValueOnBar : fonts.meterValue)
      .setOrigin(1, onBar ? 0.5 : 0);
    const bar = this.barRect();
    this.valueText.setPosition(width - 2, onBar ? bar.y + bar.height / 2 : 1);
    this.fitName(width - textX - (onBar ? 2 : this.valueText.width + 8), nameSize);
    this.drawBar();
  }

  /** The name's and the number's sizes as drawn, in CSS pixels (for the test hook). */
  textSizes(): { name: number; value: number; nameShown: boolean } {
    const px = (text: Phaser.GameObjects.Text) => parseFloat(String(text.style.fontSize));
    return { name: px(this.nameText), value: px(this.valueText), nameShown: this.nameText.text !== '' };
  }

  /**
   * Long names (Граждане за рубежом, Xaricdəki vətəndaşlar) shrink a little, then wrap onto two lines
   * where the cell has room, then shrink further and end in an ellipsis, so the value stays clear.
   */
  private fitName(room: number, size: number): void {
    const name = this.texts.name;
    const y = this.nameText.y;
    const fits = () => this.nameText.width <= room;
    const shrink = (from: number, to: number) => {
      for (let px = from; px >= to && !fits(); px--) this.nameText.setFontSize(px);
    };
    const smallest = Math.min(size, this.fonts.meterNameMin);
    this.nameText.setWordWrapWidth(null).setText(name);
    shrink(size, smallest);
    if (fits()) return;
    if (this.size.height >= 50 && name.includes(' ')) {
      this.nameText.setFontSize(smallest).setWordWrapWidth(room, true).setY(0);
      if (this.nameText.height <= 34 && fits()) return;
      this.nameText.setWordWrapWidth(null).setY(y);
    }
    shrink(11, 10);
    if (fits()) return;
    // Too narrow for even a few letters: the emblem and the number speak for the meter.
    if (room < 28) {
      this.nameText.setText('');
      return;
    }
    let shown = name;
    while (shown.length > 1 && !fits()) {
      shown = shown.slice(0, -1);
      this.nameText.setText(`${shown.trimEnd()}…`);
    }
  }

  private valueOnBar(): boolean {
    return this.size.height < 50 || this.size.width < 150;
  }

  private barRect() {
    const compact = this.size.height < 50;
    const x = (compact ? 12 : 16) * 2 + 10;
    const valueRoom = this.valueOnBar() ? this.valueText.width + 6 : 0;
    return {
      x,
      y: compact ? this.size.height - 14 : 34,
      width: Math.max(20, this.size.width - x - 2 - valueRoom),
      height: compact ? 7 : 9,
    };
  }

  private drawBar(): void {
    const { x, y, width, height } = this.barRect();
    const g = this.bar;
    g.clear();
    g.fillStyle(STAGE.track, 1);
    g.fillRect(x, y, width, height);
    g.fillStyle(hexToNumber(this.meter.colour), 1);
    g.fillRect(x, y, (width * this.shown) / 100, height);
    g.lineStyle(2, 0xffffff, 0.9);
    const markX = x + (width * this.threshold) / 100;
    g.lineBetween(markX, y - 3, markX, y + height + 3);
    this.valueText.setText(String(Math.round(this.shown)));
  }

  /** Moves to a new value; with motion, the bar runs and the signed change floats up and fades. */
  showValue(value: number, delta: number, animate: boolean): void {
    this.tween?.stop();
    if (!animate) {
      this.shown = value;
      this.drawBar();
      return;
    }
    const state = { value: this.shown };
    this.tween = this.scene.tweens.add({
      targets: state,
      value,
      duration: 700,
      ease: 'Cubic.easeOut',
      onUpdate: () => {
        this.shown = state.value;
        this.drawBar();
      },
      onComplete: () => {
        this.shown = value;
        this.drawBar();
      },
    });
    if (delta === 0) return;
    const float = this.scene.add.text(this.size.width - 40, 0, this.texts.formatDelta(delta), {
      fontFamily: FONT_SANS,
      fontSize: '18px',
      fontStyle: 'bold',
      color: delta > 0 ? '#b8f0d0' : '#ffc2b3',
      stroke: '#0f1720',
      strokeThickness: 4,
    });
    float.setOrigin(1, 0);
    this.add(float);
    this.scene.tweens.add({
      targets: float,
      y: -22,
      alpha: 0,
      duration: 1400,
      ease: 'Sine.easeOut',
      onComplete: () => float.destroy(),
    });
  }
}
