import type { App } from '../app/app';
import { chooseEnding, scoreCheck } from '../engine';
import { screenForCurrentPlace } from './routes';
import { downloadCsv, downloadText } from '../platform/download';
import { resultToCsv } from '../results/result-csv';
import { buildResult } from '../results/result-file';
import { reportScreen } from '../ui/screens/report';
import { analyseRun, endingOf, loadFinale, meterHistory } from './finale';
import { ScreenScene } from './ScreenScene';
import { startNewRun } from './start-run';

export class ReportScene extends ScreenScene {
  constructor(app: App) {
    super(app, 'Report');
  }

  async build() {
    const { app } = this;
    const state = app.session.state;
    const finale = await loadFinale(app);
    if (!state || !finale) return null;
    const check = await app.catalog.loadKnowledgeCheck();
    app.events.emit('focus', { places: [], route: [] });
    const ending = endingOf(app, finale);
    const earlier = app.session.comparison();
    const statements = check.ok ? check.value.statements : [];
    const score = (answers: Record<string, boolean> | undefined) =>
      answers && statements.length ? scoreCheck(statements, answers) : undefined;
    const download = (format: 'json' | 'csv', group: string) => {
      const result = buildResult({
        state,
        campaign: app.catalog.campaign(),
        group,
        mode: app.classroom().mode,
        ending: ending?.id ?? null,
        checks: { before: score(state.checks.before), after: score(state.checks.after) },
      });
      const name = `crossroads-${result.group.replace(/[^\p{L}\p{N}]+/gu, '-').replace(/^-|-$/g, '') || 'run'}-${state.seed}`;
      if (format === 'json')
        downloadText(`${name}.json`, JSON.stringify(result, null, 2), 'application/json');
      else
        downloadCsv(
          `${name}.csv`,
          resultToCsv(result, {
            campaign: app.catalog.campaign(),
            endings: finale.endings.endings,
            t: (key, options) => app.t(key, options),
          }),
        );
    };
    return reportScreen(
      app,
      {
        state,
        meterHistory: meterHistory(app),
        ending,
        check: check.ok ? check.value : undefined,
        analysis: analyseRun(app, finale, state),
        comparison: earlier
          ? { state: earlier, ending: chooseEnding(finale.endings.endings, earlier, app.catalog.campaign()) }
          : undefined,
      },
      {
        playAgain: () => void this.playAgain(),
        toTitle: () => this.go('Title'),
        branch: (index) => void this.branch(index),
      },
      { download },
    );
  }

  private async branch(index: number): Promise<void> {
    const branched = this.app.session.branchAt(index);
    if (!branched.ok) return;
    const next = await screenForCurrentPlace(this.app);
    if (next) this.go(next.key, next.data);
  }

  private async playAgain(): Promise<void> {
    const next = await startNewRun(this.app);
    if (next) this.go(next.key, next.data);
  }
}
