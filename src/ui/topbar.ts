import type { App } from '../app/app';
import type { SoundStatus } from '../audio/sound';
import { h } from './dom';

/** The bar across the top: the game's name, the menu and the sound switch, both also on keys. */
export function mountTopbar(app: App, container: HTMLElement, openMenu: () => void): void {
  const { t, sound } = app;
  const menu = h(
    'button',
    { type: 'button', class: 'topbar-button' },
    t('topbar.menu'),
    ' ',
    h('kbd', { 'aria-hidden': 'true' }, t('topbar.menuHint')),
  );
  menu.addEventListener('click', openMenu);
  const soundLabel = h('span', {});
  const soundButton = h(
    'button',
    { type: 'button', class: 'topbar-button', 'aria-describedby': 'sound-status' },
    soundLabel,
    ' ',
    h('kbd', { 'aria-hidden': 'true' }, t('topbar.soundHint')),
  );
  const soundStatus = h('span', { id: 'sound-status', class: 'sr-only' });
  soundButton.addEventListener('click', () => sound.toggleMute());

  const render = (status: SoundStatus, muted: boolean) => {
    soundLabel.textContent = `${muted ? '🔇' : '🔊'} ${t(muted ? 'topbar.soundOff' : 'topbar.soundOn')}`;
    soundButton.setAttribute('aria-pressed', String(!muted));
    soundStatus.textContent =
      status === 'locked'
        ? t('topbar.soundLocked')
        : status === 'unavailable'
          ? t('topbar.soundUnavailable')
          : '';
    soundButton.title = soundStatus.textContent;
  };
  sound.onChange(render);
  render(sound.status(), sound.muted);

  container.replaceChildren(
    h(
      'span',
      { class: 'brand' },
      h('span', { class: 'brand-mark', 'aria-hidden': 'true' }, '◆'),
      t('app.name'),
    ),
    h('span', { class: 'topbar-actions' }, soundButton, soundStatus, menu),
  );
}
