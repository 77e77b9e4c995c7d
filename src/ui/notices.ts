import { h } from './dom';

type Translate = (key: string, options?: Record<string, unknown>) => string;

interface ShownNotice {
  key: string;
  options: Record<string, unknown>;
  text: HTMLElement;
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

  show(id: string, key: string, options: Record<string, unknown> = {}): void {
    this.clear(id);
    const text = h('p', { class: 'app-notice-text' }, this.t(key, options));
    const close = h(
      'button',
      { type: 'button', class: 'secondary app-notice-close' },
      this.t('notice.close'),
    );
    const notice = h('div', { class: 'notice app-notice', role: 'alert', 'data-notice': id }, text, close);
    close.addEventListener('click', () => this.clear(id));
    this.shown.set(id, { key, options, text });
    this.region.append(notice);
    this.region.hidden = false;
  }

  clear(id: string): void {
    if (!this.shown.delete(id)) return;
    this.region.querySelector(`[data-notice="${CSS.escape(id)}"]`)?.remove();
    this.region.hidden = this.shown.size === 0;
  }

  /** Puts the messages on screen into the language just chosen. */
  retranslate(): void {
    for (const [id, notice] of this.shown) {
      notice.text.textContent = this.t(notice.key, notice.options);
      const close = this.region.querySelector(`[data-notice="${CSS.escape(id)}"] button`);
      if (close) close.textContent = this.t('notice.close');
    }
  }
}
