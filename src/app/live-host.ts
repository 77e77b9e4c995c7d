import {
  LiveEvent,
  type CheckDistribution,
  type CreateMessage,
  type LiveError,
  type SessionRun,
  type SessionView,
  type TeacherAck,
  type TeacherAction,
} from '../live/protocol';
import {
  ANSWER_TIMEOUT_MS,
  liveServerStatus,
  openLiveSocket,
  type LiveSocket,
} from '../platform/live-connection';
import type { KeyValueStore } from '../platform/storage';
import type { AppEvents } from './events';
import { live, storedLiveSession, TEACHER_KEY, tabStore } from './live-tab';

export type HostChange = 'view' | 'count' | 'check' | 'connection';

/** Screens during which the students look at the projector: nothing to vote on or answer. */
const PROJECTOR_SCREENS = new Set(['Briefing', 'Epilogue', 'Ending']);

/** The address students open: the server's address on the local network when this page is on `localhost`. */
export function joinAddress(page: URL, networkAddresses: readonly string[]): URL {
  const local = ['localhost', '127.0.0.1', '[::1]'].includes(page.hostname);
  const base = local && networkAddresses[0] ? new URL(networkAddresses[0]) : new URL('/', page);
  return new URL('join', base);
}

/**
 * The teacher's end of a live session: it holds the session's code and the teacher's token, tells the server what
 * the projector shows, and hears the class's counts. The game's own run stays in the teacher's Session; the server
 * plays the same choices on its copy of the run, from the same seed.
 */
export class LiveHost {
  private readonly listeners = new Set<(change: HostChange) => void>();
  private offScreen: (() => void) | null = null;
  /** False while the connection is down; the socket reconnects and resumes by itself. */
  connected = true;
  distribution: CheckDistribution | null = null;

  private constructor(
    private readonly socket: LiveSocket,
    private readonly store: KeyValueStore,
    readonly code: string,
    private readonly teacher: string,
    public view: SessionView,
    public run: SessionRun,
    /** The join page's address, without the code. */
    readonly address: URL,
  ) {
    socket.on(LiveEvent.view, (next) => {
      if (next.code !== code) return;
      this.view = next;
      this.tell('view');
    });
    socket.on(LiveEvent.count, (count) => {
      if (count.code !== code) return;
      this.view = { ...this.view, students: count.students, voted: count.voted };
      this.tell('count');
    });
    socket.on(LiveEvent.check, (distribution) => {
      if (distribution.code !== code) return;
      this.distribution = distribution;
      this.tell('check');
    });
    socket.on('disconnect', () => {
      this.connected = false;
      this.tell('connection');
    });
    // After a drop the server no longer has this socket in the session's room: resume puts it back.
    socket.io.on('reconnect', () => void this.rejoin());
  }

  /** The address with the code, for the QR code. */
  get joinUrl(): URL {
    const url = new URL(this.address);
    url.searchParams.set('code', this.code);
    return url;
  }

  /** The code in two groups of three, to read aloud. */
  get spokenCode(): string {
    return `${this.code.slice(0, 3)} ${this.code.slice(3)}`;
  }

  /** Opens a new session on the server; null when there is no server or it refused. */
  static async open(request: CreateMessage): Promise<LiveHost | null> {
    const status = await liveServerStatus();
    if (!status) return null;
    const store = tabStore();
    const socket = await openLiveSocket();
    try {
      const answer = await socket.timeout(ANSWER_TIMEOUT_MS).emitWithAck(LiveEvent.create, request);
      if (!answer.ok) throw new Error(answer.error);
      store.set(TEACHER_KEY, JSON.stringify({ code: answer.code, teacher: answer.teacher }));
      const address = joinAddress(new URL(window.location.href), status.addresses);
      return new LiveHost(socket, store, answer.code, answer.teacher, answer.view, answer.run, address);
    } catch {
      socket.disconnect();
      return null;
    }
  }

  /** Takes the session this tab opened back after a reload; an error when it has ended or cannot be reached. */
  static async resume(): Promise<LiveHost | LiveError> {
    const store = tabStore();
    const kept = storedLiveSession(store);
    if (!kept) return 'no-session';
    const status = await liveServerStatus();
    if (!status) return 'unavailable';
    const socket = await openLiveSocket();
    try {
      const answer = await socket.timeout(ANSWER_TIMEOUT_MS).emitWithAck(LiveEvent.resume, kept);
      if (!answer.ok) {
        socket.disconnect();
        if (answer.error !== 'unavailable') store.remove(TEACHER_KEY);
        return answer.error;
      }
      const address = joinAddress(new URL(window.location.href), status.addresses);
      const host = new LiveHost(socket, store, kept.code, kept.teacher, answer.view, answer.run, address);
      host.distribution = answer.check ?? null;
      return host;
    } catch {
      socket.disconnect();
      return 'unavailable';
    }
  }

  /** Hears of every change: a new screen, a count, the check's distribution, the connection. */
  subscribe(listener: (change: HostChange) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /**
   * Tells the students to look at the projector whenever it shows what they have nothing to do on, and ends the
   * session on the report. `onEnded` hears of a session that ended otherwise (two hours without activity).
   */
  followScreens(events: AppEvents, onEnded: () => void): void {
    this.offScreen?.();
    let ending = false;
    const stopEnded = this.subscribe((change) => {
      if (change !== 'view' || this.view.screen.kind !== 'ended' || ending) return;
      this.forget();
      onEnded();
    });
    const stopScreens = events.on('screen', ({ name }) => {
      // A decision not yet played keeps its votes: the projector shows its briefing again after a reload.
      const screen = this.view.screen;
      const unplayed = screen.kind === 'decision' && screen.played === undefined;
      if (PROJECTOR_SCREENS.has(name) && !unplayed) void this.act({ kind: 'advance' });
      if (name === 'Report') {
        ending = true;
        void this.act({ kind: 'end' }).then(() => this.forget());
      }
    });
    this.offScreen = () => {
      stopEnded();
      stopScreens();
    };
  }

  /** Sends a teacher's action; the answer's view becomes the host's. */
  async act(action: TeacherAction): Promise<TeacherAck> {
    let answer: TeacherAck;
    try {
      answer = await this.socket
        .timeout(ANSWER_TIMEOUT_MS)
        .emitWithAck(LiveEvent.teacher, { code: this.code, teacher: this.teacher, action });
    } catch {
      return { ok: false, error: 'unavailable' };
    }
    if (answer.ok) {
      this.view = answer.view;
      this.run = answer.run;
      this.tell('view');
    }
    return answer;
  }

  /** Leaves the session to the server (it ends two hours after its last activity) and forgets it in this tab. */
  forget(): void {
    this.offScreen?.();
    this.store.remove(TEACHER_KEY);
    this.socket.disconnect();
    this.listeners.clear();
  }

  private async rejoin(): Promise<void> {
    try {
      const answer = await this.socket
        .timeout(ANSWER_TIMEOUT_MS)
        .emitWithAck(LiveEvent.resume, { code: this.code, teacher: this.teacher });
      if (answer.ok) {
        this.view = answer.view;
        this.run = answer.run;
        this.distribution = answer.check ?? this.distribution;
      } else if (answer.error === 'no-session' || answer.error === 'ended') {
        // It expired, or the server restarted, while this tab was away: it ends here as it would have live.
        this.view = { ...this.view, screen: { kind: 'ended' } };
      }
    } catch {
      // Still down: the next reconnect tries again.
      return;
    }
    this.connected = true;
    this.tell('connection');
    this.tell('view');
  }

  private tell(change: HostChange): void {
    // Over a copy: a listener that forgets the session (it has ended) must not keep the others from hearing it.
    for (const listener of [...this.listeners]) listener(change);
  }
}

/** After a reload of the projector's tab: takes its session back; the error when it has ended or is unreachable. */
export async function resumeLiveSession(events: AppEvents, onEnded: () => void): Promise<LiveError | null> {
  const resumed = await LiveHost.resume();
  if (typeof resumed === 'string') return resumed;
  live.host?.forget();
  live.host = resumed;
  resumed.followScreens(events, onEnded);
  return null;
}

/** What the teacher hears when the session ended without them: the lesson goes on with typed counts. */
export function liveSessionEnded(notices: { show: (id: string, key: 'live.ended') => void }): () => void {
  return () => {
    live.host = null;
    notices.show('live', 'live.ended');
  };
}

/** Ends the tab's session, if any: a new game or a class with typed counts replaces it. */
export function endLiveSession(): void {
  const host = live.host;
  live.host = null;
  tabStore().remove(TEACHER_KEY);
  if (host) void host.act({ kind: 'end' }).finally(() => host.forget());
}
