import type { ScreenContext } from './screen-context';
import type { GlossaryTerm } from '../content/schema';
import { h } from './dom';
import { TermDialog } from './pages/term-dialog';

/** Where term links go: narrative text, not headings, buttons, links or the second language. */
const LINKABLE = '.lead, .fact, .statement, .prompt, .option-detail';
const SKIP = 'a, button, kbd, .second-language, .record-entry, .cite';

let termDialog: TermDialog | undefined;

function escapeForPattern(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * Turns the first mention of each glossary term on a screen into a button that opens its entry in a
 * small dialog (pages/term-dialog.ts).
 * Works on text nodes only, so no markup is ever parsed.
 */
export function linkGlossaryTerms(app: ScreenContext, screen: HTMLElement): void {
  const glossary = app.catalog.glossary();
  if (!glossary) return;
  const aliases = glossary.terms
    .flatMap((term) =>
      app
        .t(term.aliases)
        .split('|')
        .map((alias) => alias.trim())
        .filter((alias) => alias.length > 1)
        .map((alias) => ({ alias, term })),
    )
    .sort((a, b) => b.alias.length - a.alias.length);
  if (aliases.length === 0) return;
  const pattern = new RegExp(
    `(^|[^\\p{L}\\p{N}])(${aliases.map((entry) => escapeForPattern(entry.alias)).join('|')})(?=$|[^\\p{L}\\p{N}])`,
    'u',
  );
  const linked = new Set<string>();
  for (const container of screen.querySelectorAll<HTMLElement>(LINKABLE)) {
    const walker = document.createTreeWalker(container, NodeFilter.SHOW_TEXT);
    const nodes: Text[] = [];
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      if (!node.parentElement?.closest(SKIP)) nodes.push(node as Text);
    }
    for (const node of nodes) linkInTextNode(app, node, pattern, aliases, linked);
  }
}

function linkInTextNode(
  app: ScreenContext,
  node: Text,
  pattern: RegExp,
  aliases: { alias: string; term: GlossaryTerm }[],
  linked: Set<string>,
): void {
  let rest: Text = node;
  for (;;) {
    const match = pattern.exec(rest.data);
    if (!match) return;
    const found = match[2]!;
    const term = aliases.find((entry) => entry.alias === found)?.term;
    const start = match.index + match[1]!.length;
    // A one-word alias right after a capitalised word is part of another name ("Heydar Aliyev").
    const partOfName = !found.includes(' ') && /\p{Lu}[\p{L}.]*\s$/u.test(rest.data.slice(0, start));
    if (!term || linked.has(term.id) || partOfName) {
      // Already linked on this screen: look further along.
      const after = rest.data.slice(start + found.length);
      const next = after ? rest.splitText(start + found.length) : null;
      if (!next) return;
      rest = next;
      continue;
    }
    linked.add(term.id);
    const word = rest.splitText(start);
    const tail = word.splitText(found.length);
    const link = h(
      'button',
      { type: 'button', class: 'term', 'aria-haspopup': 'dialog', title: app.t('glossary.open') },
      found,
    );
    link.addEventListener('click', () => {
      termDialog ??= new TermDialog(app);
      termDialog.show(term, link);
    });
    // Punctuation right after the term stays on its line: a button is a place where a line may break.
    const punctuation = /^[,.;:!?)\]»”’"']+/u.exec(tail.data)?.[0].length ?? 0;
    if (punctuation) {
      const after = tail.splitText(punctuation);
      word.replaceWith(h('span', { class: 'term-wrap' }, link, tail));
      rest = after;
    } else {
      word.replaceWith(link);
      rest = tail;
    }
  }
}
