import type { Layout } from '../lib/layout';

/** The DOM layer over the canvas: the screen card, the live announcer and the layout variables. */
export class Overlay {
  constructor(
    /** The screen card: what is on it now. */
    readonly card: HTMLElement,
    private readonly announcer: HTMLElement,
    private readonly root: HTMLElement,
  ) {}

  /** Replaces the card's content and moves focus to the new screen's heading. */
  show(screen: HTMLElement, name: string): void {
    this.card.replaceChildren(screen);
    this.card.dataset.screen = name;
    this.card.scrollTop = 0;
    // Restarting the entry animation takes a layout in between; the first screen has none to restart.
    if (this.card.classList.contains('card-enter')) {
      this.card.classList.remove('card-enter');
      void this.card.offsetWidth;
    }
    this.card.classList.add('card-enter');
    const heading = screen.querySelector<HTMLElement>('h1');
    if (heading) {
      heading.tabIndex = -1;
      // A control that rebuilds the screen around itself (the language list) keeps the focus.
      if (!document.activeElement?.closest('[data-keeps-focus]')) heading.focus({ preventScroll: true });
      document.title = `${heading.textContent ?? ''} — Crossroads`;
    }
  }

  announce(text: string): void {
    this.announcer.textContent = '';
    window.setTimeout(() => (this.announcer.textContent = text), 30);
  }

  applyLayout(layout: Layout): void {
    const style = this.root.style;
    style.setProperty('--card-x', `${layout.card.x}px`);
    style.setProperty('--card-y', `${layout.card.y}px`);
    style.setProperty('--card-w', `${layout.card.width}px`);
    style.setProperty('--card-h', `${layout.card.height}px`);
    style.setProperty('--stage-x', `${layout.stage.x}px`);
    style.setProperty('--stage-y', `${layout.stage.y}px`);
    style.setProperty('--stage-w', `${layout.stage.width}px`);
    style.setProperty('--stage-h', `${layout.stage.height}px`);
    this.root.dataset.layout = layout.mode;
    // "folded" and "open" are a phone's, where the strip folds the stage away; elsewhere it always shows.
    this.root.dataset.stage = layout.strip ? (layout.stageShown ? 'open' : 'folded') : 'always';
    style.setProperty('--strip-h', `${layout.strip?.height ?? 0}px`);
  }
}
