import { describe, expect, it } from 'vitest';
import { stageTextSizes } from '../../../src/stage/text-sizes';

describe('the stage text sizes', () => {
  it('are at least 18 px on a 1080-pixel projector', () => {
    const sizes = stageTextSizes(true, 1080);
    for (const size of Object.values(sizes)) expect(size).toBeGreaterThanOrEqual(18);
  });

  it('scale down with a smaller projector image, never below solo play', () => {
    const solo = stageTextSizes(false, 720);
    const small = stageTextSizes(true, 720);
    for (const key of Object.keys(solo) as (keyof typeof solo)[]) {
      expect(small[key]).toBeGreaterThanOrEqual(solo[key]);
      expect(small[key]).toBeLessThanOrEqual(stageTextSizes(true, 1080)[key]);
    }
  });

  it('stay as they are in solo play whatever the screen', () => {
    expect(stageTextSizes(false, 2160)).toEqual(stageTextSizes(false, 600));
    expect(stageTextSizes(false, 1080).place).toBe(13);
  });
});
