import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { renderCue } from '../../../src/audio/synth';
import { encodeWav, toDataUri } from '../../../src/audio/wav';

function text(bytes: Uint8Array, offset: number, length: number): string {
  return String.fromCharCode(...bytes.subarray(offset, offset + length));
}

function fromDataUri(uri: string): Uint8Array {
  const prefix = 'data:audio/wav;base64,';
  expect(uri.startsWith(prefix)).toBe(true);
  return new Uint8Array(Buffer.from(uri.slice(prefix.length), 'base64'));
}

describe('encodeWav', () => {
  it('writes a 16-bit mono PCM RIFF/WAVE header', () => {
    const samples = new Float32Array(1000);
    const bytes = encodeWav(samples, 22050);
    const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);

    expect(bytes.length).toBe(44 + 2000);
    expect(text(bytes, 0, 4)).toBe('RIFF');
    expect(view.getUint32(4, true)).toBe(bytes.length - 8);
    expect(text(bytes, 8, 4)).toBe('WAVE');
    expect(text(bytes, 12, 4)).toBe('fmt ');
    expect(view.getUint32(16, true)).toBe(16);
    expect(view.getUint16(20, true)).toBe(1); // PCM
    expect(view.getUint16(22, true)).toBe(1); // mono
    expect(view.getUint32(24, true)).toBe(22050);
    expect(view.getUint32(28, true)).toBe(44100); // byte rate
    expect(view.getUint16(32, true)).toBe(2); // block align
    expect(view.getUint16(34, true)).toBe(16); // bits per sample
    expect(text(bytes, 36, 4)).toBe('data');
    expect(view.getUint32(40, true)).toBe(2000);
  });

  it('stores the sample rate it is given', () => {
    const view = new DataView(encodeWav(new Float32Array(3), 11025).buffer);
    expect(view.getUint32(24, true)).toBe(11025);
    expect(view.getUint32(28, true)).toBe(22050);
  });

  it('maps full scale to the 16-bit extremes, clips overshoot and silences NaN', () => {
    const bytes = encodeWav(new Float32Array([0, 1, -1, 0.5, 2, -3, NaN]), 8000);
    const view = new DataView(bytes.buffer);
    const pcm = Array.from({ length: 7 }, (_, i) => view.getInt16(44 + 2 * i, true));
    expect(pcm).toEqual([0, 32767, -32768, 16384, 32767, -32768, 0]);
  });

  it('keeps every sample within a quantisation step of the input', () => {
    fc.assert(
      fc.property(fc.float32Array({ min: -1, max: 1, noNaN: true }), (samples) => {
        const bytes = encodeWav(samples, 22050);
        const view = new DataView(bytes.buffer);
        expect(view.getUint32(40, true)).toBe(samples.length * 2);
        samples.forEach((s, i) => {
          expect(Math.abs(view.getInt16(44 + 2 * i, true) / 32768 - s)).toBeLessThanOrEqual(1 / 16384);
        });
      }),
    );
  });
});

describe('toDataUri', () => {
  it('round-trips arbitrary bytes through base64', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 300 }), (bytes) => {
        expect(fromDataUri(toDataUri(bytes))).toEqual(bytes);
      }),
    );
  });

  it('round-trips bytes spanning several encoding chunks', () => {
    for (const length of [3 * 8192, 3 * 8192 + 1, 100_003]) {
      const bytes = Uint8Array.from({ length }, (_, i) => (i * 131 + (i >> 8)) & 0xff);
      expect(fromDataUri(toDataUri(bytes))).toEqual(bytes);
    }
  });

  it('carries a real cue intact', () => {
    const wav = encodeWav(renderCue('bell'), 22050);
    expect(wav.length).toBeGreaterThan(3 * 8192);
    expect(fromDataUri(toDataUri(wav))).toEqual(wav);
  });
});
