import type { TOptions } from 'i18next';
import type { UiKey } from '../i18n/keys';
import { button, h } from './dom';

type Translate = (key: UiKey, options?: TOptions) => string;

/** A button a notice offers beside Close, e.g. "Reload" for a new version. */
export interface NoticeAction {
  key: UiKey;
  run: () => void;
}

interface ShownNotice {
  key: UiKey;
  options: TOptions;
  text: HTMLElement;
  close: HTMLElement;
  action?: { key: UiKey; button: HTMLElement };
}

/**
 * Messages about the game itself (a save that failed, a language or a page that could not be downloaded), shown over
 * the top of the card until the player closes them; they outlast a change of screen. Each has an id, and a new
 * message with the same id replaces the old one.
 */
export class Notices {
  private readonly shown = new Map<string, ShownNotice>();

  constructor(
    private readonly region: HTMLElement,
    private readonly t: Translate,
  ) {}

  /** A problem the player should hear of at once: screen readers read it out as an alert. */
  show(id: string, key: UiKey, options: TOptions = {}): void {
    this.put(id, key, options, 'alert');
  }

  /** News that can wait (a new version is ready): read out politely, with one action the player may take or not. */
  offer(id: string, key: UiKey, action: NoticeAction): void {
    this.put(id, key, {}, 'status', action);
  }

  clear(id: string): void {
    if (!this.shown.delete(id)) return;
    this.region.querySelector(`[data-notice="${CSS.escape(id)}"]`)?.remove();
    this.region.hidden = this.shown.size === 0;
  }

  /** Puts the messages on screen into the language just chosen. */
  retranslate(): void {
    for (const notice of this.shown.values()) {
      notice.text.textContent = this.t(notice.key, notice.options);
      notice.close.textContent = this.t('notice.close');
      if (notice.action) notice.action.button.textContent = this.t(notice.action.key);
    }
  }

  private put(
    id: string,
    key: UiKey,
    options: TOptions,
    role: 'alert' | 'status',
    action?: NoticeAction,
  ): void {
    this.clear(id);
    const text = h('p', { class: 'app-notice-text' }, this.t(key, options));
    const actionButton =
      action && button(this.t(action.key), action.run, { class: 'primary app-notice-action' });
    const close = button(this.t('notice.close'), () => this.clear(id), {
      class: 'secondary app-notice-close',
    });
    const notice = h(
      'div',
      { class: role === 'status' ? 'notice app-notice quiet' : 'notice app-notice', role, 'data-notice': id },
      text,
      actionButton,
      close,
    );
    this.shown.set(id, {
      key,
      options,
      text,
      close,
      ...(action && actionButton && { action: { key: action.key, button: actionButton } }),
    });
    this.region.append(notice);
    this.region.hidden = false;
  }
}
