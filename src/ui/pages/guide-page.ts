import type { ScreenContext } from '../screen-context';
import type { KnowledgeCheck, KnowledgeStatement } from '../../content/schema';
import type { UiKey } from '../../i18n/keys';
import { paperCitations } from '../components/record-citation';
import { button, h } from '../dom';
import { worksheetButton } from './handout-page';

/** The guide's parts that have `part` beneath them: `GuidePart<'text'>` is `'classMode' | 'sensitivity' | …`. */
type GuidePart<Part extends string, Key = UiKey> = Key extends `guide:${infer Id}.${Part}` ? Id : never;

const section = (app: ScreenContext, key: GuidePart<'text'>) =>
  h('section', {}, h('h2', {}, app.t(`guide:${key}.heading`)), h('p', {}, app.t(`guide:${key}.text`)));

const list = (heading: string, entries: Readonly<Record<string, string>>, tag: 'ul' | 'ol') =>
  h(
    'section',
    {},
    h('h2', {}, heading),
    h(
      tag,
      {},
      Object.values(entries).map((entry) => h('li', {}, entry)),
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
function answer(app: ScreenContext, statement: KnowledgeStatement): HTMLElement {
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
export function guidePage(app: ScreenContext, check: KnowledgeCheck | undefined): Node[] {
  const { t } = app;
  const campaign = app.catalog.campaign();
  const chapters = app.catalog.scenario.chapters.flatMap((id) => campaign.chapters[id] ?? []);
  return [
    h('p', { class: 'lead' }, t('guide:intro')),
    list(t('guide:objectives.heading'), t('guide:objectives.items', { returnObjects: true }), 'ul'),
    list(t('guide:plan45.heading'), t('guide:plan45.steps', { returnObjects: true }), 'ol'),
    list(t('guide:plan90.heading'), t('guide:plan90.steps', { returnObjects: true }), 'ol'),
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
