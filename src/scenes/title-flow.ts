import type { App } from '../app/app';
import { SOLO } from '../app/classroom';
import type { Screen } from '../app/screen-card';
import type { RestoreError } from '../app/session';
import { titleScreen } from '../ui/screens/title';
import { screenForCurrentPlace } from './routes';
import { startNewRun } from './start-run';

const USABLE_MARK = 'crossroads:usable';

export interface TitleData {
  resumeError?: RestoreError;
}

/** How the title screen leaves: to another screen, or back to itself with a message. */
export interface TitleExits {
  go: (key: string, data?: object) => void;
  reopen: (data: TitleData) => void;
}

/** The title screen and what its buttons do; it needs no Phaser, so it can show before the stage has booted. */
export function buildTitle(app: App, data: TitleData, exits: TitleExits): Screen {
  const saved = data.resumeError
    ? ({ kind: 'unreadable', error: data.resumeError } as const)
    : app.session.savedRunStatus();
  app.events.emit('focus', { places: [], route: [] });
  app.events.emit('meters', {
    meters: Object.fromEntries(app.catalog.scenario.meters.map((m) => [m.id, m.start])),
    changes: [],
  });
  const screen = titleScreen(app, saved, {
    newGame: () => void newGame(app, exits),
    classMode: () => exits.go('RunSheet'),
    classSummary: () => exits.go('ClassSummary'),
    resume: () => void resume(app, exits),
    resumeCode: (code) => resumeCode(app, exits, code),
  });
  if (performance.getEntriesByName(USABLE_MARK).length === 0) {
    requestAnimationFrame(() => performance.mark(USABLE_MARK));
  }
  return screen;
}

async function newGame(app: App, exits: TitleExits): Promise<void> {
  app.setClassroom(SOLO);
  const next = await startNewRun(app);
  if (next) exits.go(next.key, next.data);
}

async function resumeCode(app: App, exits: TitleExits, code: string): Promise<string | null> {
  if (!code.trim()) return app.t('code.errors.empty');
  if (app.session.savedRunStatus().kind === 'unreadable') app.session.setAsideUnreadableSave();
  const restored = await app.session.restoreFromCode(code);
  if (!restored.ok) return app.t(`code.errors.${restored.error.kind}`);
  app.sound.startAmbient();
  app.events.emit('meters', { meters: restored.value.meters, changes: [] });
  const next = await screenForCurrentPlace(app);
  if (next) exits.go(next.key, next.data);
  return null;
}

async function resume(app: App, exits: TitleExits): Promise<void> {
  app.sound.startAmbient();
  const resumed = await app.session.resume();
  if (!resumed.ok) {
    exits.reopen({ resumeError: resumed.error });
    return;
  }
  app.events.emit('meters', { meters: resumed.value.meters, changes: [] });
  const next = await screenForCurrentPlace(app);
  if (next) exits.go(next.key, next.data);
}
