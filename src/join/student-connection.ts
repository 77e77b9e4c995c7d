import {
  LiveEvent,
  type CountUpdate,
  type JoinAck,
  type LiveError,
  type SessionView,
} from '../live/protocol';
import { ANSWER_TIMEOUT_MS, openLiveSocket, randomToken, type LiveSocket } from '../platform/live-connection';
import type { KeyValueStore } from '../platform/storage';

/** Kept in `sessionStorage`: a reload or a phone waking up rejoins the same session as the same device. */
export const CODE_KEY = 'crossroads.live.code';
export const DEVICE_KEY = 'crossroads.live.device';

export type ConnectionState = 'connecting' | 'joined' | 'reconnecting' | 'unreachable';

export interface StudentEvents {
  /** The session's screen changed (or this device joined): `join` holds what the server kept for this device. */
  view: (view: SessionView, join?: Extract<JoinAck, { ok: true }>) => void;
  count: (count: CountUpdate) => void;
  connection: (state: ConnectionState) => void;
  /** Joining failed: a wrong code, a full or ended session, too many tries. */
  refused: (error: LiveError) => void;
}

/**
 * A student's device in a live session: joins with the code and a device token, joins again after every
 * reconnect (the server counts the device once and hands back its vote), and sends votes and answers.
 */
export class StudentConnection {
  private socket: LiveSocket | null = null;
  private joined = false;
  readonly device: string;

  constructor(
    readonly code: string,
    private readonly store: KeyValueStore,
    private readonly events: StudentEvents,
  ) {
    const kept = store.get(CODE_KEY) === code ? store.get(DEVICE_KEY) : null;
    this.device = kept ?? randomToken();
  }

  async connect(): Promise<void> {
    this.events.connection('connecting');
    const socket = await openLiveSocket();
    this.socket = socket;
    socket.on('connect', () => void this.join());
    socket.on('disconnect', () => {
      if (this.joined) this.events.connection('reconnecting');
    });
    socket.on('connect_error', () => {
      if (!this.joined) {
        // Never reached: no server here, or the network is down. Stop trying until the student asks again.
        socket.disconnect();
        this.events.connection('unreachable');
      }
    });
    socket.on(LiveEvent.view, (view) => {
      if (view.code === this.code) this.events.view(view);
    });
    socket.on(LiveEvent.count, (count) => {
      if (count.code === this.code) this.events.count(count);
    });
  }

  close(): void {
    this.socket?.disconnect();
    this.socket = null;
  }

  private async join(): Promise<void> {
    const socket = this.socket;
    if (!socket) return;
    let answer: JoinAck;
    try {
      answer = await socket
        .timeout(ANSWER_TIMEOUT_MS)
        .emitWithAck(LiveEvent.join, { code: this.code, device: this.device });
    } catch {
      // No answer in time: the socket reconnects and joins again by itself; a live socket tries once more.
      if (socket.connected) window.setTimeout(() => void this.join(), 1000);
      return;
    }
    if (!answer.ok) {
      this.close();
      this.joined = false;
      this.store.remove(CODE_KEY);
      this.events.refused(answer.error);
      return;
    }
    this.joined = true;
    this.store.set(CODE_KEY, this.code);
    this.store.set(DEVICE_KEY, this.device);
    this.events.connection('joined');
    this.events.view(answer.view, answer);
  }

  /** Sends (or changes) this device's vote; true when the server counted it. */
  async vote(option: string): Promise<boolean> {
    return this.send(() =>
      this.socket!.timeout(ANSWER_TIMEOUT_MS).emitWithAck(LiveEvent.vote, {
        code: this.code,
        device: this.device,
        option,
      }),
    );
  }

  async answer(phase: 'before' | 'after', answers: Record<string, boolean>): Promise<boolean> {
    return this.send(() =>
      this.socket!.timeout(ANSWER_TIMEOUT_MS).emitWithAck(LiveEvent.answer, {
        code: this.code,
        device: this.device,
        phase,
        answers,
      }),
    );
  }

  private async send(request: () => Promise<{ ok: boolean }>): Promise<boolean> {
    if (!this.socket?.connected) return false;
    try {
      return (await request()).ok;
    } catch {
      return false;
    }
  }
}
