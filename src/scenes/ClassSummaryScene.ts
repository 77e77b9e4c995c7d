import type { App } from '../app/app';
import { emptyCollection, type Collection } from '../results/collect-results';
import { classSummaryScreen } from '../ui/screens/class-summary';
import { reportContentError } from './content-error';
import { ScreenScene } from './ScreenScene';

export class ClassSummaryScene extends ScreenScene {
  /** The files counted so far: a change of language rebuilds the screen and keeps them. */
  private collection: Collection = emptyCollection();

  constructor(app: App) {
    super(app, 'ClassSummary');
  }

  async build() {
    const { catalog } = this.app;
    const [chapters, finale] = await Promise.all([
      catalog.loadChapters(catalog.scenario.chapters),
      catalog.loadFinale(),
    ]);
    if (!chapters.ok || !finale.ok) {
      reportContentError(
        this.app,
        [...(chapters.ok ? [] : chapters.error), ...(finale.ok ? [] : finale.error)],
        this.waysOn(),
      );
      return null;
    }
    return classSummaryScreen(this.app, {
      collection: this.collection,
      keep: (collection) => (this.collection = collection),
      endings: finale.value.endings.endings,
      back: () => {
        this.collection = emptyCollection();
        this.go('Title');
      },
    });
  }
}
