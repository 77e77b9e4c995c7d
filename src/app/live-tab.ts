import type { i18n as I18n } from 'i18next';
import type { LiveHost } from './live-host';
import { loadTexts } from '../i18n/i18n';
import { createStore, type KeyValueStore } from '../platform/storage';

/** Kept in `sessionStorage`: a reload of the projector's tab resumes the session; a new tab starts afresh. */
export const TEACHER_KEY = 'crossroads.live.teacher';

/**
 * The live session of this tab, while there is one; the scenes read it to show counts and send actions. The session's
 * code (`live-host.ts`, Socket.IO) is downloaded only when a session starts or resumes.
 */
export const live: { host: LiveHost | null } = { host: null };

/** This tab's own storage. */
export const tabStore = (): KeyValueStore => createStore(() => window.sessionStorage);

/**
 * The live session this tab opened before a reload, if any. Read without the live-session code, so that the title
 * screen can offer it back without downloading anything more.
 */
export function storedLiveSession(
  store: KeyValueStore = tabStore(),
): { code: string; teacher: string } | null {
  try {
    const kept = JSON.parse(store.get(TEACHER_KEY) ?? 'null') as { code?: unknown; teacher?: unknown } | null;
    return typeof kept?.code === 'string' && typeof kept.teacher === 'string'
      ? { code: kept.code, teacher: kept.teacher }
      : null;
  } catch {
    return null;
  }
}

/** The live session's texts (`locales/<language>/live.json`), fetched when a session starts, not with the title. */
export async function loadLiveTexts(i18n: I18n): Promise<boolean> {
  await i18n.loadNamespaces('live');
  return loadTexts(i18n, [i18n.language], ['live']);
}
