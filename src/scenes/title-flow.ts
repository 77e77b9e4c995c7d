import type { App } from '../app/app';
import { SOLO } from '../app/classroom';
import type { Screen } from '../app/screen-card';
import type { RestoreError, SavedRunStatus } from '../app/session';
import type { ResumeCodeError } from '../engine';
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
  const saved = savedRun(app, data.resumeError);
  app.events.emit('focus', { places: [], route: [] });
  app.events.emit('meters', {
    meters: Object.fromEntries(app.catalog.scenario.meters.map((m) => [m.id, m.start])),
    changes: [],
  });
  const screen = titleScreen(
    app,
    saved,
    {
      newGame: () => void newGame(app, exits),
      classMode: () => exits.go('RunSheet'),
      classSummary: () => exits.go('ClassSummary'),
      resume: () => void resume(app, exits),
      checkCode: (code) => {
        if (!code.trim()) return app.t('code.errors.empty');
        const checked = app.session.checkResumeCode(code);
        return checked.ok ? null : codeProblem(app, checked.error);
      },
      resumeCode: (code) => resumeCode(app, exits, code),
      restoreEarlier: (key) => {
        if (app.session.restoreEarlier(key)) void resume(app, exits);
        else app.notices.show('save', 'notice.saveFailed');
      },
    },
    app.session.earlierRuns(),
  );
  if (performance.getEntriesByName(USABLE_MARK).length === 0) {
    requestAnimationFrame(() => performance.mark(USABLE_MARK));
  }
  return screen;
}

/** The saved run as the title shows it, after a try to resume it that failed with `error`. */
function savedRun(app: App, error: RestoreError | undefined): SavedRunStatus {
  const status = app.session.savedRunStatus();
  // Offline the save is fine: Continue stays, to try again once the connection is back.
  if (error?.kind === 'offline') return status.kind === 'ready' ? { ...status, offline: true } : status;
  return error ? { kind: 'unreadable', error } : status;
}

/** The screen of the last choice's results the player was reading when the run was saved, if any. */
function reviewScreen(app: App): { key: string; data: object } | null {
  const review = app.session.pendingReview;
  const choice = app.session.state?.history.at(-1);
  const chapter = choice && app.catalog.campaign().chapters[choice.chapter];
  if (!review || !chapter) return null;
  app.events.emit('focus', { places: chapter.places, route: chapter.route ?? [] });
  return { key: review, data: {} };
}

async function newGame(app: App, exits: TitleExits): Promise<void> {
  app.setClassroom(SOLO);
  const next = await startNewRun(app);
  if (next) exits.go(next.key, next.data);
}

async function resumeCode(app: App, exits: TitleExits, code: string): Promise<string | null> {
  if (!code.trim()) return app.t('code.errors.empty');
  const restored = await app.session.restoreFromCode(code);
  if (!restored.ok) return codeProblem(app, restored.error);
  app.sound.startAmbient();
  const next = await screenForCurrentPlace(app);
  if (next) exits.go(next.key, next.data);
  return null;
}

/** What to tell the player about a code that restored nothing; an old code that no longer fits names its version. */
function codeProblem(app: App, error: ResumeCodeError | { kind: 'content' }): string {
  if (error.kind === 'unknown-version')
    return app.t('code.errors.unknownVersion', { version: error.version });
  if (error.kind === 'unplayable' && error.version === 1) return app.t('code.errors.unplayableV1');
  return app.t(`code.errors.${error.kind}`);
}

async function resume(app: App, exits: TitleExits): Promise<void> {
  app.sound.startAmbient();
  const resumed = await app.session.resume();
  if (!resumed.ok) {
    exits.reopen({ resumeError: resumed.error });
    return;
  }
  const next = reviewScreen(app) ?? (await screenForCurrentPlace(app));
  if (next) exits.go(next.key, next.data);
}
