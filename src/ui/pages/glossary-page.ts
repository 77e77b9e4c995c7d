import type { ScreenContext } from '../screen-context';
import type { Glossary, GlossaryTerm } from '../../content/schema';
import { citations } from '../components/record-citation';
import { button, h } from '../dom';

export const glossaryEntryId = (id: string) => `glossary-${id}`;

/** The term's names in their original scripts, each marked with its language. */
function originalNames(term: GlossaryTerm): HTMLElement[] {
  return term.original.map((name, index) =>
    h('span', {}, index ? ' · ' : '', h('span', { lang: name.lang }, name.text)),
  );
}

/** Every term in the reader's language, alphabetically, with its name in the original script. */
export function glossaryPage(app: ScreenContext, glossary: Glossary): Node[] {
  const { t } = app;
  const collator = new Intl.Collator(app.language());
  const terms = [...glossary.terms].sort((a, b) => collator.compare(t(a.term), t(b.term)));
  return [
    h('p', { class: 'lead' }, t('glossary.intro')),
    h(
      'dl',
      { class: 'glossary' },
      terms.map((term) => [
        h(
          'dt',
          { id: glossaryEntryId(term.id) },
          t(term.term),
          term.original.length ? h('span', { class: 'original' }, ' — ', originalNames(term)) : null,
        ),
        h(
          'dd',
          {},
          t(term.definition),
          term.records.length ? h('span', { class: 'hint' }, ` [${term.records.join(', ')}]`) : null,
        ),
      ]),
    ),
  ];
}

/**
 * One term on its own, for the small dialog a term in the text opens: its names, its definition, the
 * record entries it cites (each opens in place) and a way on to the whole glossary.
 */
export function glossaryEntry(
  app: ScreenContext,
  term: GlossaryTerm,
  headingId: string,
  actions: { close: () => void; wholeGlossary: () => void },
): Node[] {
  const { t } = app;
  // The record comes with the chapters; without it the ids still say where to look.
  let record: ReturnType<ScreenContext['record']> | undefined;
  try {
    record = app.record();
  } catch {
    record = undefined;
  }
  return [
    h(
      'div',
      { class: 'term-head' },
      h('h2', { id: headingId, tabindex: -1 }, t(term.term)),
      button(t('page.close'), actions.close, { class: 'secondary' }),
    ),
    term.original.length ? h('p', { class: 'original' }, originalNames(term)) : null,
    h('p', { class: 'term-definition' }, t(term.definition)),
    term.records.length
      ? h(
          'div',
          { class: 'term-records' },
          `${t('glossary.records')} `,
          record
            ? citations(t, term.records, record, app.language())
            : h('span', { class: 'hint' }, term.records.join(', ')),
        )
      : null,
    h('p', { class: 'term-more' }, button(t('glossary.whole'), actions.wholeGlossary)),
  ].filter((node) => node !== null);
}
