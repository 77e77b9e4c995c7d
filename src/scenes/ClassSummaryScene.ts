import type { App } from '../app/app';
import { emptyCollection, type Collection } from '../results/collect-results';
import { classSummaryScreen } from '../ui/screens/class-summary';
import { ScreenScene } from './ScreenScene';

export class ClassSummaryScene extends ScreenScene {
  /** The files counted so far: a change of language rebuilds the screen and keeps them. */
  private collection: Collection = emptyCollection();

  constructor(app: App) {
    super(app, 'ClassSummary');
  }

  async build() {
    const { catalog } = this.app;
    const [, finale] = await Promise.all([
      catalog.loadChapters(catalog.scenario.chapters),
      catalog.loadFinale(),
    ]);
    return classSummaryScreen(this.app, {
      collection: this.collection,
      keep: (collection) => (this.collection = collection),
      endings: finale.ok ? finale.value.endings.endings : [],
      back: () => {
        this.collection = emptyCollection();
        this.go('Title');
      },
    });
  }
}
