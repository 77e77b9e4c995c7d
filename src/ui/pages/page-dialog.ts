import type { App } from '../../app/app';
import { button, h } from '../dom';

/** A full-height reference page over the game (the model, the timeline); Esc or the button closes it. */
export class PageDialog {
  private readonly dialog: HTMLDialogElement;

  constructor(private readonly app: App) {
    this.dialog = h('dialog', { class: 'page', 'aria-labelledby': 'page-heading' });
    this.dialog.addEventListener('close', () => this.dialog.replaceChildren());
    document.body.append(this.dialog);
  }

  get isOpen(): boolean {
    return this.dialog.open;
  }

  close(): void {
    this.dialog.close();
  }

  /** Shows a page; `focusId` scrolls to an element inside it (e.g. the current chapter's entries). */
  show(heading: string, content: Node[], focusId?: string): void {
    const close = button(this.app.t('page.close'), () => this.dialog.close(), { class: 'primary' });
    this.dialog.replaceChildren(
      h('div', { class: 'page-head' }, h('h1', { id: 'page-heading', tabindex: -1 }, heading), close),
      h('div', { class: 'page-body' }, content),
    );
    if (!this.dialog.open) this.dialog.showModal();
    // A page opens at its top, not where the page shown before it had been scrolled to.
    this.dialog.scrollTop = 0;
    const target = focusId ? this.dialog.querySelector<HTMLElement>(`#${CSS.escape(focusId)}`) : null;
    if (target) {
      target.tabIndex = -1;
      target.focus();
      target.scrollIntoView({ block: 'start' });
    } else {
      close.focus();
    }
  }
}
