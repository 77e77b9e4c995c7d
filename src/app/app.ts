import type { i18n as I18n, TFunction } from 'i18next';
import type { SoundSystem } from '../audio/sound';
import type { ContentCatalog } from '../content/catalog';
import type { Chapter, RecordFile } from '../content/schema';
import type { LaunchOptions } from '../platform/query';
import type { KeyValueStore } from '../platform/storage';
import type { KeyboardRouter } from '../ui/keyboard';
import type { Layout } from '../ui/layout';
import type { Overlay } from '../ui/overlay';
import type { Notices } from '../ui/notices';
import type { ClassroomSettings } from './classroom';
import type { AppEvents } from './events';
import type { Session } from './session';

/** Everything a scene needs, handed to each scene when the game is built. */
export interface App {
  readonly options: LaunchOptions;
  readonly i18n: I18n;
  readonly t: TFunction;
  readonly language: () => string;
  /** The languages the game ships, in display order. */
  readonly languages: readonly string[];
  /** Switches the language of everything on screen; the run is untouched. */
  readonly setLanguage: (language: string) => Promise<void>;
  /** The second language of the bilingual view, or null. */
  readonly secondLanguage: () => string | null;
  readonly setSecondLanguage: (language: string | null) => Promise<void>;
  readonly catalog: ContentCatalog;
  /** The sourced record; with the class's "leave out casualty details" on, its softened summaries. */
  readonly record: () => RecordFile;
  readonly session: Session;
  readonly store: KeyValueStore;
  readonly sound: SoundSystem;
  readonly events: AppEvents;
  readonly overlay: Overlay;
  /** Messages about the game itself (a failed save, a download that failed), kept on screen until closed. */
  readonly notices: Notices;
  readonly keyboard: KeyboardRouter;
  readonly layout: () => Layout;
  readonly reducedMotion: () => boolean;
  readonly setReducedMotion: (reduced: boolean) => void;
  readonly newSeed: () => number;
  /** The lesson set-up: solo play, or class mode from the teacher's run-sheet. */
  readonly classroom: () => ClassroomSettings;
  readonly setClassroom: (settings: ClassroomSettings) => void;
  /** Reference pages over the game: how the model works, and the timeline of the record. */
  readonly pages: {
    showModel: () => void;
    showTimeline: (highlight?: readonly string[]) => void;
    showHandout: (chapter: Chapter) => void;
    showGuide: () => void;
    showGlossary: (termId?: string) => void;
  };
}
