import type { App } from '../../app/app';
import type { Glossary } from '../../content/schema';
import { h } from '../dom';

export const glossaryEntryId = (id: string) => `glossary-${id}`;

/** Every term in the reader's language, alphabetically, with its name in the original script. */
export function glossaryPage(app: App, glossary: Glossary): Node[] {
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
          term.original.length
            ? h(
                'span',
                { class: 'original' },
                ' — ',
                term.original.map((name, index) => [
                  index ? ' · ' : '',
                  h('span', { lang: name.lang }, name.text),
                ]),
              )
            : null,
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
