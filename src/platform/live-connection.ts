import type { Socket } from 'socket.io-client';
import { LIVE_PATH, makeToken, type ClientToServer, type ServerToClient } from '../live/protocol';

export type LiveSocket = Socket<ServerToClient, ClientToServer>;

/** How long an answer from the server may take before the client treats the request as lost. */
export const ANSWER_TIMEOUT_MS = 8000;

/** Where the live-session server says it can be reached, and that it is there at all. */
export interface LiveServerStatus {
  /** The addresses of the server on the local network, for devices other than this one; may be empty. */
  addresses: string[];
}

/**
 * Asks the game's own server whether it runs live sessions. A static host (no server) answers with a 404 or with
 * a page, not with this JSON, so it is null there and the title explains that a live session needs `npm start`.
 */
export async function liveServerStatus(base: string = document.baseURI): Promise<LiveServerStatus | null> {
  try {
    const response = await fetch(new URL('live/status', base), { cache: 'no-store' });
    if (!response.ok) return null;
    const body = (await response.json()) as { live?: unknown; sessions?: unknown; addresses?: unknown };
    if (body.live !== true && typeof body.sessions !== 'number') return null;
    const addresses = Array.isArray(body.addresses)
      ? body.addresses.filter((address): address is string => typeof address === 'string')
      : [];
    return { addresses };
  } catch {
    return null;
  }
}

/**
 * Opens a Socket.IO connection to the game's own origin. The client library is fetched here, on first use, so
 * that it adds nothing to the title screen's download. It reconnects by itself after a drop (a phone asleep, a
 * Wi-Fi gap); whoever holds the socket joins again on each `connect`.
 */
export async function openLiveSocket(): Promise<LiveSocket> {
  const { io } = await import('socket.io-client');
  return io({ path: LIVE_PATH, transports: ['websocket'], reconnectionDelayMax: 4000 });
}

/** A token for a device to rejoin its session with, from the browser's random source. */
export const randomToken = (): string =>
  makeToken((bytes) => crypto.getRandomValues(bytes as Uint8Array<ArrayBuffer>));
