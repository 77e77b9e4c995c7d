import type { ScreenContext } from '../screen-context';
import { requestedPlan } from '../../content/chapter-plan';
import type { SaveError } from '../../engine';
import { button, h, uniqueId } from '../dom';
import type { ScreenKeys } from '../keyboard';

export interface TitleActions {
  newGame: () => void;
  classMode: () => void;
  /** A class with a live session: students vote from their own devices. */
  liveSession: () => void;
  classSummary: () => void;
  resume: () => void;
  /** What is wrong with a typed code, found without using it; null when it can be restored. */
  checkCode: (code: string) => string | null;
  /** Restores a run from a typed code; resolves to an error message, or null when the run was restored. */
  resumeCode: (code: string) => Promise<string | null>;
  /** Makes a run kept in "Earlier games" the one in progress, and resumes it. */
  restoreEarlier: (key: string) => void;
}

/** A run a new game (or a code, or a class's run) replaced, kept so that it can be restored from the title. */
export interface EarlierRun {
  key: string;
  keptAt: Date;
  choices: number;
  chapters: number;
}

/** The saved run as the title tells of it; an unreadable one says why, and which version it was. */
export type SavedRunStatus =
  | { kind: 'none' }
  /** `progress`: the run has something to lose. `offline`: the chapters could not be downloaded to resume it. */
  | { kind: 'ready'; progress: boolean; offline?: boolean }
  | {
      kind: 'unreadable';
      // Offline a save is not unreadable: it stays ready, marked `offline`, to try again.
      error: { kind: SaveError['kind'] | 'unplayable' | 'content'; version?: number };
    };

/** What the title tells before the player moves: the saved run, the browser's storage, the chapters asked for. */
export interface TitleStatus {
  saved: SavedRunStatus;
  /** `readable`: the browser keeps saves at all; `available`: it still takes new ones. */
  storage: { readonly readable: boolean; readonly available: boolean };
  /** The chapters asked for in the address (`?chapters=`), or null for all. */
  chaptersAsked: readonly string[] | null;
  /**
   * A live session: `unavailable` when "Live session" found no server (a static deployment), `resumable` the code
   * of the session this tab opened before a reload.
   */
  live?: { unavailable?: boolean; resumable?: string };
}

type ReplaceIntent = 'newGame' | 'code';
/** Runs `proceed` at once, or first asks the player whether to replace the run in progress. */
type ReplaceGuard = (intent: ReplaceIntent, proceed: () => void) => void;

/**
 * The question asked before a new game or a code replaces the run in progress. "Keep my game" has the focus, so a
 * stray Enter keeps the run; replacing it takes a deliberate move to the other button.
 */
function replaceQuestion(app: ScreenContext): { element: HTMLElement; ask: ReplaceGuard } {
  const { t } = app;
  const question = h('p', { id: 'replace-question-text', class: 'replace-question-text' });
  const keep = h('button', { type: 'button', class: 'primary' }, t('title.replace.keep'));
  const replace = h('button', { type: 'button', class: 'secondary' });
  const element = h(
    'div',
    {
      class: 'notice replace-question',
      role: 'group',
      'aria-labelledby': 'replace-question-text',
      hidden: true,
    },
    question,
    h('div', { class: 'replace-question-actions' }, keep, replace),
  );
  let proceed = () => {};
  let askedFrom: HTMLElement | null = null;
  keep.addEventListener('click', () => {
    element.hidden = true;
    askedFrom?.focus();
  });
  replace.addEventListener('click', () => {
    element.hidden = true;
    proceed();
  });
  const ask: ReplaceGuard = (intent, then) => {
    question.textContent = t(`title.replace.${intent}`);
    replace.textContent = t(`title.replace.confirm.${intent}`);
    proceed = then;
    askedFrom = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    element.hidden = false;
    keep.focus();
  };
  return { element, ask };
}

/** The runs a new game replaced, newest first, each with a button that restores it. */
function earlierGames(
  app: ScreenContext,
  earlier: readonly EarlierRun[],
  restore: TitleActions['restoreEarlier'],
): HTMLElement | null {
  if (!earlier.length) return null;
  const { t } = app;
  const when = new Intl.DateTimeFormat(app.language(), { dateStyle: 'medium', timeStyle: 'short' });
  return h(
    'section',
    { class: 'earlier-games', 'aria-labelledby': 'earlier-heading' },
    h('h2', { id: 'earlier-heading', class: 'small-heading' }, t('title.earlier.heading')),
    h('p', { class: 'hint' }, t('title.earlier.intro')),
    h(
      'ul',
      { class: 'earlier-list' },
      earlier.map((run) => {
        const id = uniqueId('earlier-run');
        return h(
          'li',
          {},
          h(
            'span',
            { id },
            t('title.earlier.run', {
              date: when.format(run.keptAt),
              choices: run.choices,
              chapters: run.chapters,
            }),
          ),
          button(t('title.earlier.restore'), () => restore(run.key), {
            class: 'secondary',
            'aria-describedby': id,
          }),
        );
      }),
    ),
  );
}

function codeForm(
  app: ScreenContext,
  actions: Pick<TitleActions, 'checkCode' | 'resumeCode'>,
  guard: ReplaceGuard,
): HTMLElement {
  const { t } = app;
  const input = h('input', {
    id: 'resume-code-input',
    type: 'text',
    autocomplete: 'off',
    autocapitalize: 'characters',
    spellcheck: 'false',
    maxlength: 48,
    'aria-describedby': 'resume-code-help resume-code-error',
  });
  const error = h('p', { id: 'resume-code-error', class: 'form-error', role: 'alert' });
  const form = h(
    'form',
    { class: 'code-form', hidden: true },
    h('label', { for: 'resume-code-input' }, t('code.label')),
    h('p', { id: 'resume-code-help', class: 'hint' }, t('code.help')),
    h(
      'div',
      { class: 'code-row' },
      input,
      h('button', { type: 'submit', class: 'primary' }, t('code.submit')),
    ),
    error,
  );
  const restore = () =>
    void actions.resumeCode(input.value).then((problem) => {
      error.textContent = problem ?? '';
      if (problem) input.focus();
    });
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const problem = actions.checkCode(input.value);
    error.textContent = problem ?? '';
    if (problem) input.focus();
    else guard('code', restore);
  });
  const reveal = () => {
    form.hidden = false;
    open.setAttribute('aria-expanded', 'true');
  };
  const open = button(
    t('code.open'),
    () => {
      reveal();
      input.focus();
    },
    { class: 'secondary', 'aria-expanded': 'false' },
  );
  // A code typed before the screen was rebuilt (a language switch) comes back into a form that shows.
  input.addEventListener('input', () => {
    if (input.value) reveal();
  });
  return h('div', { class: 'code-entry' }, open, form);
}

export function titleScreen(
  app: ScreenContext,
  status: TitleStatus,
  actions: TitleActions,
  earlier: readonly EarlierRun[] = [],
): { element: HTMLElement; keys: ScreenKeys } {
  const { t } = app;
  const { saved, storage, chaptersAsked } = status;
  const question = replaceQuestion(app);
  // A run with progress to lose is replaced only when the player says so.
  const guard: ReplaceGuard = (intent, proceed) =>
    saved.kind === 'ready' && saved.progress ? question.ask(intent, proceed) : proceed();
  const startNewGame = () => guard('newGame', actions.newGame);
  const newGame = h(
    'button',
    { type: 'button', class: 'primary' },
    t('title.newGame'),
    ' ',
    h('kbd', { 'aria-hidden': 'true' }, 'Enter'),
  );
  newGame.addEventListener('click', startNewGame);
  const resume =
    saved.kind === 'ready'
      ? h(
          'button',
          { type: 'button', class: 'secondary', 'aria-describedby': 'resume-detail' },
          t('title.continue'),
        )
      : null;
  resume?.addEventListener('click', actions.resume);

  const unknownChapters = requestedPlan(app.catalog.scenario.chapters, chaptersAsked);
  const notices = [
    !storage.readable ? h('p', { class: 'notice', role: 'status' }, t('title.storageOff')) : null,
    storage.readable && !storage.available
      ? h('p', { class: 'notice', role: 'status' }, t('title.storageFull'))
      : null,
    unknownChapters.unknown.length
      ? h(
          'p',
          { class: 'notice', role: 'status' },
          t(unknownChapters.chapters ? 'title.chaptersNotFound' : 'title.chaptersNoneFound', {
            ids: unknownChapters.unknown.join(', '),
          }),
        )
      : null,
    saved.kind === 'ready' && saved.offline
      ? h('p', { class: 'notice', role: 'alert' }, t('title.resumeOffline'))
      : null,
    status.live?.unavailable
      ? h('p', { class: 'notice', role: 'alert', id: 'live-unavailable' }, t('live.needsServer'))
      : null,
    saved.kind === 'ready' && status.live?.resumable
      ? h('p', { class: 'notice', role: 'status' }, t('live.resumeNotice', { code: status.live.resumable }))
      : null,
    saved.kind === 'unreadable'
      ? h(
          'p',
          { class: 'notice', role: 'alert' },
          t('title.saveUnreadable', {
            reason: t(`title.saveErrors.${saved.error.kind}`, {
              version: 'version' in saved.error ? saved.error.version : '',
            }),
          }),
        )
      : null,
  ];

  const element = h(
    'section',
    { class: 'screen title-screen', 'aria-labelledby': 'title-heading' },
    h('p', { class: 'eyebrow' }, t('app.tagline')),
    h('h1', { id: 'title-heading', class: 'game-title' }, t('title.heading')),
    h('p', { class: 'lead' }, t('title.subtitle')),
    h('p', {}, t('title.intro')),
    h('p', { class: 'model-note' }, t('title.modelNote')),
    notices,
    h(
      'div',
      { class: 'title-actions' },
      newGame,
      button(t('title.classMode'), actions.classMode, { class: 'secondary' }),
      button(t('live.button'), actions.liveSession, {
        class: 'secondary',
        'aria-describedby': status.live?.unavailable ? 'live-unavailable' : null,
      }),
      resume,
      resume ? h('span', { id: 'resume-detail', class: 'hint' }, t('title.continueDetail')) : null,
      button(t('title.model'), () => app.pages.showModel(), { class: 'secondary' }),
      button(t('title.classSummary'), actions.classSummary, { class: 'secondary' }),
      button(t('title.guide'), () => app.pages.showGuide(), { class: 'secondary' }),
    ),
    question.element,
    codeForm(app, actions, guard),
    earlierGames(app, earlier, actions.restoreEarlier),
    // A keyboard's summary: a touch screen leaves it out (input-hints.ts).
    h('h2', { class: 'small-heading for-keys' }, t('title.keysHeading')),
    h('p', { class: 'hint for-keys' }, t('title.keys')),
  );
  return { element, keys: { enter: startNewGame } };
}
