import type { App } from '../app/app';
import { endingScreen } from '../ui/screens/ending';
import { endingOf, loadFinale, realPathOf } from './finale';
import { ScreenScene } from './ScreenScene';

export class EndingScene extends ScreenScene {
  constructor(app: App) {
    super(app, 'Ending');
  }

  async build() {
    const finale = await loadFinale(this.app);
    const ending = finale && endingOf(this.app, finale);
    if (!finale || !ending) return null;
    this.app.events.emit('focus', { places: [], route: [] });
    this.app.sound.play('bell');
    const next = () =>
      this.app.classroom().check ? this.go('Check', { phase: 'after' }) : this.go('Report');
    const state = this.app.session.state;
    const path = state && realPathOf(this.app, finale, state);
    return endingScreen(this.app, finale.endings, ending, next, state && path ? { state, path } : undefined);
  }
}
