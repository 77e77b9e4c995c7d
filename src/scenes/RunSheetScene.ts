import type { App } from '../app/app';
import { runSheetScreen } from '../ui/screens/run-sheet';
import { reportContentError } from './content-error';
import { ScreenScene } from './ScreenScene';
import { startNewRun } from './start-run';

export class RunSheetScene extends ScreenScene {
  constructor(app: App) {
    super(app, 'RunSheet');
  }

  async build() {
    const loaded = await this.app.catalog.loadChapters(this.app.catalog.scenario.chapters);
    if (!loaded.ok) {
      reportContentError(this.app, loaded.error, this.waysOn());
      return null;
    }
    return runSheetScreen(this.app, {
      start: (settings) => {
        this.app.setClassroom(settings);
        void this.begin();
      },
      back: () => this.go('Title'),
    });
  }

  private async begin(): Promise<void> {
    const next = await startNewRun(this.app);
    if (next) this.go(next.key, next.data);
  }
}
