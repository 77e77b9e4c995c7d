import type { ScreenContext } from '../screen-context';
import { Countdown, formatClock } from '../countdown';
import { button, h, uniqueId } from '../dom';

/**
 * Class mode: the discussion's countdown with its controls (pause or resume, one more minute, start over). It ticks
 * while its screen is up and stops by itself when the screen goes; time up is announced and rung.
 */
export function discussionTimer(app: ScreenContext, countdown: Countdown): HTMLElement {
  const { t } = app;
  const headingId = uniqueId('timer-heading');
  const display = h('p', { class: 'timer', role: 'timer', 'aria-live': 'off' });
  const clock = h('span', { class: 'timer-clock', 'aria-hidden': 'true' });
  const pause = button('', () => {
    countdown.togglePause();
    show();
  });
  const more = button(t('timer.addMinute'), () => {
    countdown.addMinute();
    show();
  });
  const restart = button(t('timer.restart'), () => {
    countdown.restart();
    show();
  });
  for (const control of [pause, more, restart]) control.className = 'timer-button';

  const show = () => {
    const time = formatClock(countdown.left);
    const paused = countdown.isPaused ? ` · ${t('timer.paused')}` : '';
    display.dataset.secondsLeft = String(countdown.left);
    // On the wall the clock alone; to a screen reader the whole sentence.
    clock.textContent = countdown.isDone ? t('timer.done') : `${time}${paused}`;
    display.setAttribute(
      'aria-label',
      countdown.isDone ? t('timer.done') : `${t('timer.label', { time })}${paused}`,
    );
    display.classList.toggle('timer-done', countdown.isDone);
    pause.textContent = t(countdown.isPaused ? 'timer.resume' : 'timer.pause');
    pause.setAttribute('aria-disabled', String(countdown.isDone));
  };
  display.append(clock);
  show();

  // Ticks only while on screen: a rebuilt screen (a language switch) takes the same countdown over.
  let shown = false;
  let waited = 0;
  const tick = window.setInterval(() => {
    if (!display.isConnected) {
      if (shown || ++waited > 30) window.clearInterval(tick);
      return;
    }
    shown = true;
    const timeUp = countdown.tick();
    show();
    if (!timeUp) return;
    app.overlay.announce(t('timer.done'));
    app.sound.play('bell');
  }, 1000);

  return h(
    'div',
    { class: 'discussion-timer', role: 'group', 'aria-labelledby': headingId },
    h('span', { id: headingId, class: 'timer-heading' }, t('timer.heading')),
    display,
    h('span', { class: 'timer-controls' }, pause, more, restart),
  );
}
