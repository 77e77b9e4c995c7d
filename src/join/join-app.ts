import type { i18n as I18n } from 'i18next';
import { ContentCatalog } from '../content/catalog';
import { scoreCheck, type CheckScore } from '../engine';
import { availableLanguages, createI18n, loadTexts } from '../i18n/i18n';
import { LANGUAGE_NAMES, pickLanguage } from '../i18n/languages';
import { normaliseSessionCode, SessionCode, type LiveError, type SessionView } from '../live/protocol';
import { createStore, type KeyValueStore } from '../platform/storage';
import { h } from '../ui/dom';
import {
  codeScreen,
  messageScreen,
  studentCheck,
  studentDebrief,
  voteScreen,
  type StudentScreen,
  type StudentTexts,
} from '../ui/join/student-screens';
import { CODE_KEY, StudentConnection, type ConnectionState } from './student-connection';

const LANGUAGE_KEY = 'crossroads.language';
const ANSWERS_KEY = 'crossroads.live.answers';

const REFUSALS = {
  'no-session': 'live:student.errors.noSession',
  full: 'live:student.errors.full',
  ended: 'live:student.errors.ended',
  'rate-limited': 'live:student.errors.rateLimited',
  invalid: 'live:student.errors.format',
  'not-teacher': 'live:student.errors.unavailable',
  'not-joined': 'live:student.errors.unavailable',
  'not-open': 'live:student.errors.unavailable',
  'not-closed': 'live:student.errors.unavailable',
  'not-an-option': 'live:student.errors.unavailable',
  'not-played': 'live:student.errors.unavailable',
  unavailable: 'live:student.errors.unavailable',
} as const satisfies Record<LiveError, string>;

const STATUS = {
  connecting: 'live:student.connecting',
  joined: null,
  reconnecting: 'live:student.lost',
  unreachable: null,
} as const satisfies Record<ConnectionState, string | null>;

function element(id: string): HTMLElement {
  const found = document.getElementById(id);
  if (!found) throw new Error(`The page is missing #${id}.`);
  return found;
}

/** The student's page (`/join`): the code, then whatever the class's session shows now. */
export class JoinApp {
  private connection: StudentConnection | null = null;
  private view: SessionView | null = null;
  /** This device's vote on the decision on screen, keyed by chapter/decision. */
  private mine: { key: string; option: string } | null = null;
  private typed: string;
  private error = '';
  private renderCount = 0;
  private shownKey = '';

  private constructor(
    private readonly i18n: I18n,
    private readonly catalog: ContentCatalog,
    private readonly session: KeyValueStore,
    private readonly local: KeyValueStore,
  ) {
    this.typed = new URLSearchParams(window.location.search).get('code') ?? session.get(CODE_KEY) ?? '';
  }

  static async start(): Promise<void> {
    const local = createStore();
    const session = createStore(() => window.sessionStorage);
    const params = new URLSearchParams(window.location.search);
    const language = pickLanguage(
      [params.get('lng'), local.get(LANGUAGE_KEY), ...navigator.languages],
      availableLanguages,
    );
    const i18n = await createI18n(language);
    await i18n.loadNamespaces('live');
    const opened = ContentCatalog.open(async (namespaces) => {
      await i18n.loadNamespaces(namespaces);
      if (!(await loadTexts(i18n, [i18n.language], namespaces)))
        throw new Error(`The texts could not be downloaded: ${namespaces.join(', ')}`);
    });
    if (!opened.ok) throw new Error(opened.error.map((problem) => problem.message).join('\n'));
    const app = new JoinApp(i18n, opened.value, session, local);
    app.labelPage();
    // A device that was in a session (a reload, a phone waking up) goes straight back in.
    const kept = session.get(CODE_KEY);
    if (kept && (!params.get('code') || normaliseSessionCode(params.get('code')!) === kept)) app.join(kept);
    else void app.render();
  }

  private get texts(): StudentTexts {
    return { t: this.i18n.t.bind(this.i18n), language: this.i18n.language };
  }

  private labelPage(): void {
    const { t } = this.texts;
    document.documentElement.lang = this.i18n.language;
    document.title = `${t('app.name')}: ${t('live:student.heading')}`;
    const select = h(
      'select',
      { class: 'topbar-select', 'aria-label': t('topbar.language'), title: t('topbar.language') },
      ['en', 'ru', 'az', 'tr']
        .filter((language) => availableLanguages.includes(language))
        .map((language) =>
          h(
            'option',
            { value: language, lang: language, selected: language === this.i18n.language },
            LANGUAGE_NAMES[language] ?? language,
          ),
        ),
    );
    select.addEventListener('change', () => void this.switchLanguage(select.value));
    element('join-bar').replaceChildren(
      h(
        'span',
        { class: 'brand' },
        h('span', { class: 'brand-mark', 'aria-hidden': 'true' }, '◆'),
        t('app.name'),
      ),
      select,
    );
  }

  private async switchLanguage(language: string): Promise<void> {
    const input = document.querySelector<HTMLInputElement>('#session-code');
    if (input) this.typed = input.value;
    await this.i18n.loadNamespaces('ui');
    const namespaces = [this.i18n.options.ns ?? []]
      .flat()
      .filter((ns): ns is string => typeof ns === 'string');
    if (!(await loadTexts(this.i18n, [language], namespaces))) return;
    await this.i18n.changeLanguage(language);
    this.local.set(LANGUAGE_KEY, language);
    this.labelPage();
    await this.render(true);
    element('join-bar').querySelector('select')?.focus();
  }

  private join(typed: string): void {
    this.typed = typed;
    const code = normaliseSessionCode(typed);
    if (!SessionCode.safeParse(code).success) {
      this.error = this.texts.t('live:student.errors.format');
      void this.render();
      return;
    }
    this.error = '';
    this.connection?.close();
    const connection = new StudentConnection(code, this.session, {
      view: (view, joined) => {
        const decisionKey =
          view.screen.kind === 'decision' ? `${view.screen.chapter}/${view.screen.decision}` : '';
        if (joined) this.mine = joined.vote ? { key: decisionKey, option: joined.vote } : null;
        if (joined?.answers && view.screen.kind === 'check')
          this.session.set(`${ANSWERS_KEY}.${code}.${view.screen.phase}`, JSON.stringify(joined.answers));
        this.view = view;
        void this.render();
      },
      count: () => {},
      connection: (state) => this.showConnection(state),
      refused: (error) => {
        this.view = null;
        this.connection = null;
        this.error = this.texts.t(REFUSALS[error]);
        // The refusal replaces "Connecting…".
        const status = element('join-status');
        status.textContent = '';
        status.hidden = true;
        void this.render();
      },
    });
    this.connection = connection;
    void connection.connect().catch(() => this.showConnection('unreachable'));
  }

  private showConnection(state: ConnectionState): void {
    const { t } = this.texts;
    const status = element('join-status');
    const message = STATUS[state];
    status.textContent = message ? t(message) : '';
    status.hidden = !status.textContent;
    if (state === 'unreachable') {
      this.connection = null;
      this.view = null;
      this.error = t('live:student.errors.unreachable');
      void this.render();
    }
  }

  /**
   * The screen for the session's view now; a render overtaken by a newer one (content still loading) is dropped.
   * A view that changes nothing on this device (another device joined) leaves the screen as it is, "More" open.
   */
  private async render(force = false): Promise<void> {
    if (!force && this.view && this.screenKey() === this.shownKey) return;
    const ticket = ++this.renderCount;
    const screen = await this.build();
    if (ticket !== this.renderCount || !screen) return;
    const card = element('join-screen');
    const key = this.screenKey();
    const changed = key !== this.shownKey;
    this.shownKey = key;
    const focused = card.contains(document.activeElement) ? document.activeElement : null;
    card.dataset.screen = key.split(':')[0] ?? '';
    card.replaceChildren(screen.element);
    // A new screen takes the focus to its heading (or its field); an update of the same one leaves it be, unless the
    // focused control went with the old content (the code form again, with the server's refusal).
    if (changed || !focused?.isConnected) {
      if (screen.focus) screen.focus.focus();
      else {
        const heading = card.querySelector<HTMLElement>('h1');
        if (heading) {
          heading.tabIndex = -1;
          heading.focus();
        }
      }
    }
  }

  private screenKey(): string {
    const screen = this.view?.screen;
    if (!screen) return 'code';
    if (screen.kind === 'decision')
      return `decision:${screen.chapter}/${screen.decision}:${screen.open}:${screen.played ?? ''}`;
    if (screen.kind === 'debrief') return `debrief:${screen.chapter}/${screen.decision}`;
    if (screen.kind === 'check') return `check:${screen.phase}`;
    return screen.kind;
  }

  private async build(): Promise<StudentScreen | null> {
    const texts = this.texts;
    const { t } = texts;
    const screen = this.view?.screen;
    if (!this.connection || !screen)
      return codeScreen(texts, this.typed, this.error, (code) => this.join(code));
    switch (screen.kind) {
      case 'lobby':
        return messageScreen(texts, t('live:student.joinedHeading'), t('live:student.lobby'));
      case 'projector':
        return messageScreen(texts, t('live:student.projectorHeading'), t('live:student.projector'));
      case 'ended':
        return messageScreen(texts, t('live:student.endedHeading'), t('live:student.ended'));
      case 'decision': {
        const found = await this.decision(screen.chapter, screen.decision);
        if (!found)
          return messageScreen(texts, t('live:student.projectorHeading'), t('live:student.projector'));
        const key = `${screen.chapter}/${screen.decision}`;
        const connection = this.connection;
        return voteScreen(
          texts,
          found.chapter,
          found.decision,
          {
            open: screen.open,
            mine: this.mine?.key === key ? this.mine.option : undefined,
            played: screen.played,
          },
          async (option) => {
            const sent = await connection.vote(option);
            if (sent) this.mine = { key, option };
            return sent;
          },
        );
      }
      case 'debrief': {
        const found = await this.decision(screen.chapter, screen.decision);
        if (!found)
          return messageScreen(texts, t('live:student.projectorHeading'), t('live:student.projector'));
        return studentDebrief(
          texts,
          this.catalog.recordFile(),
          found.chapter,
          found.decision,
          screen.option,
          screen.tally.counts,
        );
      }
      case 'check': {
        const loaded = await this.catalog.loadKnowledgeCheck();
        if (!loaded.ok)
          return messageScreen(texts, t('live:student.projectorHeading'), t('live:student.projector'));
        const statements = screen.statements
          .map((id) => loaded.value.statements.find((statement) => statement.id === id))
          .filter((statement) => statement !== undefined);
        const key = `${ANSWERS_KEY}.${this.connection.code}.${screen.phase}`;
        const kept = this.session.get(key);
        const score: CheckScore | null = kept
          ? scoreCheck(statements, JSON.parse(kept) as Record<string, boolean>)
          : null;
        const connection = this.connection;
        return studentCheck(texts, statements, screen.phase, score, async (answers) => {
          const sent = await connection.answer(screen.phase, answers);
          if (sent) {
            this.session.set(key, JSON.stringify(answers));
            void this.render(true);
          }
          return sent;
        });
      }
    }
  }

  private async decision(chapterId: string, decisionId: string) {
    const loaded = await this.catalog.loadChapters([chapterId]);
    if (!loaded.ok) return null;
    const chapter = loaded.value.chapters[chapterId];
    const decision = chapter?.decisions.find((candidate) => candidate.id === decisionId);
    return chapter && decision ? { chapter, decision } : null;
  }
}
