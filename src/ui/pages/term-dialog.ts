import type { ScreenContext } from '../screen-context';
import type { GlossaryTerm } from '../../content/schema';
import { h } from '../dom';
import { glossaryEntry } from './glossary-page';

const HEADING_ID = 'term-heading';

/**
 * A small modal dialog with one glossary term, opened from the term in the text. Focus moves to the
 * term's name; Esc or Close shuts it and puts the focus back on the term.
 */
export class TermDialog {
  private readonly dialog: HTMLDialogElement;
  private opener: HTMLElement | null = null;

  constructor(private readonly app: ScreenContext) {
    this.dialog = h('dialog', { class: 'term-dialog', 'aria-labelledby': HEADING_ID });
    // Keys pressed in the dialog stay in it: Enter, the digits and M must not act on the screen below.
    this.dialog.addEventListener('keydown', (event) => event.stopPropagation());
    // The close event comes a moment after closing: a term opened again in between keeps its dialog.
    this.dialog.addEventListener('close', () => {
      if (this.dialog.open) return;
      this.opener?.focus();
      this.opener = null;
    });
    // A tap on the backdrop (outside the dialog's box) closes it, as on a phone one expects.
    this.dialog.addEventListener('click', (event) => {
      if (event.target === this.dialog && !this.inside(event)) this.dialog.close();
    });
    document.body.append(this.dialog);
  }

  show(term: GlossaryTerm, opener: HTMLElement): void {
    this.opener = opener;
    this.dialog.replaceChildren(
      ...glossaryEntry(this.app, term, HEADING_ID, {
        close: () => this.dialog.close(),
        wholeGlossary: () => {
          // The whole glossary takes the focus to this term's entry, and gives it back when it closes.
          this.opener = null;
          this.dialog.close();
          opener.focus();
          this.app.pages.showGlossary(term.id);
        },
      }),
    );
    if (!this.dialog.open) this.dialog.showModal();
    this.dialog.scrollTop = 0;
    this.dialog.querySelector<HTMLElement>(`#${HEADING_ID}`)?.focus();
  }

  private inside(event: MouseEvent): boolean {
    const box = this.dialog.getBoundingClientRect();
    return (
      event.clientX >= box.left &&
      event.clientX <= box.right &&
      event.clientY >= box.top &&
      event.clientY <= box.bottom
    );
  }
}
