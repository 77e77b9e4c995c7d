import type { i18n as I18n, TFunction } from 'i18next';
import type { SoundSystem } from '../audio/sound';
import type { ContentCatalog } from '../content/catalog';
import type { ClassroomSettings } from '../content/classroom';
import type { Chapter, RecordFile } from '../content/schema';
import type { GameState } from '../engine';
import type { Overlay } from './overlay';

/** Reference pages over the game: how the model works, the timeline of the record, a worksheet, the guide. */
export interface ReferencePages {
  showModel: () => void;
  showTimeline: (highlight?: readonly string[]) => void;
  showHandout: (chapter: Chapter) => void;
  showGuide: () => void;
  showGlossary: (termId?: string) => void;
}

/** The run in progress as a screen may read it; only the scenes play, save and restore it. */
export interface RunView {
  readonly state: GameState | null;
  /** The code that restores the run on paper, or null when there is no run to restore. */
  resumeCode(): string | null;
}

/**
 * What screens, pages and their parts read and call. The interface layer knows nothing of the app that ties the game
 * together: the scenes (and the start-up) hand it the app, which has this and more.
 */
export interface ScreenContext {
  readonly t: TFunction;
  /** For the bilingual view's second language, and to ask whether a text exists for an id from content data. */
  readonly i18n: Pick<I18n, 'getFixedT' | 'exists'>;
  readonly language: () => string;
  /** The second language of the bilingual view, or null. */
  readonly secondLanguage: () => string | null;
  readonly catalog: ContentCatalog;
  /** The sourced record; with the class's "leave out casualty details" on, its softened summaries. */
  readonly record: () => RecordFile;
  /** The lesson set-up: solo play, or class mode from the teacher's run-sheet. */
  readonly classroom: () => ClassroomSettings;
  readonly session: RunView;
  readonly pages: ReferencePages;
  readonly sound: Pick<SoundSystem, 'play'>;
  readonly overlay: Pick<Overlay, 'announce'>;
}

/** The words of the interface: the player's language and, in the bilingual view, the second one. */
export type Words = Pick<ScreenContext, 't' | 'i18n' | 'language' | 'secondLanguage'>;

/** The events the interface hears and tells; the app's event channel has these among its own. */
export interface InterfaceEvents {
  on(name: 'language', listener: (payload: { language: string }) => void): () => void;
  on(name: 'meters', listener: (payload: { meters: Record<string, number> }) => void): () => void;
  emit(name: 'screen', payload: { name: string }): void;
}
