import type { ScreenContext } from '../screen-context';
import { button, h } from '../dom';

/** A page left for another one (the guide for a chapter's worksheet), kept as it was to come back to. */
interface EarlierPage {
  heading: string;
  nodes: Node[];
  scrollTop: number;
  focused: Element | null;
}

/** A full-height reference page over the game (the model, the timeline); Esc or the button closes it. */
export class PageDialog {
  private readonly dialog: HTMLDialogElement;
  private readonly earlier: EarlierPage[] = [];

  constructor(private readonly app: ScreenContext) {
    this.dialog = h('dialog', { class: 'page', 'aria-labelledby': 'page-heading' });
    this.dialog.addEventListener('close', () => {
      this.earlier.length = 0;
      this.dialog.replaceChildren();
    });
    document.body.append(this.dialog);
  }

  get isOpen(): boolean {
    return this.dialog.open;
  }

  close(): void {
    this.dialog.close();
  }

  /**
   * Shows a page; `focusId` scrolls to an element inside it (e.g. the current chapter's entries). A page
   * shown over an open one offers a way back to it.
   */
  show(heading: string, content: Node[], focusId?: string): void {
    if (this.dialog.open) {
      const shown = this.dialog.querySelector('#page-heading')?.textContent;
      if (shown)
        this.earlier.push({
          heading: shown,
          nodes: [...this.dialog.childNodes],
          scrollTop: this.dialog.scrollTop,
          focused: document.activeElement,
        });
    }
    this.render(heading, content);
    if (!this.dialog.open) this.dialog.showModal();
    // A page opens at its top, not where the page shown before it had been scrolled to.
    this.dialog.scrollTop = 0;
    const target = focusId ? this.dialog.querySelector<HTMLElement>(`#${CSS.escape(focusId)}`) : null;
    if (target) {
      target.tabIndex = -1;
      target.focus();
      target.scrollIntoView({ block: 'start' });
    } else {
      this.dialog.querySelector<HTMLElement>('.page-head button.primary')?.focus();
    }
  }

  private render(heading: string, content: Node[]): void {
    const close = button(this.app.t('page.close'), () => this.dialog.close(), { class: 'primary' });
    const previous = this.earlier.at(-1);
    const back = previous
      ? button(this.app.t('page.back', { page: previous.heading }), () => this.back(), {
          class: 'secondary',
        })
      : null;
    this.dialog.replaceChildren(
      h(
        'div',
        { class: 'page-head' },
        h('h1', { id: 'page-heading', tabindex: -1 }, heading),
        h('div', { class: 'page-head-actions' }, back, close),
      ),
      h('div', { class: 'page-body' }, content),
    );
  }

  /** Returns to the page this one was opened from, where it was scrolled, with the focus where it was. */
  private back(): void {
    const page = this.earlier.pop();
    if (!page) return;
    this.dialog.replaceChildren(...page.nodes);
    this.dialog.scrollTop = page.scrollTop;
    if (page.focused instanceof HTMLElement && this.dialog.contains(page.focused)) page.focused.focus();
    else this.dialog.querySelector<HTMLElement>('.page-head button.primary')?.focus();
  }
}
