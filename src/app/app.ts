import type { i18n as I18n } from 'i18next';
import type { SoundSystem } from '../audio/sound';
import type { LaunchOptions } from '../platform/query';
import type { KeyValueStore } from '../platform/storage';
import type { KeyboardRouter } from '../ui/keyboard';
import type { Layout } from '../lib/layout';
import type { Overlay } from '../ui/overlay';
import type { Notices } from '../ui/notices';
import type { ScreenContext } from '../ui/screen-context';
import type { ClassroomSettings } from '../content/classroom';
import type { AppEvents } from './events';
import type { Session } from './session';

/** Everything a scene needs, handed to each scene when the game is built; screens see only its `ScreenContext`. */
export interface App extends ScreenContext {
  readonly options: LaunchOptions;
  readonly i18n: I18n;
  /** The languages the game ships, in display order. */
  readonly languages: readonly string[];
  /** Switches the language of everything on screen; the run is untouched. */
  readonly setLanguage: (language: string) => Promise<void>;
  readonly setSecondLanguage: (language: string | null) => Promise<void>;
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
  readonly setClassroom: (settings: ClassroomSettings) => void;
}
