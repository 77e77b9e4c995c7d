import type { App } from '../app/app';
import { ScreenScene } from './ScreenScene';
import { buildTitle, type TitleData } from './title-flow';

export class TitleScene extends ScreenScene<TitleData> {
  constructor(app: App) {
    super(app, 'Title');
  }

  build(data: TitleData) {
    return buildTitle(this.app, data, {
      go: (key, next) => this.go(key, next),
      reopen: (reopened) => this.scene.restart(reopened),
    });
  }
}
