import type { App } from '../app/app';
import { loadLiveTexts, storedLiveSession } from '../app/live-tab';
import { SOLO } from '../content/classroom';
import type { Screen } from '../ui/screen-card';
import type { RestoreError } from '../app/session';
import type { ResumeCodeError } from '../engine';
import { titleScreen, type TitleStatus } from '../ui/screens/title';
import { screenForCurrentPlace } from './routes';
import { startNewRun } from './start-run';

const USABLE_MARK = 'crossroads:usable';

export interface TitleData {
  resumeError?: RestoreError;
  /** "Live session" found no server to run it: the title says what it needs. */
  liveUnavailable?: boolean;
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
    {
      saved,
      storage: app.store,
      chaptersAsked: app.options.chapters,
      live: { unavailable: data.liveUnavailable, resumable: storedLiveSession()?.code },
    },
    {
      newGame: () => void newGame(app, exits),
      classMode: () => {
        leaveLiveSession();
        exits.go('RunSheet');
      },
      liveSession: () => void openLive(app, exits),
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
function savedRun(app: App, error: RestoreError | undefined): TitleStatus['saved'] {
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

/** "Live session": the run-sheet, once the game's own server is known to be there to run it. */
async function openLive(app: App, exits: TitleExits): Promise<void> {
  const { liveServerStatus } = await import('../platform/live-connection');
  if (!(await liveServerStatus())) exits.reopen({ liveUnavailable: true });
  else if (!(await loadLiveTexts(app.i18n))) app.notices.show('live', 'notice.pageFailed');
  else exits.go('RunSheet', { live: true });
}

/** A new game or a class with typed counts ends the live session this tab had open. */
function leaveLiveSession(): void {
  if (storedLiveSession()) void import('../app/live-host').then(({ endLiveSession }) => endLiveSession());
}

async function newGame(app: App, exits: TitleExits): Promise<void> {
  leaveLiveSession();
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
  if (storedLiveSession()) {
    const { liveSessionEnded, resumeLiveSession } = await import('../app/live-host');
    const problem = (await loadLiveTexts(app.i18n))
      ? await resumeLiveSession(app.events, liveSessionEnded(app.notices))
      : 'unavailable';
    if (problem) app.notices.show('live', problem === 'unavailable' ? 'live.failed' : 'live.ended');
    else app.notices.clear('live');
  }
  const next = reviewScreen(app) ?? (await screenForCurrentPlace(app));
  if (next) exits.go(next.key, next.data);
}
