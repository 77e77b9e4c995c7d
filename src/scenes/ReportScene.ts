import type { App } from '../app/app';
import { reportScreen } from '../ui/screens/report';
import { endingOf, loadFinale, meterHistory } from './finale';
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
    return reportScreen(
      app,
      {
        state,
        meterHistory: meterHistory(app),
        ending: endingOf(app, finale),
        check: check.ok ? check.value : undefined,
      },
      { playAgain: () => void this.playAgain(), toTitle: () => this.go('Title') },
    );
  }

  private async playAgain(): Promise<void> {
    const next = await startNewRun(this.app);
    if (next) this.go(next.key, next.data);
  }
}
