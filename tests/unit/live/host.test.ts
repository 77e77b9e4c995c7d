import { afterEach, describe, expect, it, vi } from 'vitest';
import { SessionHost, studentRoom, teacherRoom } from '../../../server/host';
import { JoinLimiter } from '../../../server/rate-limit';
import { loadLiveContent } from '../../../src/live/content';
import { SESSION_TTL_MS } from '../../../src/live/protocol';

const content = loadLiveContent();
const TEACHER = 'T'.repeat(32);
const phone = (n: number) => `phone-${String(n).padStart(20, '0')}`;

function hostWithLog() {
  const sent: { room: string; event: string; payload: unknown; except?: string }[] = [];
  const host = new SessionHost(content, (room, event, payload, except) =>
    sent.push({ room, event, payload, ...(except ? { except } : {}) }),
  );
  host.create('ACDEFH', TEACHER, { plan: ['ch01'], seed: 1, check: false }, 0);
  return { host, sent };
}

afterEach(() => {
  vi.useRealTimers();
});

describe('join limits per address', () => {
  it('refuses an address over its wrong-code limit until the window ends, and keeps addresses apart', () => {
    const limiter = new JoinLimiter({ attempts: 100, failures: 3, windowMs: 60_000 });
    for (let attempt = 0; attempt < 3; attempt++) {
      expect(limiter.allow('a', 1000)).toBe(true);
      limiter.failed('a', 1000);
    }
    expect(limiter.allow('a', 2000)).toBe(false);
    expect(limiter.allow('b', 2000)).toBe(true);
    expect(limiter.allow('a', 61_000)).toBe(true);
  });

  it('caps all attempts from one address, right codes included', () => {
    const limiter = new JoinLimiter({ attempts: 2, failures: 10, windowMs: 60_000 });
    expect([1, 2, 3].map(() => limiter.allow('a', 0))).toEqual([true, true, false]);
  });
});

describe('the sessions a process hosts', () => {
  it('gives the projector each count at once and the phones the latest count at most every half second', () => {
    vi.useFakeTimers();
    const { host, sent } = hostWithLog();
    host.handle(
      { kind: 'teacher', message: { code: 'ACDEFH', teacher: TEACHER, action: { kind: 'open' } } },
      1,
    );
    for (let n = 0; n < 3; n++)
      host.handle({ kind: 'join', message: { code: 'ACDEFH', device: phone(n) } }, 1);
    sent.length = 0;
    for (let n = 0; n < 3; n++)
      host.handle({ kind: 'vote', message: { code: 'ACDEFH', device: phone(n), option: 'accept' } }, 2);
    const counts = () => sent.filter((message) => message.event === 'live:count');
    expect(counts().map((message) => [message.room, (message.payload as { voted: number }).voted])).toEqual([
      [teacherRoom('ACDEFH'), 1],
      [teacherRoom('ACDEFH'), 2],
      [teacherRoom('ACDEFH'), 3],
    ]);
    vi.advanceTimersByTime(500);
    expect(counts().at(-1)).toEqual({
      room: studentRoom('ACDEFH'),
      event: 'live:count',
      payload: { code: 'ACDEFH', students: 3, voted: 3 },
      except: teacherRoom('ACDEFH'),
    });
    host.stop();
  });

  it('ends a session 2 hours after its last activity and tells its devices', () => {
    const { host, sent } = hostWithLog();
    host.handle({ kind: 'join', message: { code: 'ACDEFH', device: phone(0) } }, 1000);
    expect(host.sweep(SESSION_TTL_MS)).toBe(0);
    expect(host.sweep(SESSION_TTL_MS + 1000)).toBe(1);
    expect(sent.at(-1)).toMatchObject({
      room: studentRoom('ACDEFH'),
      event: 'live:view',
      payload: { screen: { kind: 'ended' } },
    });
    expect(
      host.handle({ kind: 'join', message: { code: 'ACDEFH', device: phone(0) } }, SESSION_TTL_MS + 2000),
    ).toBeUndefined();
    host.stop();
  });
});
