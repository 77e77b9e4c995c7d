import { describe, expect, it } from 'vitest';
import { Countdown, formatClock } from '../../../src/ui/countdown';

const ticks = (countdown: Countdown, count: number) =>
  Array.from({ length: count }, () => countdown.tick()).filter(Boolean).length;

describe('the discussion countdown', () => {
  it('counts down once a second and says once when the time is up', () => {
    const countdown = new Countdown(3);
    expect(ticks(countdown, 5)).toBe(1);
    expect(countdown.left).toBe(0);
    expect(countdown.isDone).toBe(true);
  });

  it('stands still while paused and goes on when resumed', () => {
    const countdown = new Countdown(120);
    ticks(countdown, 10);
    countdown.togglePause();
    ticks(countdown, 30);
    expect(countdown.left).toBe(110);
    countdown.togglePause();
    ticks(countdown, 5);
    expect(countdown.left).toBe(105);
  });

  it('adds a minute, and after time is up the extra minute runs', () => {
    const countdown = new Countdown(2);
    countdown.togglePause();
    countdown.addMinute();
    expect(countdown.left).toBe(62);
    expect(countdown.isPaused).toBe(true);
    countdown.togglePause();
    ticks(countdown, 62);
    expect(countdown.isDone).toBe(true);
    countdown.addMinute();
    expect(countdown.isPaused).toBe(false);
    ticks(countdown, 1);
    expect(countdown.left).toBe(59);
  });

  it('restarts from the full time, staying paused if it was', () => {
    const countdown = new Countdown(300);
    ticks(countdown, 40);
    countdown.togglePause();
    countdown.restart();
    expect(countdown.left).toBe(300);
    expect(countdown.isPaused).toBe(true);
    countdown.togglePause();
    ticks(countdown, 300);
    countdown.restart();
    expect(countdown.isPaused).toBe(false);
    expect(countdown.left).toBe(300);
  });

  it('cannot pause time that is up', () => {
    const countdown = new Countdown(1);
    ticks(countdown, 1);
    countdown.togglePause();
    expect(countdown.isPaused).toBe(false);
  });

  it('shows minutes and seconds', () => {
    expect(formatClock(245)).toBe('4:05');
    expect(formatClock(0)).toBe('0:00');
    expect(formatClock(3600)).toBe('60:00');
  });
});
