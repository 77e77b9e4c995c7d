import type { App } from '../app/app';
import { findOption } from '../engine/position';
import { consequencesScreen } from '../ui/screens/consequences';
import { ScreenScene } from './ScreenScene';

export class ConsequencesScene extends ScreenScene {
  constructor(app: App) {
    super(app, 'Consequences');
  }

  build() {
    const { session, catalog } = this.app;
    const outcome = session.lastOutcome;
    const choice = outcome?.state.history.at(-1);
    const chapter = choice && catalog.campaign().chapters[choice.chapter];
    const option = choice && findOption(catalog.campaign(), choice);
    if (!outcome || !chapter || !option) return null;
    return consequencesScreen(this.app, chapter, option, outcome, () => this.go('Debrief'));
  }
}
