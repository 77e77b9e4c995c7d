import { createSoundSystem } from '../audio/sound';
import { ContentCatalog } from '../content/catalog';
import { recordForClass } from '../content/sensitive';
import { requestedPlan } from '../content/chapter-plan';
import { createI18n, availableLanguages, loadTexts, namespacesInUse } from '../i18n/i18n';
import type { UiKey } from '../i18n/keys';
import { SEED_BITS } from '../engine';
import { setMonthNames } from '../ui/format';
import { LANGUAGE_NAMES, pickLanguage } from '../i18n/languages';
import { readLaunchOptions } from '../platform/query';
import { createStore } from '../platform/storage';
import { KeyboardRouter } from '../ui/keyboard';
import { computeLayout } from '../lib/layout';
import { GameMenu } from '../ui/menu';
import type { PageDialog } from '../ui/pages/page-dialog';
import { mountMeterReadout } from '../ui/meter-readout';
import { Notices } from '../ui/notices';
import { mountMeterStrip, StageFold } from '../ui/meter-strip';
import { Overlay } from '../ui/overlay';
import { h } from '../ui/dom';
import { errorScreen } from '../ui/screens/error';
import { mountTopbar } from '../ui/topbar';
import type { App } from './app';
import type { RunningGame } from './create-game';
import { LandLayer } from '../stage/land-layer';
import { StagePoster } from '../stage/stage-poster';
import { loadClassroom, saveClassroom } from './classroom';
import { clearConsequencesOnMove } from './consequence-feed';
import { AppEvents } from './events';
import { EarlyTitle } from './early-title';
import { forwardMeters } from './meter-feed';
import { Session } from './session';

const LANGUAGE_KEY = 'crossroads.language';
const SECOND_LANGUAGE_KEY = 'crossroads.secondLanguage';
const MOTION_KEY = 'crossroads.reducedMotion';

const ORDERED_LANGUAGES = Object.keys(LANGUAGE_NAMES);

function element(id: string): HTMLElement {
  const found = document.getElementById(id);
  if (!found) throw new Error(`The page is missing #${id}.`);
  return found;
}

const BOOT_FAILURE_ENGLISH = {
  'error.heading': 'Crossroads could not start',
  'error.boot':
    'Something went wrong while starting the game. Reloading the page usually helps. Your saved progress has not been changed.',
  'error.reload': 'Reload the page',
  'error.details': 'Technical details',
} as const satisfies Partial<Record<UiKey, string>>;
type BootText = keyof typeof BOOT_FAILURE_ENGLISH;

/** The failure in the player's language when its texts loaded, else in English. */
function showBootFailure(details: string[], translate?: (key: BootText) => string): void {
  const card = document.getElementById('screen');
  if (!card) return;
  const text = (key: BootText) => {
    const translated = translate?.(key);
    return translated && translated !== key ? translated : BOOT_FAILURE_ENGLISH[key];
  };
  card.dataset.screen = 'Error';
  card.replaceChildren(
    errorScreen(
      {
        heading: text('error.heading'),
        message: text('error.boot'),
        reload: text('error.reload'),
        details: text('error.details'),
      },
      details,
    ),
  );
}

/**
 * Letters that make the browser fetch the font subsets a language needs before the canvas draws text (and the
 * title's heading, in the serif, shows).
 */
const FONT_SAMPLES: Readonly<Record<string, string>> = { az: 'Əəğış', tr: 'ğışİ', ru: 'Жжя' };

async function loadFontsFor(language: string): Promise<void> {
  const sample = `Aa${FONT_SAMPLES[language] ?? ''}`;
  await Promise.all(
    ['16px "Noto Sans"', 'bold 16px "Noto Sans"', 'bold 16px "Noto Serif"'].map((font) =>
      document.fonts.load(font, sample),
    ),
  ).catch(() => undefined);
}

/** Resolves once the browser has painted what the page holds now. */
function afterNextPaint(): Promise<void> {
  return new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
}

function whenIdle(task: () => void): void {
  if ('requestIdleCallback' in window) window.requestIdleCallback(task, { timeout: 3000 });
  else setTimeout(task, 500);
}

function randomSeed(): number {
  const values = new Uint32Array(1);
  crypto.getRandomValues(values);
  return (values[0] ?? 1) % 2 ** SEED_BITS;
}

/** Builds the game: content, language, sound and the DOM layer first, then the Phaser stage and scenes. */
export async function startGame(): Promise<void> {
  let translate: ((key: BootText) => string) | undefined;
  try {
    const options = readLaunchOptions(
      window.location.search,
      window.matchMedia('(prefers-reduced-motion: reduce)').matches,
    );
    const store = createStore();
    const language = pickLanguage(
      [options.language, store.get(LANGUAGE_KEY), ...navigator.languages],
      availableLanguages,
    );
    // The map's land starts to decode now (the page preloads its image); the stage's code (Phaser and the scenes) is
    // fetched with the page but runs only once the title and its first picture are up.
    const land = new LandLayer();
    const fontsForLanguage = loadFontsFor(language);
    const i18n = await createI18n(language);
    translate = (key) => i18n.t(key);
    const wantedSecond = options.secondLanguage ?? store.get(SECOND_LANGUAGE_KEY);
    let secondLanguage =
      wantedSecond && availableLanguages.includes(wantedSecond) && wantedSecond !== i18n.language
        ? wantedSecond
        : null;
    if (secondLanguage) await i18n.loadLanguages(secondLanguage);
    const registerMonths = (lng: string) =>
      setMonthNames(lng, i18n.getFixedT(lng)('dates.months').split(','));
    const labelPage = () => {
      registerMonths(i18n.language);
      if (secondLanguage) registerMonths(secondLanguage);
      document.documentElement.lang = i18n.language;
      document.documentElement.dataset.bilingual = secondLanguage ?? '';
      document.querySelector('.skip-link')?.replaceChildren(i18n.t('app.skip'));
    };
    labelPage();

    const opened = ContentCatalog.open(async (namespaces) => {
      await i18n.loadNamespaces(namespaces);
      if (secondLanguage) await i18n.loadLanguages(secondLanguage);
      // A download that failed (offline) is tried again here, so that Continue can be tried again too.
      if (!(await loadTexts(i18n, [i18n.language], namespaces)))
        throw new Error(`The texts could not be downloaded: ${namespaces.join(', ')}`);
    });
    const card = element('screen');
    const overlay = new Overlay(card, element('announcer'), document.documentElement);
    const noticeRegion = h('div', { class: 'app-notices', hidden: true });
    element('topbar').after(noticeRegion);
    const notices = new Notices(noticeRegion, (key, values) => i18n.t(key, values));
    // The player hears of a failed autosave once, when saving stops working, and again only after it worked.
    let saving = store.readable;
    const savedNow = (saved: boolean) => {
      if (saved === saving) return;
      saving = saved;
      if (saved) notices.clear('save');
      else notices.show('save', 'notice.saveFailed');
    };
    if (!opened.ok) {
      card.replaceChildren(
        errorScreen(
          {
            heading: i18n.t('error.heading'),
            message: i18n.t('error.content'),
            reload: i18n.t('error.reload'),
            details: i18n.t('error.details'),
          },
          opened.error.map((error) => `${error.file}\n${error.message}`),
        ),
      );
      return;
    }
    const catalog = opened.value;
    let reducedMotion = options.reducedMotion || store.get(MOTION_KEY) === 'true';
    const events = new AppEvents();
    let classroom = loadClassroom(store);
    document.documentElement.dataset.mode = classroom.mode;
    let menu: GameMenu | null = null;
    let pageDialog: PageDialog | null = null;
    const stageFold = new StageFold();
    const sound = createSoundSystem({ store });
    const keyboard = new KeyboardRouter(document, {
      escape: () => menu?.toggle(),
      mute: () => sound.toggleMute(),
      isDialogOpen: () => (menu?.isOpen ?? false) || (pageDialog?.isOpen ?? false),
    });

    const pageFailed = () => notices.show('page', 'notice.pageFailed');
    /** The reference pages' code, fetched the first time one opens. */
    const referencePages = () => import('../ui/pages/reference-pages');
    const showPage = async (heading: string, content: Node[], focusId?: string) => {
      const pages = await referencePages();
      pageDialog ??= new pages.PageDialog(app);
      pageDialog.show(heading, content, focusId);
    };
    const app: App = {
      options,
      i18n,
      t: i18n.t.bind(i18n),
      language: () => i18n.language,
      languages: ORDERED_LANGUAGES.filter((lng) => availableLanguages.includes(lng)),
      setLanguage: async (lng) => {
        if (!availableLanguages.includes(lng) || lng === i18n.language) return;
        // Offline, a language whose texts cannot be downloaded is not switched to, nor remembered.
        const [loaded] = await Promise.all([
          loadTexts(i18n, [lng], namespacesInUse(i18n)),
          loadFontsFor(lng),
        ]);
        if (!loaded) {
          notices.show('language', 'notice.languageFailed', { language: LANGUAGE_NAMES[lng] ?? lng });
          return;
        }
        notices.clear('language');
        await i18n.changeLanguage(lng);
        store.set(LANGUAGE_KEY, lng);
        if (secondLanguage === lng) {
          secondLanguage = null;
          store.remove(SECOND_LANGUAGE_KEY);
        }
        labelPage();
        events.emit('language', { language: lng });
      },
      secondLanguage: () => secondLanguage,
      setSecondLanguage: async (lng) => {
        const wanted = lng && availableLanguages.includes(lng) && lng !== i18n.language ? lng : null;
        if (wanted && !(await loadTexts(i18n, [wanted], namespacesInUse(i18n)))) {
          notices.show('language', 'notice.languageFailed', { language: LANGUAGE_NAMES[wanted] ?? wanted });
          return;
        }
        notices.clear('language');
        secondLanguage = wanted;
        if (secondLanguage) {
          store.set(SECOND_LANGUAGE_KEY, secondLanguage);
        } else {
          store.remove(SECOND_LANGUAGE_KEY);
        }
        labelPage();
        events.emit('language', { language: i18n.language });
      },
      catalog,
      record: () =>
        recordForClass(catalog.recordFile(), classroom.hideSensitive, (key) => i18n.t(key), i18n.language),
      session: new Session(catalog, store, savedNow),
      store,
      notices,
      sound,
      events,
      overlay,
      keyboard,
      layout: () =>
        computeLayout(window.innerWidth, window.innerHeight, stageFold.open, classroom.mode === 'class'),
      reducedMotion: () => reducedMotion,
      setReducedMotion: (reduced) => {
        reducedMotion = reduced;
        store.set(MOTION_KEY, String(reduced));
        document.documentElement.dataset.motion = reduced ? 'reduced' : 'full';
        events.emit('motion', { reduced });
      },
      newSeed: () => options.seed ?? randomSeed(),
      classroom: () => classroom,
      setClassroom: (settings) => {
        classroom = settings;
        saveClassroom(store, settings);
        document.documentElement.dataset.mode = settings.mode;
        overlay.applyLayout(app.layout());
      },
      pages: {
        showModel: () => {
          void (async () => {
            const { modelPage } = await referencePages();
            await showPage(app.t('modelPage.heading'), modelPage(app));
          })().catch(pageFailed);
        },
        showGlossary: (termId) => {
          void (async () => {
            const glossary = await catalog.loadGlossary();
            if (!glossary.ok) {
              notices.show('page', 'notice.pageFailed');
              return;
            }
            const { glossaryEntryId, glossaryPage } = await referencePages();
            await showPage(
              app.t('glossary.heading'),
              glossaryPage(app, glossary.value),
              termId ? glossaryEntryId(termId) : undefined,
            );
          })().catch(pageFailed);
        },
        showGuide: () => {
          void (async () => {
            const loaded = await catalog.loadChapters(catalog.scenario.chapters);
            const check = await catalog.loadKnowledgeCheck();
            await i18n.loadNamespaces('guide');
            const guide = await loadTexts(i18n, [i18n.language], ['guide']);
            if (!loaded.ok || !guide) {
              notices.show('page', 'notice.pageFailed');
              return;
            }
            const { guidePage } = await referencePages();
            await showPage(app.t('guide:heading'), guidePage(app, check.ok ? check.value : undefined));
          })().catch(pageFailed);
        },
        showHandout: (chapter) => {
          void (async () => {
            const { handoutPage } = await referencePages();
            await showPage(
              app.t('handout.heading', { title: app.t(chapter.title) }),
              handoutPage(app, chapter),
            );
          })().catch(pageFailed);
        },
        showTimeline: (highlight = []) => {
          void (async () => {
            const loaded = await catalog.loadChapters(catalog.scenario.chapters);
            if (!loaded.ok) {
              notices.show('page', 'notice.pageFailed');
              return;
            }
            const { timelineEntryId, timelinePage } = await referencePages();
            const first = highlight[0];
            await showPage(
              app.t('timeline.heading'),
              timelinePage(app, highlight),
              first ? timelineEntryId(first) : undefined,
            );
          })().catch(pageFailed);
        },
      },
    };
    document.documentElement.dataset.motion = reducedMotion ? 'reduced' : 'full';
    overlay.applyLayout(app.layout());
    window.addEventListener('resize', () => overlay.applyLayout(app.layout()));
    events.on('language', () => notices.retranslate());
    forwardMeters(app.session, events);
    mountMeterReadout(app, element('meter-readout'));
    mountMeterStrip(app, stageFold, element('stage'));
    clearConsequencesOnMove(app);
    stageFold.onChange(() => overlay.applyLayout(app.layout()));

    const running: { game?: RunningGame } = {};
    if (options.testMode) {
      (await import('../testing/test-hook')).installTestHook(app, () => running.game?.phaser);
    }
    menu = new GameMenu(app, {
      toTitle: () => running.game?.goToTitle(),
      showModel: app.pages.showModel,
      showTimeline: () => app.pages.showTimeline(),
      showGuide: app.pages.showGuide,
      showGlossary: () => app.pages.showGlossary(),
    });
    mountTopbar(app, element('topbar'), () => menu?.toggle());

    // The title waits for the fonts, and so does the stage's first picture, drawn without Phaser (stage-poster.ts).
    // Phaser runs after it, while the player reads: its stage replaces the picture once it has drawn the same, and a
    // move made from the title meanwhile is carried out then.
    const fontsReady = i18n.language === language ? fontsForLanguage : loadFontsFor(i18n.language);
    await fontsReady;
    const title = new EarlyTitle(app);
    const poster = new StagePoster(app, land);
    await poster.show(element('stage'));
    await afterNextPaint();
    const { createGame } = await import('./create-game');
    running.game = createGame(
      app,
      element('stage'),
      fontsReady,
      (startScreen) => title.handOver(startScreen),
      land,
    );
    running.game.phaser.onceStageDrawn(() => poster.remove());
    // Copying the whole game for offline play waits until the stage is drawn and idle, so it never slows the first
    // screen; its code (Workbox's window library) is fetched only then. Without it, the game still plays online.
    running.game.phaser.onceStageDrawn(() =>
      whenIdle(() => {
        import('./service-worker').then(
          ({ registerServiceWorker }) => registerServiceWorker(notices),
          () => undefined,
        );
      }),
    );
    // "New game" should answer at once: the record and the first chapter load while the player reads the title,
    // once the stage is drawn, so that they never hold up its map.
    const firstChapter = (requestedPlan(catalog.scenario.chapters, options.chapters).chapters ??
      catalog.scenario.chapters)[0];
    const phaser = running.game.phaser;
    if (firstChapter) phaser.onceStageDrawn(() => whenIdle(() => void catalog.loadChapters([firstChapter])));
    // So is the sound: the library and the ambient pad are ready before the map moves to the first places.
    phaser.onceStageDrawn(() => whenIdle(() => sound.prepare()));
  } catch (problem) {
    showBootFailure(
      [problem instanceof Error ? `${problem.name}: ${problem.message}` : String(problem)],
      translate,
    );
  }
}
