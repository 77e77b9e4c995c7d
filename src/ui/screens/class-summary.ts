import type { ScreenContext } from '../screen-context';
import type { Ending } from '../../content/schema';
import {
  RUN_MODES,
  summariseClass,
  type ClassSummary,
  type DecisionSummary,
  type EndingSpread,
  type RunMode,
  type Tally,
} from '../../results/class-summary';
import { collectResults, type Collection, type PickedFile } from '../../results/collect-results';
import { button, h } from '../dom';
import type { ScreenKeys } from '../keyboard';

export interface ClassSummaryOptions {
  /** The files counted so far; kept by the scene so that a change of language keeps them. */
  collection: Collection;
  keep: (collection: Collection) => void;
  /** The game's endings, for their titles; empty when they could not be loaded. */
  endings: readonly Ending[];
  back: () => void;
}

type Translate = ScreenContext['t'];

function shareText(app: ScreenContext, share: Tally): string {
  const percent = new Intl.NumberFormat(app.language(), { style: 'percent' }).format(share.percent / 100);
  return app.t('summary.share', { count: share.count, percent });
}

const modeHeadings = (t: Translate, modes: readonly RunMode[]) =>
  modes.map((mode) => h('th', { scope: 'col' }, t(`summary.columns.${mode}`)));

function table(head: readonly (HTMLElement | null)[], rows: readonly HTMLElement[]): HTMLElement {
  return h(
    'div',
    { class: 'table-wrap' },
    h('table', { class: 'report-table' }, h('thead', {}, h('tr', {}, head)), h('tbody', {}, rows)),
  );
}

function endingName(t: Translate, spread: EndingSpread, endings: readonly Ending[]): string {
  if (spread.ending === null) return t('summary.noEnding');
  const ending = endings.find((e) => e.id === spread.ending);
  return ending ? t(ending.title) : t('summary.unknownEnding', { id: spread.ending });
}

function endingsSection(
  app: ScreenContext,
  summary: ClassSummary,
  modes: readonly RunMode[],
  endings: readonly Ending[],
) {
  const { t } = app;
  return h(
    'section',
    { class: 'summary-endings', 'aria-labelledby': 'summary-endings-heading' },
    h('h2', { id: 'summary-endings-heading' }, t('summary.endingsHeading')),
    table(
      [h('th', { scope: 'col' }, t('summary.columns.ending')), ...modeHeadings(t, modes)],
      summary.endings.map((spread) =>
        h(
          'tr',
          {},
          h('th', { scope: 'row' }, endingName(t, spread, endings)),
          modes.map((mode) => h('td', { class: 'count' }, shareText(app, spread.runs[mode]))),
        ),
      ),
    ),
    h('p', { class: 'hint' }, t('summary.endingsNote')),
  );
}

function checksSection(app: ScreenContext, summary: ClassSummary, modes: readonly RunMode[]) {
  const { t } = app;
  const phases = ['before', 'after'] as const;
  const anyTaken = phases.some((phase) => modes.some((mode) => summary.checks[phase][mode]));
  return h(
    'section',
    { class: 'summary-checks', 'aria-labelledby': 'summary-checks-heading' },
    h('h2', { id: 'summary-checks-heading' }, t('summary.checksHeading')),
    anyTaken
      ? table(
          [h('th', { scope: 'col' }, t('summary.columns.check')), ...modeHeadings(t, modes)],
          phases.map((phase) =>
            h(
              'tr',
              {},
              h('th', { scope: 'row' }, t(`report.check.${phase}`)),
              modes.map((mode) => {
                const average = summary.checks[phase][mode];
                return h(
                  'td',
                  {},
                  average
                    ? t('summary.checkAverage', { balanced: average.balanced, count: average.runs })
                    : t('summary.checkNotTaken'),
                );
              }),
            ),
          ),
        )
      : h('p', {}, t('summary.checksNone')),
  );
}

function decisionSection(app: ScreenContext, summary: DecisionSummary, modes: readonly RunMode[]) {
  const { t } = app;
  const campaign = app.catalog.campaign();
  const chapter = campaign.chapters[summary.chapter];
  const decision = chapter?.decisions.find((d) => d.id === summary.decision);
  const hasVotes = summary.options.some((option) => option.votes.count > 0);
  return h(
    'section',
    { class: 'summary-decision' },
    h(
      'h3',
      {},
      chapter ? `${t('report.chapterNumber', { number: chapter.number })} · ` : '',
      decision ? t(decision.title) : summary.decision,
    ),
    table(
      [
        h('th', { scope: 'col' }, t('summary.option')),
        ...modeHeadings(t, modes),
        hasVotes ? h('th', { scope: 'col' }, t('summary.votes')) : null,
        h('th', { scope: 'col' }, t('summary.history')),
      ],
      summary.options.map((row) => {
        const option = decision?.options.find((o) => o.id === row.option);
        return h(
          'tr',
          { class: row.option === summary.historical ? 'historical' : null },
          h('th', { scope: 'row' }, option ? t(option.label) : row.option),
          modes.map((mode) => h('td', { class: 'count' }, shareText(app, row.runs[mode]))),
          hasVotes ? h('td', { class: 'count' }, shareText(app, row.votes)) : null,
          h('td', {}, row.option === summary.historical ? t('summary.bakuChose') : ''),
        );
      }),
    ),
  );
}

function fileNotices(app: ScreenContext, collection: Collection) {
  const { t } = app;
  return [
    collection.duplicates.length
      ? h(
          'section',
          { class: 'notice no-print' },
          h('h2', {}, t('summary.duplicatesHeading')),
          h(
            'ul',
            {},
            collection.duplicates.map((entry) =>
              h('li', {}, t('summary.duplicate', { name: entry.name, sameAs: entry.sameAs })),
            ),
          ),
        )
      : null,
    collection.refused.length
      ? h(
          'section',
          { class: 'notice no-print', role: 'alert' },
          h('h2', {}, t('summary.refusedHeading')),
          h(
            'ul',
            {},
            collection.refused.map((entry) =>
              h(
                'li',
                {},
                h('strong', {}, `${entry.name}: `),
                t(`summary.errors.${entry.reason.kind}`, {
                  version: 'version' in entry.reason ? entry.reason.version : '',
                }),
              ),
            ),
          ),
        )
      : null,
  ];
}

/** The teacher's class summary: many results files at once; endings, check scores and every decision beside history. */
export function classSummaryScreen(
  app: ScreenContext,
  options: ClassSummaryOptions,
): { element: HTMLElement; keys: ScreenKeys } {
  const { t } = app;
  let collection = options.collection;
  const input = h('input', {
    type: 'file',
    id: 'summary-files',
    multiple: true,
    accept: '.json,application/json',
  });
  // Only the count is announced when files are added; the tables are there to be read at the reader's pace.
  const counted = h('p', { class: 'lead', role: 'status' });
  const output = h('div', { class: 'summary-output' });

  const render = () => {
    const results = collection.counted.map((entry) => entry.result);
    const summary = summariseClass(results, app.catalog.campaign(), options.endings);
    const modes = RUN_MODES.filter((mode) => summary.runs[mode].count > 0);
    counted.textContent = t('summary.counted', { count: results.length });
    output.replaceChildren(
      h(
        'div',
        {},
        modes.length
          ? h(
              'p',
              {},
              modes
                .map((mode) =>
                  t(`summary.modeCount.${mode}`, {
                    count: summary.runs[mode].count,
                    share: shareText(app, summary.runs[mode]),
                  }),
                )
                .join(' '),
            )
          : null,
        collection.counted.length
          ? h(
              'ul',
              { class: 'summary-files' },
              collection.counted.map((entry) =>
                h(
                  'li',
                  {},
                  entry.name,
                  entry.result.group ? ` — ${entry.result.group}` : '',
                  ` (${t(`summary.mode.${entry.result.mode}`)})`,
                ),
              ),
            )
          : null,
        fileNotices(app, collection),
        modes.length ? endingsSection(app, summary, modes, options.endings) : null,
        modes.length ? checksSection(app, summary, modes) : null,
        summary.decisions.length
          ? h(
              'section',
              { class: 'summary-decisions', 'aria-labelledby': 'summary-decisions-heading' },
              h('h2', { id: 'summary-decisions-heading' }, t('summary.decisionsHeading')),
              h('p', { class: 'hint' }, t('summary.sharesNote')),
              summary.decisions.map((decision) => decisionSection(app, decision, modes)),
            )
          : null,
      ),
    );
  };

  input.addEventListener('change', () => {
    const files = [...(input.files ?? [])];
    // Each file is read on its own: one the browser cannot read is named and the others still count.
    void Promise.allSettled(files.map((file) => file.text())).then(async (texts) => {
      const picked: PickedFile[] = files.map((file, index) => ({ name: file.name, text: texts[index]! }));
      collection = collectResults(collection, picked, app.catalog.scenario.id);
      options.keep(collection);
      await app.catalog.loadChapters(app.catalog.scenario.chapters);
      input.value = '';
      render();
    });
  });

  const element = h(
    'article',
    { class: 'screen report class-summary', 'aria-labelledby': 'summary-heading' },
    h('p', { class: 'eyebrow' }, t('sheet.eyebrow')),
    h('h1', { id: 'summary-heading' }, t('summary.heading')),
    h('p', { class: 'no-print' }, t('summary.intro')),
    h('p', { class: 'no-print' }, h('label', { for: 'summary-files' }, `${t('summary.choose')} `), input),
    counted,
    output,
    h(
      'p',
      { class: 'title-actions no-print' },
      button(t('summary.print'), () => window.print(), { class: 'secondary' }),
      button(t('sheet.back'), options.back, { class: 'secondary' }),
    ),
  );
  render();
  return { element, keys: {} };
}
