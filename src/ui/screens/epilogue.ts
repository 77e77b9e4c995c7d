import { text } from '../bilingual';
import type { App } from '../../app/app';
import type { Epilogue, Source } from '../../content/schema';
import { actionBar } from '../components/action-bar';
import { factParagraph } from '../components/fact';
import { citations, sourceLink } from '../components/record-citation';
import { h } from '../dom';
import { formatDateOrRange } from '../format';
import type { ScreenKeys } from '../keyboard';

/** What happened after the last decision: record only, no choice. */
export function epilogueScreen(
  app: App,
  epilogue: Epilogue,
  onContinue: () => void,
): { element: HTMLElement; keys: ScreenKeys } {
  const { t } = app;
  const record = app.record();
  const language = app.language();
  const source = (id: string) => record.sources.find((candidate) => candidate.id === id);
  const action = actionBar(t('epilogueScreen.continue'), onContinue);
  const element = h(
    'article',
    { class: 'screen archive', 'aria-labelledby': 'epilogue-heading' },
    h(
      'p',
      { class: 'eyebrow' },
      t('epilogueScreen.eyebrow', { period: formatDateOrRange(epilogue.period, language) }),
    ),
    h('h1', { id: 'epilogue-heading' }, t(epilogue.title)),
    h('p', { class: 'lead' }, text(app, epilogue.lead)),
    epilogue.sections.map((section) =>
      h(
        'section',
        {},
        h('h2', {}, t(section.heading)),
        h(
          'ul',
          { class: 'dated' },
          section.facts.map((fact) => factParagraph(app, fact, 'li')),
        ),
      ),
    ),
    h('h2', {}, t('debrief.framing')),
    h(
      'div',
      { class: 'slips' },
      epilogue.framing.map((framing) => {
        const origin = source(framing.source);
        return h(
          'figure',
          { class: `slip slip-${framing.side}` },
          h(
            'figcaption',
            {},
            h('span', { class: 'slip-side' }, t(`side.${framing.side}`)),
            origin ? ` · ${origin.publisher}` : '',
          ),
          h('p', {}, text(app, framing.text), ' ', citations(t, framing.records, record, language)),
          origin ? h('p', { class: 'slip-source' }, sourceLink(t, origin, language)) : null,
        );
      }),
    ),
    h('h2', {}, t('debrief.questions')),
    h(
      'ol',
      { class: 'questions' },
      epilogue.questions.map((question) => h('li', {}, text(app, question))),
    ),
    h('h2', {}, t('debrief.sources')),
    h(
      'ul',
      { class: 'sources' },
      epilogue.sources
        .map(source)
        .filter((s): s is Source => s !== undefined)
        .map((s) => h('li', {}, sourceLink(t, s, language))),
    ),
    action.bar,
  );
  return { element, keys: { enter: onContinue } };
}
