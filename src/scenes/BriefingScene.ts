import type { App } from '../app/app';
import { briefingScreen } from '../ui/screens/briefing';
import { ScreenScene } from './ScreenScene';

export class BriefingScene extends ScreenScene {
  constructor(app: App) {
    super(app, 'Briefing');
  }

  async build() {
    const place = await this.app.session.place();
    if (!place.ok || place.value.kind !== 'decision') return null;
    return briefingScreen(this.app, place.value.chapter, () => this.go('Decision'));
  }
}
