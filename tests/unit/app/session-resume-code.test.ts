import { describe, expect, it } from 'vitest';
import { ContentCatalog } from '../../../src/content/catalog';
import { SAVE_KEY, Session } from '../../../src/app/session';
import { encodeResumeCode, formatResumeCode, runRecordOf, type Campaign } from '../../../src/engine';
import { realCampaign } from '../engine/resume-code-fixtures';
import { memoryStore } from '../support/memory-storage';

function freshSession() {
  const catalog = ContentCatalog.open();
  if (!catalog.ok) throw new Error(JSON.stringify(catalog.error));
  const store = memoryStore();
  return { session: new Session(catalog.value, store), store };
}

/** A session two decisions into a run, and its resume code. */
async function playedTwice() {
  const { session } = freshSession();
  await session.start(1234);
  for (const index of [1, 3]) {
    const place = await session.place();
    if (!place.ok || place.value.kind !== 'decision') throw new Error('no decision to make');
    session.choose(place.value.decision.options[index]!.id);
  }
  return { state: session.state!, code: session.resumeCode()! };
}

const runOf = (session: Session) => {
  const { seed, plan, choices } = runRecordOf(session.state!);
  return { seed, plan, choices };
};

describe('Session.restoreFromCode', () => {
  it('restores a version 2 code typed loosely, replays it and saves it', async () => {
    const { state, code } = await playedTwice();
    expect(code).toMatch(/^2[0-9A-HJKMNP-TV-Z]{12}$/);
    const { session, store } = freshSession();
    const restored = await session.restoreFromCode(` ${formatResumeCode(code).toLowerCase()} `);
    expect(restored).toEqual({ ok: true, value: state });
    expect(session.history).toHaveLength(2);
    expect(store.values.get(SAVE_KEY)).toBeTruthy();
  });

  it('restores a version 1 code written down before version 2, and gives it a version 2 code', async () => {
    const { session } = freshSession();
    const restored = await session.restoreFromCode('0003-JFZR-001S');
    expect(restored.ok).toBe(true);
    expect(runOf(session)).toEqual({
      seed: 1,
      plan: realCampaign.scenario.chapters,
      choices: ['agreed-exit', 'accept', 'legal-case'],
    });
    expect(session.resumeCode()?.[0]).toBe('2');
  });

  it('refuses a typo and keeps the run in progress', async () => {
    const { code } = await playedTwice();
    const { session, store } = freshSession();
    await session.start(77);
    const before = store.values.get(SAVE_KEY);
    const typo = code.slice(0, 5) + (code[5] === '7' ? '8' : '7') + code.slice(6);
    const swapped = code.slice(0, 7) + code[8] + code[7] + code.slice(9);
    for (const typed of [typo, swapped].filter((typed) => typed !== code)) {
      expect(await session.restoreFromCode(typed)).toEqual({ ok: false, error: { kind: 'mistyped' } });
    }
    expect(session.state?.seed).toBe(77);
    expect(store.values.get(SAVE_KEY)).toBe(before);
  });

  it('says a code no longer fits when the content has fewer decisions than the run made', async () => {
    const last = realCampaign.scenario.chapters.at(-1)!;
    const chapter = realCampaign.chapters[last]!;
    const longer: Campaign = {
      ...realCampaign,
      chapters: {
        ...realCampaign.chapters,
        [last]: { ...chapter, decisions: [...chapter.decisions, ...chapter.decisions] },
      },
    };
    const decisions = longer.scenario.chapters.flatMap((id) => longer.chapters[id]!.decisions);
    const code = encodeResumeCode(longer, {
      seed: 5,
      plan: [...longer.scenario.chapters],
      choices: decisions.map((decision) => decision.historical),
    })!;
    const { session } = freshSession();
    expect(await session.restoreFromCode(code)).toEqual({
      ok: false,
      error: { kind: 'unplayable', version: 2 },
    });
    expect(session.state).toBeNull();
  });
});
