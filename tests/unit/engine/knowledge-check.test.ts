import { describe, expect, it } from 'vitest';
import type { KnowledgeStatement } from '../../../src/content/schema';
import { recordCheck, scoreCheck } from '../../../src/engine';
import { decodeSave, encodeSave, newRun, replay, runRecordOf } from '../../../src/engine';
import { fixtureCampaign } from './fixture';
import { textKey } from '../support/text-key';

const statement = (id: string, truth: boolean): KnowledgeStatement => ({
  id,
  text: textKey(`quiz:${id}.text`),
  true: truth,
  explanation: textKey(`quiz:${id}.explanation`),
  records: ['R11'],
});
const statements = [statement('a', true), statement('b', true), statement('c', false), statement('d', false)];

describe('scoreCheck', () => {
  it('scores true and false statements separately', () => {
    const score = scoreCheck(statements, { a: true, b: false, c: false, d: false });
    expect(score).toMatchObject({ trueRight: 1, trueTotal: 2, falseRight: 2, falseTotal: 2, balanced: 75 });
  });

  it('gives blanket doubt no more than half marks', () => {
    expect(scoreCheck(statements, { a: false, b: false, c: false, d: false }).balanced).toBe(50);
    expect(scoreCheck(statements, { a: true, b: true, c: true, d: true }).balanced).toBe(50);
  });

  it('counts an unanswered statement as not right', () => {
    expect(scoreCheck(statements, {}).balanced).toBe(0);
    expect(scoreCheck(statements, { a: true, b: true, c: false, d: false }).balanced).toBe(100);
  });
});

describe('knowledge-check answers in a run', () => {
  it('are kept by saves and by replays, without touching the model', () => {
    const campaign = fixtureCampaign;
    const start = newRun(campaign, 42);
    const answered = recordCheck(start, 'before', { a: true, c: false });
    expect(answered.meters).toEqual(start.meters);
    expect(answered.checks.before).toEqual({ a: true, c: false });
    const decoded = decodeSave(encodeSave(answered, campaign.scenario), campaign.scenario);
    expect(decoded.ok && decoded.value.checks).toEqual({ before: { a: true, c: false } });
    const replayed = replay(campaign, runRecordOf(answered));
    expect(replayed.ok && replayed.value.checks).toEqual({ before: { a: true, c: false } });
  });
});
