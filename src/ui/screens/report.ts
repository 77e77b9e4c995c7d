import type { KeysUnder } from '../../i18n/keys';
import type { ScreenContext } from '../screen-context';
import type { Ending, KnowledgeCheck } from '../../content/schema';
import {
  scoreCheck,
  voteKey,
  type ApproachProfile,
  type ChoiceMade,
  type GameState,
  type HistoricalRun,
  type TurningPoint,
} from '../../engine';
import { findOption } from '../../engine/position';
import { text } from '../bilingual';
import { approachSection } from '../components/approach-table';
import { splitList } from '../components/class-split';
import { meterChart } from '../components/meter-chart';
import { more } from '../components/more';
import { realPathLine, realPathTable } from '../components/real-path';
import { turningCore, turningSection } from '../components/turning-points';
import { button, h } from '../dom';
import type { ScreenKeys } from '../keyboard';
import { shortMeterName } from '../meter-name';
import { scoreLine } from './knowledge-check';

export interface ReportExport {
  /** Downloads the run's results with the group label typed on the report. */
  download: (format: 'json' | 'csv', group: string) => void;
}

function exportSection(app: ScreenContext, exporter: ReportExport): HTMLElement {
  const { t } = app;
  const group = h('input', { type: 'text', id: 'result-group', maxlength: 60, autocomplete: 'off' });
  return h(
    'section',
    { class: 'export no-print', 'aria-labelledby': 'export-heading' },
    h('h2', { id: 'export-heading' }, t('results.heading')),
    h('p', {}, t('results.intro')),
    h('p', {}, h('label', { for: 'result-group' }, `${t('results.group')} `), group),
    h(
      'p',
      { class: 'title-actions' },
      button(t('results.json'), () => exporter.download('json', group.value), { class: 'secondary' }),
      button(t('results.csv'), () => exporter.download('csv', group.value), { class: 'secondary' }),
    ),
  );
}

/** "What if": pick a decision of this run, go back there and choose differently. */
function whatIfSection(app: ScreenContext, state: GameState, branch: (index: number) => void): HTMLElement {
  const { t } = app;
  const campaign = app.catalog.campaign();
  const select = h(
    'select',
    { id: 'what-if-decision' },
    state.history.map((choice, index) => {
      const decision = campaign.chapters[choice.chapter]?.decisions.find((d) => d.id === choice.decision);
      return h('option', { value: index }, `${index + 1}. ${decision ? t(decision.title) : choice.decision}`);
    }),
  );
  return h(
    'section',
    { class: 'what-if no-print', 'aria-labelledby': 'what-if-heading' },
    h('h2', { id: 'what-if-heading' }, t('whatIf.heading')),
    app.classroom().mode === 'class' ? null : h('p', {}, t('whatIf.intro')),
    h(
      'p',
      { class: 'title-actions' },
      h('label', { for: 'what-if-decision' }, `${t('whatIf.label')} `),
      select,
      button(t('whatIf.go'), () => branch(Number(select.value)), { class: 'secondary' }),
    ),
  );
}

/** The earlier run beside this one: each decision, the endings and the final meters. */
function sideBySide(
  app: ScreenContext,
  data: ReportData,
  earlier: { state: GameState; ending: Ending | undefined },
): HTMLElement {
  const { t } = app;
  const campaign = app.catalog.campaign();
  const label = (choice: ChoiceMade | undefined) => {
    const option = choice && findOption(campaign, choice);
    return option ? t(option.label) : (choice?.option ?? '—');
  };
  const count = Math.max(data.state.history.length, earlier.state.history.length);
  const rows = Array.from({ length: count }, (_, index) => {
    const mine = data.state.history[index];
    const theirs = earlier.state.history[index];
    const decision = mine ?? theirs;
    const title = decision
      ? campaign.chapters[decision.chapter]?.decisions.find((d) => d.id === decision.decision)?.title
      : undefined;
    const differs = mine?.option !== theirs?.option;
    return h(
      'tr',
      { class: differs ? 'differs' : '' },
      h('th', { scope: 'row' }, title ? t(title) : ''),
      h('td', {}, label(theirs)),
      h('td', {}, differs ? h('strong', {}, '≠ ', label(mine)) : label(mine)),
    );
  });
  const meterRow = app.catalog.scenario.meters.map((meter) =>
    h(
      'tr',
      {},
      h('th', { scope: 'row' }, t(meter.name)),
      h('td', {}, String(earlier.state.meters[meter.id] ?? 0)),
      h('td', {}, String(data.state.meters[meter.id] ?? 0)),
    ),
  );
  return h(
    'section',
    { class: 'side-by-side', 'aria-labelledby': 'compare-heading' },
    h('h2', { id: 'compare-heading' }, t('whatIf.compareHeading')),
    h(
      'div',
      { class: 'table-wrap' },
      h(
        'table',
        { class: 'report-table' },
        h(
          'thead',
          {},
          h(
            'tr',
            {},
            h('th', { scope: 'col' }, t('report.columns.decision')),
            h('th', { scope: 'col' }, t('whatIf.earlier')),
            h('th', { scope: 'col' }, t('whatIf.this')),
          ),
        ),
        h(
          'tbody',
          {},
          rows,
          h(
            'tr',
            {},
            h('th', { scope: 'row' }, t('report.ending')),
            h('td', {}, earlier.ending ? t(earlier.ending.title) : '—'),
            h('td', {}, data.ending ? t(data.ending.title) : '—'),
          ),
          meterRow,
        ),
      ),
    ),
  );
}

export interface ReportData {
  state: GameState;
  /** The earlier run this one branched from with "what if", and its ending. */
  comparison?: { state: GameState; ending: Ending | undefined };
  /** The meters before the first choice, then after each choice. */
  meterHistory: Record<string, number>[];
  ending: Ending | undefined;
  check: KnowledgeCheck | undefined;
  /** Why the run ended as it did, worked out by replay; absent when the run cannot be replayed. */
  analysis?: RunAnalysis;
}

export interface RunAnalysis {
  turningPoints: TurningPoint[];
  /** Every ending, to name those the turning points lead to. */
  endings: readonly Ending[];
  /** Baku's real choices played through the model with the run's seed and plan. */
  real: HistoricalRun;
  approach: { run: ApproachProfile; real: ApproachProfile };
}

/**
 * The ending, one line on how many decisions turned it, and behind "More" what it means, the turning points, where
 * the model puts Baku's real choices, and the run's approach beside Baku's.
 */
function endingSection(app: ScreenContext, data: ReportData, ending: Ending, byClass: boolean): HTMLElement {
  const { t } = app;
  const { analysis } = data;
  const campaign = app.catalog.campaign();
  return h(
    'section',
    { class: 'report-ending', 'aria-labelledby': 'report-ending' },
    h('h2', { id: 'report-ending' }, t('report.ending')),
    h('p', { class: 'lead' }, t(ending.title)),
    analysis
      ? [
          turningCore(app, analysis.turningPoints, byClass),
          more(
            t('more.reportEnding'),
            h('p', {}, t(ending.summary)),
            turningSection(app, analysis.turningPoints, campaign, analysis.endings),
            // On paper the two tables stand side by side.
            h(
              'div',
              { class: 'analysis-tables' },
              h(
                'section',
                { class: 'real-path', 'aria-labelledby': 'real-path-heading' },
                h('h3', { id: 'real-path-heading' }, t('analysis.real.heading')),
                realPathLine(app, ending, analysis.real),
                realPathTable(app, { state: data.state, ending }, analysis.real, byClass),
              ),
              approachSection(app, analysis.approach.run, analysis.approach.real, byClass),
            ),
          ),
        ]
      : h('p', {}, t(ending.summary)),
  );
}

/** The whole run on one printable page: decisions beside history, the meters over time, ending, check. */
export function reportScreen(
  app: ScreenContext,
  data: ReportData,
  actions: { playAgain: () => void; toTitle: () => void; branch?: (index: number) => void },
  exporter?: ReportExport,
): { element: HTMLElement; keys: ScreenKeys } {
  const { t } = app;
  const { state } = data;
  const campaign = app.catalog.campaign();
  const decisionOf = (choice: ChoiceMade) =>
    campaign.chapters[choice.chapter]?.decisions.find((d) => d.id === choice.decision);
  const matches = state.history.filter((choice) => decisionOf(choice)?.historical === choice.option).length;
  // A class's run: its choices are the class's, each with how the class voted.
  const byClass = app.classroom().mode === 'class' || Object.keys(state.votes).length > 0;
  const again = h(
    'button',
    { type: 'button', class: 'primary' },
    t('report.playAgain'),
    ' ',
    h('kbd', { 'aria-hidden': 'true' }, 'Enter'),
  );
  again.addEventListener('click', actions.playAgain);

  const columnName = (name: KeysUnder<'report.columns'>) =>
    t(byClass && name === 'yours' ? 'vote.classChoice' : `report.columns.${name}`);
  const rows = state.history.map((choice) => {
    const decision = decisionOf(choice);
    const chapter = campaign.chapters[choice.chapter];
    const historical = decision && findOption(campaign, { ...choice, option: decision.historical });
    const same = decision?.historical === choice.option;
    // On a narrow screen the rows stack, and each cell shows its column's name from data-label.
    const column = (name: KeysUnder<'report.columns'>) => ({ 'data-label': columnName(name) });
    const chosen = findOption(campaign, choice);
    const votes = decision && state.votes[voteKey(choice.chapter, choice.decision)];
    return h(
      'tr',
      {},
      h('td', column('chapter'), chapter ? t('report.chapterNumber', { number: chapter.number }) : ''),
      h(
        'th',
        { scope: 'row', ...column('decision') },
        decision ? text(app, decision.title) : choice.decision,
      ),
      h(
        'td',
        column('yours'),
        chosen ? text(app, chosen.label) : choice.option,
        decision && votes
          ? h(
              'div',
              { class: 'report-split' },
              h('span', { class: 'sr-only' }, `${t('vote.splitHeading')}:`),
              splitList(app, decision, votes, { played: choice.option, showHistory: false, compact: true }),
            )
          : null,
      ),
      h('td', column('baku'), historical ? text(app, historical.label) : ''),
      h(
        'td',
        { class: same ? 'same' : 'different', ...column('compared') },
        h('span', { 'aria-hidden': 'true' }, same ? '= ' : '≠ '),
        t(same ? 'report.same' : 'report.different'),
      ),
    );
  });

  const checked = data.check && (state.checks.before || state.checks.after);
  const checks = checked
    ? (['before', 'after'] as const).map((phase) => {
        const answers = state.checks[phase];
        return h(
          'li',
          {},
          h('strong', {}, `${t(`report.check.${phase}`)}: `),
          answers ? scoreLine(app, scoreCheck(data.check!.statements, answers)) : t('report.check.notTaken'),
        );
      })
    : [];

  const element = h(
    'article',
    { class: 'screen report', 'aria-labelledby': 'report-heading' },
    h('p', { class: 'eyebrow' }, t('report.eyebrow')),
    h('h1', { id: 'report-heading' }, t('report.heading')),
    data.ending ? endingSection(app, data, data.ending, byClass) : null,
    h('h2', {}, t(byClass ? 'report.classDecisions' : 'report.decisions')),
    h(
      'p',
      {},
      t(byClass ? 'report.classMatches' : 'report.matches', { count: matches, total: state.history.length }),
    ),
    h(
      'div',
      { class: 'table-wrap' },
      h(
        'table',
        { class: 'report-table stacks' },
        h(
          'thead',
          {},
          h(
            'tr',
            {},
            (['chapter', 'decision', 'yours', 'baku', 'compared'] as const).map((column) =>
              h('th', { scope: 'col' }, columnName(column)),
            ),
          ),
        ),
        h('tbody', {}, rows),
      ),
    ),
    h('h2', {}, t('report.meters')),
    meterChart(app.catalog.scenario.meters, data.meterHistory, {
      title: t('report.chart.title'),
      description: t('report.chart.description'),
      stepLabel: (step) => (step === 0 ? t('report.chart.start') : String(step)),
      meterName: (meter) => t(meter.name),
      shortMeterName: (meter) => shortMeterName(app, meter),
      tableCaption: t('report.chart.table'),
      howToRead: t('report.chart.howToRead'),
    }),
    checks.length ? h('h2', {}, t('report.check.heading')) : null,
    checks.length ? h('ul', {}, checks) : null,
    data.comparison ? sideBySide(app, data, data.comparison) : null,
    actions.branch ? whatIfSection(app, state, actions.branch) : null,
    h('p', { class: 'model-note' }, t('report.modelNote')),
    exporter ? exportSection(app, exporter) : null,
    h(
      'div',
      { class: 'title-actions no-print' },
      again,
      button(t('report.print'), () => window.print(), { class: 'secondary' }),
      button(t('report.toTitle'), actions.toTitle, { class: 'secondary' }),
    ),
  );
  return { element, keys: { enter: actions.playAgain } };
}
