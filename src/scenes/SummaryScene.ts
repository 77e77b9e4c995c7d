import type { App } from '../app/app';
import { summaryScreen } from '../ui/screens/summary';
import { ScreenScene } from './ScreenScene';
import { startNewRun } from './start-run';

export class SummaryScene extends ScreenScene {
  constructor(app: App) {
    super(app, 'Summary');
  }

  build() {
    const state = this.app.session.state;
    if (!state) return null;
    this.app.events.emit('focus', { places: [], route: [] });
    return summaryScreen(this.app, state, {
      playAgain: () => void this.playAgain(),
      toTitle: () => this.go('Title'),
    });
  }

  private async playAgain(): Promise<void> {
    const next = await startNewRun(this.app);
    if (next) this.go(next.key, next.data);
  }
}
