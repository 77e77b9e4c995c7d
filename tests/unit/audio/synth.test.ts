import { describe, expect, it } from 'vitest';
import { CUE_NAMES, ambientSteps, renderAmbient, renderCue, type CueName } from '../../../src/audio/synth';

const RATE = 22050;

// The art direction's durations, written out here so a change in the synth can't silently move them.
const EXPECTED_SECONDS: Record<CueName, number> = {
  tick: 0.04,
  paper: 0.25,
  confirm: 0.18,
  bell: 1.6,
  rise: 0.15,
  fall: 0.15,
  drum: 0.45,
  pluck: 0.4,
  chime: 0.4,
  coins: 0.3,
  flute: 0.5,
};

const REACTION_CUE_NAMES: CueName[] = ['drum', 'pluck', 'chime', 'coins', 'flute'];

/** The samples' exact bytes: equal bytes mean bit-for-bit equal samples, compared far faster than toEqual. */
function bytesOf(samples: Float32Array): Buffer {
  return Buffer.from(samples.buffer, samples.byteOffset, samples.byteLength);
}

function peak(samples: Float32Array): number {
  let max = 0;
  for (const s of samples) max = Math.max(max, Math.abs(s));
  return max;
}

function zeroCrossingsPerSecond(samples: Float32Array, sampleRate: number): number {
  let crossings = 0;
  for (let i = 1; i < samples.length; i++) {
    if (samples[i]! >= 0 !== samples[i - 1]! >= 0) crossings++;
  }
  return crossings / (samples.length / sampleRate);
}

function rms(samples: Float32Array): number {
  let sum = 0;
  for (const s of samples) sum += s * s;
  return Math.sqrt(sum / samples.length);
}

describe('renderCue', () => {
  it('covers every cue name', () => {
    expect([...CUE_NAMES].sort()).toEqual(Object.keys(EXPECTED_SECONDS).sort());
  });

  it.each(CUE_NAMES)('%s is bit-for-bit deterministic', (name) => {
    expect(renderCue(name)).toEqual(renderCue(name));
  });

  it.each(CUE_NAMES)('%s lasts as long as the art direction says', (name) => {
    expect(renderCue(name, RATE).length).toBe(Math.round(EXPECTED_SECONDS[name] * RATE));
    expect(renderCue(name, 44100).length).toBe(Math.round(EXPECTED_SECONDS[name] * 44100));
  });

  it.each(CUE_NAMES)('%s is audible, finite, within [-1, 1] and starts and ends silent', (name) => {
    const samples = renderCue(name);
    expect(samples.every(Number.isFinite)).toBe(true);
    expect(peak(samples)).toBeLessThanOrEqual(1);
    expect(peak(samples)).toBeGreaterThan(0.1);
    expect(Math.abs(samples[0]!)).toBeLessThan(0.01);
    expect(Math.abs(samples[samples.length - 1]!)).toBeLessThan(0.01);
  });

  it('keeps the meter blips subtle and the bell quiet next to the interaction cues', () => {
    expect(peak(renderCue('rise'))).toBeLessThanOrEqual(0.3);
    expect(peak(renderCue('fall'))).toBeLessThanOrEqual(0.3);
    expect(peak(renderCue('bell'))).toBeLessThanOrEqual(0.5);
  });

  it('makes rise go up in pitch and fall go down', () => {
    const halves = (name: CueName): [number, number] => {
      const samples = renderCue(name);
      const middle = Math.floor(samples.length / 2);
      return [
        zeroCrossingsPerSecond(samples.subarray(0, middle), RATE),
        zeroCrossingsPerSecond(samples.subarray(middle), RATE),
      ];
    };
    const [riseFirst, riseSecond] = halves('rise');
    const [fallFirst, fallSecond] = halves('fall');
    expect(riseSecond).toBeGreaterThan(riseFirst);
    expect(fallSecond).toBeLessThan(fallFirst);
  });

  it('lets the bell ring out and die away', () => {
    const samples = renderCue('bell');
    const window = Math.round(0.2 * RATE);
    const start = rms(samples.subarray(0, window));
    const end = rms(samples.subarray(samples.length - window));
    expect(end).toBeLessThan(start * 0.05);
  });

  it('keeps the reaction cues short and quiet beside the interaction cues', () => {
    for (const name of REACTION_CUE_NAMES) {
      expect(renderCue(name).length / RATE, name).toBeLessThanOrEqual(0.5);
      expect(peak(renderCue(name)), name).toBeLessThanOrEqual(0.45);
    }
  });

  it('gives each reaction a sound of its own register: a low drum, a high clink of coins', () => {
    const pitch = (name: CueName) => zeroCrossingsPerSecond(renderCue(name), RATE);
    expect(pitch('drum')).toBeLessThan(pitch('flute'));
    expect(pitch('flute')).toBeLessThan(pitch('chime'));
    expect(pitch('pluck')).toBeLessThan(pitch('coins'));
    const sounds = REACTION_CUE_NAMES.map((name) => renderCue(name));
    for (const [i, a] of sounds.entries())
      for (const b of sounds.slice(i + 1))
        expect(a.subarray(0, b.length)).not.toEqual(b.subarray(0, a.length));
  });

  it('uses different noise for different cues', () => {
    expect(renderCue('tick')).not.toEqual(renderCue('paper').subarray(0, renderCue('tick').length));
  });
});

describe('renderAmbient', () => {
  const ambient = renderAmbient();

  it('is bit-for-bit deterministic', () => {
    const again = renderAmbient();
    expect(again.length).toBe(ambient.length);
    expect(bytesOf(again).equals(bytesOf(ambient))).toBe(true);
  });

  it('renders the same samples when taken step by step, with a pause every few thousand samples', () => {
    const steps = ambientSteps();
    let pauses = 0;
    let step = steps.next();
    for (; !step.done; step = steps.next()) pauses++;
    expect(step.value.length).toBe(ambient.length);
    expect(bytesOf(step.value).equals(bytesOf(ambient))).toBe(true);
    // 24 oscillators over 12 seconds and the room noise: no step covers more than a small part of it.
    expect(pauses).toBeGreaterThan(24 * Math.floor(ambient.length / 4096));
  });

  it('is a loop of about twelve seconds', () => {
    expect(ambient.length).toBe(12 * RATE);
    expect(renderAmbient(11025).length).toBe(12 * 11025);
  });

  it('sits under everything: peak at most 0.35 but not silent', () => {
    expect(ambient.every(Number.isFinite)).toBe(true);
    expect(peak(ambient)).toBeLessThanOrEqual(0.35);
    expect(peak(ambient)).toBeGreaterThan(0.1);
  });

  it('is a low pad, not a melody', () => {
    // A 220 Hz sine crosses zero 440 times a second; the pad lives below that.
    expect(zeroCrossingsPerSecond(ambient, RATE)).toBeLessThan(440);
  });

  it.each([22050, 11025])('joins its end to its start without a click at %i Hz', (rate) => {
    const samples = rate === RATE ? ambient : renderAmbient(rate);
    const n = samples.length;
    let largestStep = 0;
    let largestBend = 0;
    for (let i = 2; i < n; i++) {
      const step = samples[i]! - samples[i - 1]!;
      largestStep = Math.max(largestStep, Math.abs(step));
      largestBend = Math.max(largestBend, Math.abs(step - (samples[i - 1]! - samples[i - 2]!)));
    }
    const seamStep = samples[0]! - samples[n - 1]!;
    const stepBefore = samples[n - 1]! - samples[n - 2]!;
    const stepAfter = samples[1]! - samples[0]!;

    expect(Math.abs(seamStep)).toBeLessThan(0.1 * peak(samples));
    expect(Math.abs(seamStep)).toBeLessThanOrEqual(largestStep);
    // The waveform's slope carries straight through the seam, as it does anywhere inside the loop.
    expect(Math.abs(seamStep - stepBefore)).toBeLessThanOrEqual(largestBend);
    expect(Math.abs(stepAfter - seamStep)).toBeLessThanOrEqual(largestBend);
  });

  it('would click if the loop were cut anywhere else', () => {
    // Guards the seam test itself: a cut at an arbitrary point must fail the same bound.
    const cut = ambient.subarray(0, ambient.length - 1234);
    let largestBend = 0;
    for (let i = 2; i < cut.length; i++) {
      const bend = cut[i]! - 2 * cut[i - 1]! + cut[i - 2]!;
      largestBend = Math.max(largestBend, Math.abs(bend));
    }
    const seamBend = cut[0]! - 2 * cut[cut.length - 1]! + cut[cut.length - 2]!;
    expect(Math.abs(seamBend)).toBeGreaterThan(largestBend);
  });
});
