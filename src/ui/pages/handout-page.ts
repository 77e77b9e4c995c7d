import type { App } from '../../app/app';
import type { Chapter } from '../../content/schema';
import { button, h } from '../dom';
import { formatDateOrRange } from '../format';

/** A one-page handout of a chapter for the class: what is known, the decision and its options, questions. */
export function handoutPage(app: App, chapter: Chapter): Node[] {
  const { t } = app;
  const ids = (records: readonly string[]) => ` [${records.join(', ')}]`;
  return [
    h(
      'div',
      // A chapter with two decisions prints in smaller type, so that it too fits one sheet.
      { class: chapter.decisions.length > 1 ? 'handout dense' : 'handout' },
      h(
        'p',
        { class: 'hint' },
        t('handout.period', { period: formatDateOrRange(chapter.period, app.language()) }),
      ),
      h('p', { class: 'lead' }, t(chapter.briefing.lead)),
      h('h2', {}, t('briefing.known')),
      h(
        'ul',
        {},
        chapter.briefing.facts.map((fact) => h('li', {}, t(fact.text), ids(fact.records))),
      ),
      h('h2', {}, t('briefing.stakes')),
      h('p', {}, t(chapter.briefing.stakes)),
      ...chapter.decisions.flatMap((decision) => [
        h('h2', {}, t(decision.title)),
        h('p', { class: 'prompt' }, t(decision.prompt)),
        h(
          'ol',
          {},
          decision.options.map((option) =>
            h('li', {}, h('strong', {}, t(option.label)), ' — ', t(option.detail)),
          ),
        ),
      ]),
      h('h2', {}, t('debrief.questions')),
      h(
        'ol',
        {},
        chapter.decisions.flatMap((decision) =>
          decision.debrief.questions.map((question) => h('li', {}, t(question))),
        ),
      ),
      h('p', { class: 'hint' }, t('handout.note')),
    ),
    h(
      'p',
      { class: 'no-print' },
      button(t('handout.print'), () => window.print(), { class: 'primary' }),
    ),
  ];
}
