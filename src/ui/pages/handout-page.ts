import type { ScreenContext } from '../screen-context';
import type { Chapter, TextKey } from '../../content/schema';
import { paperCitations } from '../components/record-citation';
import { button, h } from '../dom';
import { formatDateOrRange } from '../format';

/** Questions a worksheet asks in writing: the first of each decision's debrief in turn, so two decisions give one each. */
export function worksheetQuestions(chapter: Chapter, count = 2): TextKey[] {
  const lists = chapter.decisions.map((decision) => decision.debrief.questions);
  const longest = Math.max(...lists.map((list) => list.length));
  const inTurn = Array.from({ length: longest }, (_, index) => lists.flatMap((list) => list[index] ?? []));
  return inTurn.flat().slice(0, count);
}

/** The address that plays only this chapter, from wherever the game is served. */
export function chapterAddress(chapterId: string, here: string = window.location.href): string {
  const address = new URL(here);
  address.search = `?chapters=${chapterId}`;
  address.hash = '';
  return address.href;
}

/** Ruled lines to write an answer on; paper only needs them, so screen readers skip them. */
const answerLines = (count: number) =>
  h(
    'div',
    { class: 'answer-lines', 'aria-hidden': 'true' },
    Array.from({ length: count }, () => h('span', { class: 'answer-line' })),
  );

/**
 * A chapter's worksheet on one sheet: the core briefing with its sources, each decision with its options,
 * two questions with lines to answer on, and the address that plays the chapter.
 */
export function handoutPage(app: ScreenContext, chapter: Chapter): Node[] {
  const { t } = app;
  const language = app.language();
  const record = app.record();
  const core = chapter.briefing.core;
  const blank = h('span', { class: 'blank' });
  // A chapter with two decisions prints in smaller type with fewer lines to write on, so that it too fits one sheet.
  const dense = chapter.decisions.length > 1;
  return [
    h(
      'div',
      { class: dense ? 'handout worksheet dense' : 'handout worksheet' },
      h(
        'p',
        { class: 'worksheet-meta' },
        `${t('report.chapterNumber', { number: chapter.number })} · `,
        t('handout.period', { period: formatDateOrRange(chapter.period, language) }),
      ),
      h(
        'p',
        { class: 'worksheet-student' },
        [t('handout.name'), t('handout.group'), t('handout.date')].map((label) =>
          h('span', { class: 'fill-in' }, `${label}: `, blank.cloneNode()),
        ),
      ),
      h(
        'section',
        { class: 'worksheet-core' },
        h('h2', {}, t('handout.situation')),
        h('p', {}, t(core.text)),
        h(
          'p',
          { class: 'paper-source' },
          `${t('handout.record')} `,
          paperCitations(core.records, record, language),
        ),
      ),
      chapter.decisions.map((decision) =>
        h(
          'section',
          { class: 'worksheet-decision' },
          h('h2', {}, t(decision.title)),
          h('p', { class: 'prompt' }, t(decision.prompt)),
          h(
            'ol',
            { class: 'worksheet-options' },
            decision.options.map((option) =>
              h('li', {}, h('strong', {}, t(option.label)), ' — ', t(option.line)),
            ),
          ),
        ),
      ),
      h(
        'section',
        { class: 'worksheet-questions' },
        h('h2', {}, t('handout.questions')),
        h(
          'ol',
          {},
          worksheetQuestions(chapter).map((question) =>
            h('li', {}, h('p', {}, t(question)), answerLines(dense ? 3 : 4)),
          ),
        ),
      ),
      h(
        'p',
        { class: 'worksheet-address' },
        `${t('handout.address')} `,
        h('span', { class: 'address' }, chapterAddress(chapter.id)),
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

/**
 * A button that opens a chapter's worksheet wherever the teacher is, without playing up to it: it loads the
 * chapter first and, if that fails, says so beside itself.
 */
export function worksheetButton(app: ScreenContext, chapterId: string, chapterName: string): HTMLElement {
  const { t } = app;
  const problem = h('span', { class: 'form-error', role: 'alert' });
  // The name starts with the visible word, so that voice control finds it, and says which chapter.
  const open = h(
    'button',
    { type: 'button', class: 'link-button' },
    t('handout.open'),
    h('span', { class: 'sr-only' }, ` — ${chapterName}`),
  );
  const load = async (): Promise<Chapter | undefined> => {
    try {
      const loaded = await app.catalog.loadChapters([chapterId]);
      return loaded.ok ? loaded.value.chapters[chapterId] : undefined;
    } catch {
      return undefined;
    }
  };
  open.addEventListener('click', () => {
    if (open.getAttribute('aria-busy') === 'true') return;
    problem.textContent = '';
    open.setAttribute('aria-busy', 'true');
    void load().then((chapter) => {
      open.removeAttribute('aria-busy');
      if (chapter) app.pages.showHandout(chapter);
      else problem.textContent = ` ${t('handout.unavailable')}`;
    });
  });
  return h('span', { class: 'worksheet-open no-print' }, open, problem);
}
