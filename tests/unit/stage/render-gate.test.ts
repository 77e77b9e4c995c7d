import { describe, expect, it } from 'vitest';
import { RenderGate } from '../../../src/stage/render-gate';

function drawnFrames(gate: RenderGate, frames: number): boolean[] {
  return Array.from({ length: frames }, () => gate.shouldDraw());
}

describe('RenderGate', () => {
  it('draws the first frames, then nothing while the stage is still', () => {
    expect(drawnFrames(new RenderGate(), 5)).toEqual([true, true, false, false, false]);
  });

  it('draws the next frames after a request', () => {
    const gate = new RenderGate();
    drawnFrames(gate, 3);
    gate.request();
    expect(drawnFrames(gate, 4)).toEqual([true, true, false, false]);
  });

  it('draws every frame while something is busy, and the frame after it ends', () => {
    const gate = new RenderGate(0);
    let busy = true;
    gate.drawWhile(() => busy);
    expect(drawnFrames(gate, 3)).toEqual([true, true, true]);
    busy = false;
    expect(drawnFrames(gate, 3)).toEqual([true, false, false]);
  });

  it('a smaller request does not cut a larger one short', () => {
    const gate = new RenderGate(0);
    gate.request(4);
    gate.request(1);
    expect(drawnFrames(gate, 5)).toEqual([true, true, true, true, false]);
  });
});
