import type { SoundSystem } from '../audio/sound';
import type { ScreenContext } from './screen-context';
import { LANGUAGE_NAMES } from '../i18n/languages';
import { resumeCodeBox } from './components/resume-code';
import { button, h } from './dom';

export interface MenuActions {
  toTitle: () => void;
  showModel: () => void;
  showTimeline: () => void;
  showGuide: () => void;
  showGlossary: () => void;
}

/** What the menu shows and changes: the sound, the motion, the second language, the resume code. */
export interface MenuContext extends Pick<ScreenContext, 't' | 'language' | 'secondLanguage' | 'session'> {
  /** The languages the game ships, in display order. */
  readonly languages: readonly string[];
  readonly setSecondLanguage: (language: string | null) => Promise<void>;
  readonly reducedMotion: () => boolean;
  readonly setReducedMotion: (reduced: boolean) => void;
  readonly sound: Pick<SoundSystem, 'muted' | 'setMuted'>;
  /** Whether the browser keeps the run between visits. */
  readonly store: { readonly available: boolean };
}

/** The Esc menu: a native modal dialog, so focus stays inside it and Esc closes it. */
export class GameMenu {
  private readonly dialog: HTMLDialogElement;
  /** While a page opened from the menu is up: closing it comes back to the menu. */
  private backFromPage: ((event: Event) => void) | null = null;

  constructor(
    private readonly app: MenuContext,
    private readonly actions: MenuActions,
  ) {
    this.dialog = h('dialog', { class: 'menu', 'aria-labelledby': 'menu-heading' });
    document.body.append(this.dialog);
  }

  get isOpen(): boolean {
    return this.dialog.open;
  }

  toggle(): void {
    if (this.dialog.open) this.dialog.close();
    else this.open();
  }

  open(): void {
    this.stopWaitingForPage();
    const { t, sound } = this.app;
    const close = button(t('menu.resume'), () => this.dialog.close(), { class: 'primary' });
    const soundToggle = h('input', { type: 'checkbox', id: 'menu-sound', checked: !sound.muted });
    soundToggle.addEventListener('change', () => sound.setMuted(!soundToggle.checked));
    const motionToggle = h('input', {
      type: 'checkbox',
      id: 'menu-motion',
      checked: this.app.reducedMotion(),
    });
    motionToggle.addEventListener('change', () => this.app.setReducedMotion(motionToggle.checked));
    const toTitle = button(t('menu.toTitle'), () => {
      this.dialog.close();
      this.actions.toTitle();
    });
    const second = h(
      'select',
      { id: 'menu-second-language' },
      h('option', { value: '' }, t('menu.noSecondLanguage')),
      this.app.languages
        .filter((language) => language !== this.app.language())
        .map((language) =>
          h(
            'option',
            { value: language, lang: language, selected: language === this.app.secondLanguage() },
            LANGUAGE_NAMES[language] ?? language,
          ),
        ),
    );
    second.addEventListener('change', () => {
      void this.app.setSecondLanguage(second.value || null).then(() => {
        second.value = this.app.secondLanguage() ?? '';
      });
    });
    const page = (label: string, show: () => void) =>
      button(label, () => {
        this.dialog.close();
        this.returnAfterPage();
        show();
      });
    this.dialog.replaceChildren(
      h('h2', { id: 'menu-heading' }, t('menu.heading')),
      h(
        'div',
        { class: 'menu-items' },
        close,
        h(
          'label',
          { class: 'toggle', for: 'menu-sound' },
          soundToggle,
          ` ${t('menu.sound')} `,
          h('kbd', {}, 'M'),
        ),
        h('label', { class: 'toggle', for: 'menu-motion' }, motionToggle, ` ${t('menu.motion')}`),
        this.app.languages.length > 1
          ? h(
              'label',
              { class: 'select-row', for: 'menu-second-language' },
              `${t('menu.secondLanguage')} `,
              second,
            )
          : null,
        page(t('menu.model'), this.actions.showModel),
        page(t('menu.timeline'), this.actions.showTimeline),
        page(t('menu.glossary'), this.actions.showGlossary),
        page(t('menu.guide'), this.actions.showGuide),
        toTitle,
      ),
      ...[resumeCodeBox(this.app)].filter((box): box is HTMLElement => box !== null),
      h('p', { class: 'hint' }, t(this.app.store.available ? 'menu.saved' : 'menu.notSaved')),
      h('p', { class: 'hint' }, t('title.keys')),
    );
    this.dialog.showModal();
    close.focus();
  }

  private returnAfterPage(): void {
    // 'close' does not bubble, but a capturing listener on the document still hears it.
    this.backFromPage = (event) => {
      if (event.target instanceof HTMLDialogElement && event.target.classList.contains('page')) this.open();
    };
    document.addEventListener('close', this.backFromPage, true);
  }

  private stopWaitingForPage(): void {
    if (this.backFromPage) document.removeEventListener('close', this.backFromPage, true);
    this.backFromPage = null;
  }
}
