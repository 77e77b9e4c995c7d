import { text } from '../bilingual';
import type { ScreenContext } from '../screen-context';
import type { Chapter } from '../../content/schema';
import { actionBar } from '../components/action-bar';
import { factParagraph } from '../components/fact';
import { more } from '../components/more';
import { runNotes } from '../components/run-notes';
import { citations } from '../components/record-citation';
import { button, h } from '../dom';
import { formatDateOrRange } from '../format';
import type { ScreenKeys } from '../keyboard';

export function briefingScreen(
  app: ScreenContext,
  chapter: Chapter,
  onContinue: () => void,
): { element: HTMLElement; keys: ScreenKeys } {
  const { t } = app;
  const { briefing } = chapter;
  const action = actionBar(t('briefing.continue'), onContinue);
  const element = h(
    'article',
    { class: 'screen dossier', 'aria-labelledby': 'briefing-heading' },
    h(
      'p',
      { class: 'eyebrow' },
      t('briefing.eyebrow', {
        number: chapter.number,
        dates: formatDateOrRange(chapter.period, app.language()),
      }),
    ),
    h('h1', { id: 'briefing-heading' }, t(chapter.title)),
    factParagraph(app, briefing.core, 'p'),
    runNotes(app, briefing.notes, app.classroom().mode === 'class' ? 1 : 2),
    briefing.sensitive.length && app.classroom().hideSensitive
      ? h('p', { class: 'notice sensitive-note' }, t('briefing.sensitiveLeftOut'))
      : null,
    briefing.tips.length
      ? h(
          'aside',
          { class: 'tips', 'aria-labelledby': 'tips-heading' },
          h('h2', { id: 'tips-heading' }, t('briefing.tips')),
          h(
            'ul',
            {},
            briefing.tips.map((tip) => h('li', {}, text(app, tip))),
          ),
        )
      : null,
    more(
      t('more.briefing'),
      h('p', { class: 'lead' }, text(app, briefing.lead)),
      h('h2', {}, t('briefing.known')),
      briefing.facts.map((fact) => factParagraph(app, fact)),
      briefing.sensitive.length && !app.classroom().hideSensitive
        ? [h('h2', {}, t('briefing.sensitive')), briefing.sensitive.map((fact) => factParagraph(app, fact))]
        : null,
      briefing.statements.length
        ? [
            h('h2', {}, t('briefing.said')),
            h(
              'ul',
              { class: 'statements' },
              briefing.statements.map((statement) =>
                h(
                  'li',
                  { class: 'statement' },
                  h('strong', { class: 'speaker' }, t(statement.speaker)),
                  h('span', {}, ' ', text(app, statement.text), ' '),
                  citations(t, statement.records, app.record(), app.language()),
                ),
              ),
            ),
          ]
        : null,
      h('h2', {}, t('briefing.stakes')),
      h('p', {}, text(app, briefing.stakes)),
    ),
    h(
      'p',
      { class: 'page-links' },
      button(t('briefing.timeline'), () => app.pages.showTimeline(chapter.records), { class: 'secondary' }),
      ' ',
      button(t('briefing.model'), () => app.pages.showModel(), { class: 'secondary' }),
      ' ',
      button(t('briefing.handout'), () => app.pages.showHandout(chapter), { class: 'secondary' }),
    ),
    action.bar,
  );
  return { element, keys: { enter: onContinue } };
}
