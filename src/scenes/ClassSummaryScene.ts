import type { App } from '../app/app';
import { classSummaryScreen } from '../ui/screens/class-summary';
import { ScreenScene } from './ScreenScene';

export class ClassSummaryScene extends ScreenScene {
  constructor(app: App) {
    super(app, 'ClassSummary');
  }

  async build() {
    await this.app.catalog.loadChapters(this.app.catalog.scenario.chapters);
    return classSummaryScreen(this.app, { back: () => this.go('Title') });
  }
}
