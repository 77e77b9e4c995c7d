import type { App } from '../../app/app';
import {
  parseResultFile,
  summariseResults,
  type ResultFile,
  type ResultFileError,
} from '../../results/result-file';
import { button, h } from '../dom';
import type { ScreenKeys } from '../keyboard';

interface Refused {
  name: string;
  error: ResultFileError;
}

/** The teacher's class summary: many results files at once, per decision how the class chose beside history. */
export function classSummaryScreen(
  app: App,
  actions: { back: () => void },
): { element: HTMLElement; keys: ScreenKeys } {
  const { t } = app;
  const accepted: { name: string; result: ResultFile }[] = [];
  const refused: Refused[] = [];
  const input = h('input', {
    type: 'file',
    id: 'summary-files',
    multiple: true,
    accept: '.json,application/json',
  });
  const output = h('div', { class: 'summary-output', 'aria-live': 'polite' });

  const render = () => {
    const campaign = app.catalog.campaign();
    const summaries = summariseResults(
      accepted.map((entry) => entry.result),
      campaign,
    );
    const optionLabel = (chapter: string, decision: string, option: string) => {
      const found = campaign.chapters[chapter]?.decisions
        .find((d) => d.id === decision)
        ?.options.find((o) => o.id === option);
      return found ? t(found.label) : option;
    };
    output.replaceChildren(
      h(
        'div',
        {},
        h('p', { class: 'lead' }, t('summary.counted', { count: accepted.length })),
        accepted.length
          ? h(
              'ul',
              { class: 'summary-files' },
              accepted.map((entry) =>
                h('li', {}, entry.name, entry.result.group ? ` — ${entry.result.group}` : ''),
              ),
            )
          : null,
        refused.length
          ? h(
              'section',
              { class: 'notice', role: 'alert' },
              h('h2', {}, t('summary.refusedHeading')),
              h(
                'ul',
                {},
                refused.map((entry) =>
                  h(
                    'li',
                    {},
                    h('strong', {}, `${entry.name}: `),
                    t(`summary.errors.${entry.error.kind}`, {
                      version: 'version' in entry.error ? entry.error.version : '',
                    }),
                  ),
                ),
              ),
            )
          : null,
        summaries.map((summary) => {
          const chapter = campaign.chapters[summary.chapter];
          const decision = chapter?.decisions.find((d) => d.id === summary.decision);
          const hasVotes = Object.values(summary.votes).some((count) => count > 0);
          return h(
            'section',
            { class: 'summary-decision' },
            h(
              'h2',
              {},
              chapter ? `${t('report.chapterNumber', { number: chapter.number })} · ` : '',
              decision ? t(decision.title) : summary.decision,
            ),
            h(
              'table',
              { class: 'report-table' },
              h(
                'thead',
                {},
                h(
                  'tr',
                  {},
                  h('th', { scope: 'col' }, t('summary.option')),
                  h('th', { scope: 'col' }, t('summary.runs')),
                  hasVotes ? h('th', { scope: 'col' }, t('summary.votes')) : null,
                  h('th', { scope: 'col' }, t('summary.history')),
                ),
              ),
              h(
                'tbody',
                {},
                Object.keys(summary.runs).map((option) =>
                  h(
                    'tr',
                    {},
                    h('th', { scope: 'row' }, optionLabel(summary.chapter, summary.decision, option)),
                    h('td', {}, String(summary.runs[option])),
                    hasVotes ? h('td', {}, String(summary.votes[option] ?? 0)) : null,
                    h('td', {}, option === summary.historical ? t('summary.bakuChose') : ''),
                  ),
                ),
              ),
            ),
          );
        }),
      ),
    );
  };

  input.addEventListener('change', () => {
    const files = [...(input.files ?? [])];
    void Promise.all(
      files.map(async (file) => {
        const parsed = parseResultFile(await file.text(), app.catalog.scenario.id);
        if (parsed.ok) accepted.push({ name: file.name, result: parsed.value });
        else refused.push({ name: file.name, error: parsed.error });
      }),
    ).then(async () => {
      await app.catalog.loadChapters(app.catalog.scenario.chapters);
      input.value = '';
      render();
    });
  });

  const element = h(
    'article',
    { class: 'screen report', 'aria-labelledby': 'summary-heading' },
    h('p', { class: 'eyebrow' }, t('sheet.eyebrow')),
    h('h1', { id: 'summary-heading' }, t('summary.heading')),
    h('p', {}, t('summary.intro')),
    h('p', {}, h('label', { for: 'summary-files' }, `${t('summary.choose')} `), input),
    output,
    h('p', {}, button(t('sheet.back'), actions.back, { class: 'secondary' })),
  );
  render();
  return { element, keys: {} };
}
