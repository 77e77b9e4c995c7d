import type { App } from '../app/app';
import { epilogueScreen } from '../ui/screens/epilogue';
import { loadFinale } from './finale';
import { ScreenScene } from './ScreenScene';

export class EpilogueScene extends ScreenScene {
  constructor(app: App) {
    super(app, 'Epilogue');
  }

  async build() {
    const finale = await loadFinale(this.app);
    if (!finale) return null;
    this.app.events.emit('focus', { places: finale.epilogue.places, route: [] });
    return epilogueScreen(this.app, finale.epilogue, () => this.go('Ending'));
  }
}
