// A tiny deterministic synthesizer for the game's few sounds. Pure: no DOM, no audio APIs.
// Every noise source is a seeded PRNG, so a render is the same bit for bit on every run.

export type CueName =
  | 'tick'
  | 'paper'
  | 'confirm'
  | 'bell'
  | 'rise'
  | 'fall'
  // The modelled actors' reactions (reaction-cues.ts says whose is whose).
  | 'drum'
  | 'pluck'
  | 'chime'
  | 'coins'
  | 'flute';

export const CUE_NAMES: readonly CueName[] = [
  'tick',
  'paper',
  'confirm',
  'bell',
  'rise',
  'fall',
  'drum',
  'pluck',
  'chime',
  'coins',
  'flute',
];

const CUE_SECONDS: Readonly<Record<CueName, number>> = {
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

const AMBIENT_SECONDS = 12;
const AMBIENT_PEAK = 0.3;

const TAU = Math.PI * 2;

export function renderCue(name: CueName, sampleRate = 22050): Float32Array {
  const out = new Float32Array(Math.round(CUE_SECONDS[name] * sampleRate));
  switch (name) {
    case 'tick':
      renderTick(out, sampleRate);
      break;
    case 'paper':
      renderPaper(out, sampleRate);
      break;
    case 'confirm':
      renderConfirm(out, sampleRate);
      break;
    case 'bell':
      renderBell(out, sampleRate);
      break;
    case 'rise':
      renderBlip(out, sampleRate, [587.33, 659.25]);
      break;
    case 'fall':
      renderBlip(out, sampleRate, [659.25, 587.33]);
      break;
    case 'drum':
      renderDrum(out, sampleRate);
      break;
    case 'pluck':
      renderPluck(out, sampleRate);
      break;
    case 'chime':
      renderChime(out, sampleRate);
      break;
    case 'coins':
      renderCoins(out, sampleRate);
      break;
    case 'flute':
      renderFlute(out, sampleRate);
      break;
  }
  fadeEdges(out, sampleRate, 0.002, 0.004);
  return out;
}

/**
 * A 12-second pad that loops seamlessly: every oscillator and every slow movement completes a whole
 * number of cycles in the loop, and the room noise is crossfaded from its own continuation.
 */
export function renderAmbient(sampleRate = 22050): Float32Array {
  return finish(ambientSteps(sampleRate));
}

/**
 * The same render as renderAmbient, pausing every few thousand samples so a caller can spread it over
 * several tasks (see slices.ts). Each pause leaves the work exactly where it was: the samples do not change.
 */
export function* ambientSteps(sampleRate = 22050): Generator<void, Float32Array> {
  const length = Math.round(AMBIENT_SECONDS * sampleRate);
  const out = new Float32Array(length);
  const loopHz = 1 / AMBIENT_SECONDS;
  const periodic = (hz: number): number => Math.max(1, Math.round(hz / loopHz)) * loopHz;

  function* chord(notes: number[]): Generator<void, Float32Array> {
    const voice = new Float32Array(length);
    for (const hz of notes.map(periodic)) {
      const level = 1 / Math.sqrt(hz / 55);
      yield* sineSteps(voice, sampleRate, hz, level);
      yield* sineSteps(voice, sampleRate, hz + 2 * loopHz, level); // a slow 6-second beat for warmth
      yield* sineSteps(voice, sampleRate, 2 * hz, 0.15 * level);
    }
    return voice;
  }
  // A minor and F major, all within 55-220 Hz, trading places once per loop.
  const aMinor = yield* chord([55, 110, 130.81, 164.81]);
  const fMajor = yield* chord([87.31, 130.81, 174.61, 220]);

  for (let i = 0; i < length; i++) {
    const t = i / sampleRate;
    const blend = 0.5 + 0.5 * Math.cos(TAU * loopHz * t);
    const swell = 0.85 + 0.15 * Math.sin(TAU * 3 * loopHz * t);
    out[i] = (blend * (aMinor[i] ?? 0) + (1 - blend) * (fMajor[i] ?? 0)) * swell;
    if (i % STEP_SAMPLES === STEP_SAMPLES - 1) yield;
  }
  normalize(out, AMBIENT_PEAK * 0.92);
  yield;
  yield* roomNoiseSteps(out, sampleRate, AMBIENT_PEAK * 0.08);
  return out;
}

/** How many samples a step of a long render covers: well under a millisecond of work. */
const STEP_SAMPLES = 4096;

function finish<T>(steps: Generator<void, T>): T {
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

function renderTick(out: Float32Array, sampleRate: number): void {
  const random = mulberry32(0x7e1c);
  const filter = bandpass(sampleRate, 3200, 1.4);
  for (let i = 0; i < out.length; i++) {
    const t = i / sampleRate;
    const noise = filter(random() * 2 - 1) * Math.exp(-t / 0.004);
    const knock = 0.4 * Math.sin(TAU * 1800 * t) * Math.exp(-t / 0.008);
    out[i] = noise + knock;
  }
  normalize(out, 0.55);
}

function renderPaper(out: Float32Array, sampleRate: number): void {
  const random = mulberry32(0x9a9e);
  const cutLows = highpass(sampleRate, 700);
  const cutHighs = lowpass(sampleRate, 4500);
  const duration = out.length / sampleRate;
  for (let i = 0; i < out.length; i++) {
    const t = i / sampleRate;
    const position = t / duration;
    // A quick rise and a longer, rougher fall, like a card dragged and let go.
    const swell = Math.sin(Math.PI * Math.pow(position, 0.6)) ** 2;
    const grain = 0.75 + 0.25 * Math.sin(TAU * 23 * t);
    out[i] = cutHighs(cutLows(random() * 2 - 1)) * swell * grain;
  }
  normalize(out, 0.35);
}

function renderConfirm(out: Float32Array, sampleRate: number): void {
  const random = mulberry32(0xc0f1);
  const muffle = lowpass(sampleRate, 1200);
  let phase = 0;
  for (let i = 0; i < out.length; i++) {
    const t = i / sampleRate;
    const hz = 90 + 60 * Math.exp(-t / 0.03);
    phase += (TAU * hz) / sampleRate;
    const thunk = Math.sin(phase) * Math.exp(-t / 0.05);
    const contact = 0.6 * muffle(random() * 2 - 1) * Math.exp(-t / 0.008);
    out[i] = thunk + contact;
  }
  normalize(out, 0.6);
}

function renderBell(out: Float32Array, sampleRate: number): void {
  const fundamental = 523.25;
  // Inharmonic partials of a small struck bell: [ratio, level, decay seconds].
  const partials: readonly (readonly [number, number, number])[] = [
    [0.5, 0.35, 0.45],
    [1, 1, 0.4],
    [1.19, 0.45, 0.3],
    [1.56, 0.3, 0.22],
    [2.0, 0.25, 0.18],
    [2.74, 0.15, 0.12],
  ];
  for (const [ratio, level, decay] of partials) addSine(out, sampleRate, fundamental * ratio, level, decay);
  for (let i = 0; i < out.length; i++) {
    const strike = 1 - Math.exp(-i / (0.003 * sampleRate));
    out[i] = (out[i] ?? 0) * strike;
  }
  normalize(out, 0.4);
  fadeEdges(out, sampleRate, 0, 0.15);
}

function renderBlip(out: Float32Array, sampleRate: number, notes: readonly [number, number]): void {
  const half = Math.floor(out.length / 2);
  const noteSeconds = half / sampleRate;
  for (let i = 0; i < out.length; i++) {
    const second = i >= half;
    const hz = second ? notes[1] : notes[0];
    const t = (second ? i - half : i) / sampleRate;
    const envelope = Math.sin((Math.PI * t) / noteSeconds) ** 2;
    out[i] = (Math.sin(TAU * hz * t) + 0.1 * Math.sin(TAU * 2 * hz * t)) * envelope;
  }
  normalize(out, 0.22);
}

/** Two low, muffled strokes of a big drum, the second softer: a heavy answer. */
function renderDrum(out: Float32Array, sampleRate: number): void {
  const random = mulberry32(0xd2a1);
  const muffle = lowpass(sampleRate, 400);
  const strokes: readonly (readonly [number, number])[] = [
    [0, 1],
    [0.2, 0.7],
  ];
  for (const [at, level] of strokes) {
    const start = Math.round(at * sampleRate);
    let phase = 0;
    for (let i = start; i < out.length; i++) {
      const t = (i - start) / sampleRate;
      const hz = 55 + 55 * Math.exp(-t / 0.04);
      phase += (TAU * hz) / sampleRate;
      const body = Math.sin(phase) * Math.exp(-t / 0.12);
      const skin = 0.3 * muffle(random() * 2 - 1) * Math.exp(-t / 0.015);
      out[i] = (out[i] ?? 0) + level * (body + skin);
    }
  }
  normalize(out, 0.45);
}

/** A plucked string (Karplus–Strong), a grace note and its landing a fourth up, like a saz. */
function renderPluck(out: Float32Array, sampleRate: number): void {
  const random = mulberry32(0x5a2e);
  const notes: readonly (readonly [number, number, number])[] = [
    [0, 329.63, 0.6],
    [0.08, 440, 1],
  ];
  for (const [at, hz, level] of notes) {
    const period = Math.max(2, Math.round(sampleRate / hz));
    const string = new Float32Array(period);
    for (let i = 0; i < period; i++) string[i] = random() * 2 - 1;
    let index = 0;
    for (let i = Math.round(at * sampleRate); i < out.length; i++) {
      const next = (index + 1) % period;
      const sample = string[index] ?? 0;
      out[i] = (out[i] ?? 0) + level * sample;
      string[index] = 0.996 * 0.5 * (sample + (string[next] ?? 0));
      index = next;
    }
  }
  normalize(out, 0.3);
  fadeEdges(out, sampleRate, 0, 0.08);
}

/** Two small bells a major third apart, rising: an open, bright reply. */
function renderChime(out: Float32Array, sampleRate: number): void {
  const notes: readonly (readonly [number, number])[] = [
    [0, 1046.5],
    [0.12, 1318.51],
  ];
  for (const [at, hz] of notes) {
    const start = Math.round(at * sampleRate);
    const voice = out.subarray(start);
    addSine(voice, sampleRate, hz, 1, 0.12);
    addSine(voice, sampleRate, hz * 2.76, 0.25, 0.05);
  }
  normalize(out, 0.22);
}

/** Three quick metallic clinks, like coins on a counter. */
function renderCoins(out: Float32Array, sampleRate: number): void {
  const clinks: readonly (readonly [number, number])[] = [
    [0, 1],
    [0.07, 0.7],
    [0.15, 0.85],
  ];
  for (const [n, [at, level]] of clinks.entries()) {
    const voice = out.subarray(Math.round(at * sampleRate));
    // Each clink a little different in pitch, as no two coins ring alike.
    const base = 2600 + 230 * n;
    addSine(voice, sampleRate, base, level, 0.03);
    addSine(voice, sampleRate, base * 1.51, 0.6 * level, 0.02);
    addSine(voice, sampleRate, base * 1.97, 0.35 * level, 0.015);
  }
  normalize(out, 0.25);
}

/** A soft, breathy falling tone, like a flute heard from far away. */
function renderFlute(out: Float32Array, sampleRate: number): void {
  const random = mulberry32(0xf1a7);
  const breath = lowpass(sampleRate, 1500);
  const duration = out.length / sampleRate;
  let phase = 0;
  for (let i = 0; i < out.length; i++) {
    const t = i / sampleRate;
    const position = t / duration;
    const hz = 523.25 - (523.25 - 440) * Math.min(1, Math.max(0, (position - 0.35) / 0.3));
    phase += (TAU * hz * (1 + 0.006 * Math.sin(TAU * 5.5 * t))) / sampleRate;
    const envelope = Math.sin(Math.PI * position) ** 1.5;
    out[i] = (Math.sin(phase) + 0.15 * breath(random() * 2 - 1)) * envelope;
  }
  normalize(out, 0.22);
}

/** Quiet filtered noise, crossfaded with its own continuation so the loop point can't be heard. */
function* roomNoiseSteps(out: Float32Array, sampleRate: number, peak: number): Generator<void> {
  const random = mulberry32(0x400f);
  const fade = Math.round(sampleRate * 0.5);
  const smooth = lowpass(sampleRate, 350);
  const smoother = lowpass(sampleRate, 350);
  const noise = new Float32Array(out.length + fade);
  for (let i = 0; i < noise.length; i++) {
    noise[i] = smoother(smooth(random() * 2 - 1));
    if (i % STEP_SAMPLES === STEP_SAMPLES - 1) yield;
  }
  normalize(noise, peak);
  yield;
  for (let i = 0; i < out.length; i++) {
    let sample = noise[i] ?? 0;
    if (i < fade) {
      const x = (i / fade) * (Math.PI / 2);
      sample = sample * Math.sin(x) + (noise[out.length + i] ?? 0) * Math.cos(x);
    }
    out[i] = (out[i] ?? 0) + sample;
    if (i % STEP_SAMPLES === STEP_SAMPLES - 1) yield;
  }
}

/**
 * Adds a sine wave starting at phase 0, optionally decaying exponentially. A rotating phasor stands in
 * for a Math.sin call per sample, which keeps the long renders (bell, ambient) fast.
 */
function addSine(
  out: Float32Array,
  sampleRate: number,
  hz: number,
  level: number,
  decaySeconds = Infinity,
): void {
  finish(sineSteps(out, sampleRate, hz, level, decaySeconds));
}

function* sineSteps(
  out: Float32Array,
  sampleRate: number,
  hz: number,
  level: number,
  decaySeconds = Infinity,
): Generator<void> {
  const step = (TAU * hz) / sampleRate;
  const cos = Math.cos(step);
  const sin = Math.sin(step);
  const decay = Math.exp(-1 / (decaySeconds * sampleRate));
  let re = level;
  let im = 0;
  for (let i = 0; i < out.length; i++) {
    out[i] = (out[i] ?? 0) + im;
    const nextRe = (re * cos - im * sin) * decay;
    im = (re * sin + im * cos) * decay;
    re = nextRe;
    if (i % STEP_SAMPLES === STEP_SAMPLES - 1) yield;
  }
}

function mulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Filter = (input: number) => number;

function lowpass(sampleRate: number, cutoffHz: number): Filter {
  const a = 1 - Math.exp((-TAU * cutoffHz) / sampleRate);
  let y = 0;
  return (x) => (y += a * (x - y));
}

function highpass(sampleRate: number, cutoffHz: number): Filter {
  const low = lowpass(sampleRate, cutoffHz);
  return (x) => x - low(x);
}

/** RBJ cookbook band-pass (constant 0 dB peak gain). */
function bandpass(sampleRate: number, centerHz: number, q: number): Filter {
  const w = (TAU * centerHz) / sampleRate;
  const alpha = Math.sin(w) / (2 * q);
  const a0 = 1 + alpha;
  const b0 = alpha / a0;
  const a1 = (-2 * Math.cos(w)) / a0;
  const a2 = (1 - alpha) / a0;
  let x1 = 0;
  let x2 = 0;
  let y1 = 0;
  let y2 = 0;
  return (x) => {
    const y = b0 * x - b0 * x2 - a1 * y1 - a2 * y2;
    x2 = x1;
    x1 = x;
    y2 = y1;
    y1 = y;
    return y;
  };
}

function normalize(samples: Float32Array, peak: number): void {
  let max = 0;
  for (const s of samples) max = Math.max(max, Math.abs(s));
  if (max === 0) return;
  const gain = peak / max;
  for (let i = 0; i < samples.length; i++) samples[i] = (samples[i] ?? 0) * gain;
}

/** Short linear ramps at both ends so no cue starts or stops with a click. */
function fadeEdges(samples: Float32Array, sampleRate: number, inSeconds: number, outSeconds: number): void {
  const fadeIn = Math.min(samples.length, Math.round(inSeconds * sampleRate));
  const fadeOut = Math.min(samples.length, Math.round(outSeconds * sampleRate));
  for (let i = 0; i < fadeIn; i++) samples[i] = (samples[i] ?? 0) * (i / fadeIn);
  for (let i = 0; i < fadeOut; i++) {
    const index = samples.length - 1 - i;
    samples[index] = (samples[index] ?? 0) * (i / fadeOut);
  }
}
