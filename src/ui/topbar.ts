import type { InterfaceEvents, ScreenContext } from './screen-context';
import type { SoundStatus, SoundSystem } from '../audio/sound';
import { LANGUAGE_NAMES } from '../i18n/languages';
import { h } from './dom';
import { touchFirst } from './input-hints';

const SVG = 'http://www.w3.org/2000/svg';

function speakerIcon(muted: boolean): SVGSVGElement {
  const svg = document.createElementNS(SVG, 'svg');
  svg.setAttribute('viewBox', '0 0 20 20');
  svg.setAttribute('width', '18');
  svg.setAttribute('height', '18');
  const paths = ['M3 7.5h3l4-3.5v12l-4-3.5H3z'];
  paths.push(muted ? 'M13 7.5l5 5M18 7.5l-5 5' : 'M13 7a4 4 0 0 1 0 6M15 4.5a7.5 7.5 0 0 1 0 11');
  for (const d of paths) {
    const path = document.createElementNS(SVG, 'path');
    path.setAttribute('d', d);
    svg.append(path);
  }
  return svg;
}

/** What the top bar shows and changes: the language and the sound. */
export interface TopbarContext extends Pick<ScreenContext, 't' | 'language'> {
  /** The languages the game ships, in display order. */
  readonly languages: readonly string[];
  /** Switches the language of everything on screen; resolves once it is switched, or has failed. */
  readonly setLanguage: (language: string) => Promise<void>;
  readonly sound: Pick<SoundSystem, 'toggleMute' | 'onChange' | 'status' | 'muted'>;
  readonly events: Pick<InterfaceEvents, 'on'>;
}

/** The language control: each language by its own name; its accessible name is "Language" in the current one. */
function languageSelect(app: TopbarContext): HTMLSelectElement {
  const select = h(
    'select',
    {
      class: 'topbar-select',
      'aria-label': app.t('topbar.language'),
      title: app.t('topbar.language'),
      'data-keeps-focus': '',
    },
    app.languages.map((language) =>
      h(
        'option',
        { value: language, lang: language, selected: language === app.language() },
        LANGUAGE_NAMES[language] ?? language,
      ),
    ),
  );
  // A language that could not be downloaded is not switched to: the list shows the one still in use.
  select.addEventListener(
    'change',
    () => void app.setLanguage(select.value).then(() => (select.value = app.language())),
  );
  return select;
}

/** The bar across the top: the game's name, the language, the sound switch and the menu; rebuilt on a language change. */
export function mountTopbar(app: TopbarContext, container: HTMLElement, openMenu: () => void): void {
  const { sound } = app;
  let render: (status: SoundStatus, muted: boolean) => void = () => {};
  const build = () => {
    const { t } = app;
    const hadFocus = container.querySelector('.topbar-select') === document.activeElement;
    // Each button's name is its visible label; the key badge is told as a shortcut, not read as part of the name.
    const menu = h(
      'button',
      { type: 'button', class: 'topbar-button', 'aria-keyshortcuts': 'Escape' },
      t('topbar.menu'),
      ' ',
      h('kbd', { 'aria-hidden': 'true' }, t('topbar.menuHint')),
    );
    menu.addEventListener('click', openMenu);
    const soundLabel = h('span', { class: 'topbar-label' });
    const soundIcon = h('span', { class: 'sound-icon', 'aria-hidden': 'true' });
    const soundButton = h(
      'button',
      {
        type: 'button',
        class: 'topbar-button',
        'aria-keyshortcuts': 'M',
        'aria-describedby': 'sound-status',
      },
      soundIcon,
      soundLabel,
      ' ',
      h('kbd', { 'aria-hidden': 'true' }, t('topbar.soundHint')),
    );
    const soundStatus = h('span', { id: 'sound-status', class: 'sr-only' });
    soundButton.addEventListener('click', () => sound.toggleMute());
    render = (status, muted) => {
      soundIcon.replaceChildren(speakerIcon(muted));
      soundLabel.textContent = t(muted ? 'topbar.soundOff' : 'topbar.soundOn');
      soundButton.setAttribute('aria-pressed', String(!muted));
      soundStatus.textContent =
        status === 'locked'
          ? t(touchFirst() ? 'topbar.soundLockedTouch' : 'topbar.soundLocked')
          : status === 'unavailable'
            ? t('topbar.soundUnavailable')
            : '';
      soundButton.title = soundStatus.textContent;
    };
    render(sound.status(), sound.muted);
    container.replaceChildren(
      h(
        'span',
        { class: 'brand' },
        h('span', { class: 'brand-mark', 'aria-hidden': 'true' }, '◆'),
        h('span', { class: 'brand-name' }, t('app.name')),
      ),
      h(
        'span',
        { class: 'topbar-actions' },
        app.languages.length > 1 ? languageSelect(app) : null,
        soundButton,
        soundStatus,
        menu,
      ),
    );
    if (hadFocus) container.querySelector<HTMLElement>('.topbar-select')?.focus();
  };
  sound.onChange((status, muted) => render(status, muted));
  app.events.on('language', build);
  build();
}
