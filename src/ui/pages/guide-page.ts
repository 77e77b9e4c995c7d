import type { App } from '../../app/app';
import type { KnowledgeCheck } from '../../content/schema';
import { button, h } from '../dom';

const section = (app: App, key: string) =>
  h('section', {}, h('h2', {}, app.t(`guide:${key}.heading`)), h('p', {}, app.t(`guide:${key}.text`)));

const list = (app: App, key: string, group: 'items' | 'steps', count: number, tag: 'ul' | 'ol') =>
  h(
    'section',
    {},
    h('h2', {}, app.t(`guide:${key}.heading`)),
    h(
      tag,
      {},
      Array.from({ length: count }, (_, i) =>
        h('li', {}, app.t(`guide:${key}.${group}.${group === 'items' ? 'o' : 's'}${i + 1}`)),
      ),
    ),
  );

/** The teacher guide: objectives, lesson plans, class mode, every chapter's questions, the check's answers. */
export function guidePage(app: App, check: KnowledgeCheck | undefined): Node[] {
  const { t } = app;
  const campaign = app.catalog.campaign();
  const chapters = app.catalog.scenario.chapters.flatMap((id) => campaign.chapters[id] ?? []);
  return [
    h('p', { class: 'lead' }, t('guide:intro')),
    list(app, 'objectives', 'items', 5, 'ul'),
    list(app, 'plan45', 'steps', 5, 'ol'),
    list(app, 'plan90', 'steps', 7, 'ol'),
    section(app, 'classMode'),
    h(
      'section',
      {},
      h('h2', {}, t('guide:questionsHeading')),
      chapters.map((chapter) =>
        h(
          'div',
          { class: 'guide-chapter' },
          h('h3', {}, `${t('report.chapterNumber', { number: chapter.number })} · ${t(chapter.title)}`),
          h(
            'ol',
            {},
            chapter.decisions.flatMap((decision) =>
              decision.debrief.questions.map((question) => h('li', {}, t(question))),
            ),
          ),
        ),
      ),
    ),
    ...(check
      ? [
          h(
            'section',
            {},
            h('h2', {}, t('guide:answersHeading')),
            h(
              'ol',
              { class: 'guide-answers' },
              check.statements.map((statement) =>
                h(
                  'li',
                  {},
                  h('p', {}, h('strong', {}, t(statement.text))),
                  h(
                    'p',
                    {},
                    `${t(statement.true ? 'check.true' : 'check.false')} — ${t(statement.explanation)} [${statement.records.join(', ')}]`,
                  ),
                ),
              ),
            ),
          ),
        ]
      : []),
    section(app, 'sensitivity'),
    section(app, 'balance'),
    section(app, 'privacy'),
    h(
      'p',
      { class: 'no-print' },
      button(t('guide:print'), () => window.print(), { class: 'primary' }),
    ),
  ];
}
