import type { App } from '../app/app';
import { SOLO } from '../app/classroom';
import type { RestoreError } from '../app/session';
import { titleScreen } from '../ui/screens/title';
import { screenForCurrentPlace } from './routes';
import { ScreenScene } from './ScreenScene';
import { startNewRun } from './start-run';

export const USABLE_MARK = 'crossroads:usable';

export class TitleScene extends ScreenScene<{ resumeError?: RestoreError }> {
  constructor(app: App) {
    super(app, 'Title');
  }

  build(data: { resumeError?: RestoreError }) {
    const { app } = this;
    const saved = data.resumeError
      ? ({ kind: 'unreadable', error: data.resumeError } as const)
      : app.session.savedRunStatus();
    app.events.emit('focus', { places: [], route: [] });
    app.events.emit('meters', {
      meters: Object.fromEntries(app.catalog.scenario.meters.map((m) => [m.id, m.start])),
      changes: [],
    });
    const screen = titleScreen(app, saved, {
      newGame: () => void this.newGame(),
      classMode: () => this.go('RunSheet'),
      classSummary: () => this.go('ClassSummary'),
      resume: () => void this.resume(),
      resumeCode: (code) => this.resumeCode(code),
    });
    if (performance.getEntriesByName(USABLE_MARK).length === 0) {
      requestAnimationFrame(() => performance.mark(USABLE_MARK));
    }
    return screen;
  }

  private async newGame(): Promise<void> {
    this.app.setClassroom(SOLO);
    const next = await startNewRun(this.app);
    if (next) this.go(next.key, next.data);
  }

  private async resumeCode(code: string): Promise<string | null> {
    const { app } = this;
    if (!code.trim()) return app.t('code.errors.empty');
    if (app.session.savedRunStatus().kind === 'unreadable') app.session.setAsideUnreadableSave();
    const restored = await app.session.restoreFromCode(code);
    if (!restored.ok) return app.t(`code.errors.${restored.error.kind}`);
    app.sound.startAmbient();
    app.events.emit('meters', { meters: restored.value.meters, changes: [] });
    const next = await screenForCurrentPlace(app);
    if (next) this.go(next.key, next.data);
    return null;
  }

  private async resume(): Promise<void> {
    const { app } = this;
    app.sound.startAmbient();
    const resumed = await app.session.resume();
    if (!resumed.ok) {
      this.scene.restart({ resumeError: resumed.error });
      return;
    }
    app.events.emit('meters', { meters: resumed.value.meters, changes: [] });
    const next = await screenForCurrentPlace(app);
    if (next) this.go(next.key, next.data);
  }
}
