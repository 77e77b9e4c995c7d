import { describe, expect, it } from 'vitest';
import { requestedPlan } from '../../../src/content/chapter-plan';

const campaign = ['ch00', 'ch01', 'ch02'];

describe('a ?chapters= plan', () => {
  it('plays the known chapters in campaign order and names the unknown ones', () => {
    expect(requestedPlan(campaign, ['ch02', 'ch99', 'ch00', '__proto__'])).toEqual({
      chapters: ['ch00', 'ch02'],
      unknown: ['ch99', '__proto__'],
    });
  });

  it('plays every chapter when it names none that exists, and says which were asked for', () => {
    expect(requestedPlan(campaign, ['ch9', 'constructor'])).toEqual({
      chapters: undefined,
      unknown: ['ch9', 'constructor'],
    });
  });

  it('plays every chapter, with nothing to report, when nothing is asked', () => {
    expect(requestedPlan(campaign, null)).toEqual({ chapters: undefined, unknown: [] });
  });
});
