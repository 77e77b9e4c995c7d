import type { App } from '../../app/app';
import type { KnowledgeCheck, KnowledgeStatement } from '../../content/schema';
import { paperCitations } from '../components/record-citation';
import { button, h } from '../dom';
import { worksheetButton } from './handout-page';

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

/** An explanation without the verdict it opens with ("False. According to…"), which the key prints on its own. */
export function withoutVerdict(explanation: string, verdict: string): string {
  const opening = explanation.slice(0, verdict.length);
  const rest = explanation.slice(verdict.length);
  if (opening.toLocaleLowerCase() !== verdict.toLocaleLowerCase() || /^\p{L}/u.test(rest)) return explanation;
  return rest.replace(/^[\s.:;,!—–-]+/u, '');
}

/** One answer of the key: the statement, its verdict once, the explanation and its sources. */
function answer(app: App, statement: KnowledgeStatement): HTMLElement {
  const { t } = app;
  const verdict = t(statement.true ? 'check.true' : 'check.false');
  return h(
    'li',
    {},
    h('p', {}, h('strong', {}, t(statement.text))),
    h(
      'p',
      {},
      h('strong', { class: 'verdict' }, t('guide:verdict', { verdict })),
      ' ',
      withoutVerdict(t(statement.explanation), verdict),
      ' ',
      h('span', { class: 'hint' }, '(', paperCitations(statement.records, app.record(), app.language()), ')'),
    ),
  );
}

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
      h('p', {}, t('guide:worksheets')),
      chapters.map((chapter) => {
        const name = `${t('report.chapterNumber', { number: chapter.number })} · ${t(chapter.title)}`;
        return h(
          'div',
          { class: 'guide-chapter' },
          h('h3', {}, name),
          worksheetButton(app, chapter.id, name),
          h(
            'ol',
            {},
            chapter.decisions.flatMap((decision) =>
              decision.debrief.questions.map((question) => h('li', {}, t(question))),
            ),
          ),
        );
      }),
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
              check.statements.map((statement) => answer(app, statement)),
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
