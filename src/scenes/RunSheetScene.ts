import type { App } from '../app/app';
import { live } from '../app/live-tab';
import { runSheetScreen } from '../ui/screens/run-sheet';
import { reportContentError } from './content-error';
import { ScreenScene } from './ScreenScene';
import { newRunPlan, opensWithCheck, startNewRun } from './start-run';

interface RunSheetData {
  /** Set up a live session: students vote from their own devices. */
  live?: boolean;
}

export class RunSheetScene extends ScreenScene<RunSheetData> {
  constructor(app: App) {
    super(app, 'RunSheet');
  }

  async build(data: RunSheetData) {
    const loaded = await this.app.catalog.loadChapters(this.app.catalog.scenario.chapters);
    if (!loaded.ok) {
      reportContentError(this.app, loaded.error, this.waysOn());
      return null;
    }
    return runSheetScreen(
      this.app,
      {
        start: (settings) => {
          this.app.setClassroom(settings);
          void (data.live ? this.openLive() : this.begin());
        },
        back: () => this.go('Title'),
      },
      data.live,
    );
  }

  /** Opens the session on the server with the run's seed and chapters; the lobby shows its code. */
  private async openLive(): Promise<void> {
    const { app } = this;
    live.host?.forget();
    const { LiveHost, liveSessionEnded } = await import('../app/live-host');
    const seed = app.newSeed();
    const plan = newRunPlan(app) ?? app.catalog.scenario.chapters;
    live.host = await LiveHost.open({ plan: [...plan], seed, check: opensWithCheck(app) });
    if (!live.host) {
      app.notices.show('live', 'live.failed');
      return;
    }
    app.notices.clear('live');
    live.host.followScreens(app.events, liveSessionEnded(app.notices));
    this.go('LiveLobby', { seed });
  }

  private async begin(): Promise<void> {
    const next = await startNewRun(this.app);
    if (next) this.go(next.key, next.data);
  }
}
