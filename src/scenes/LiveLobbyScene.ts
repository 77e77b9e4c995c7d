import type { App } from '../app/app';
import { live } from '../app/live-tab';
import { ScreenScene } from './ScreenScene';
import { startNewRun } from './start-run';

interface LobbyData {
  /** The seed the server's copy of the run was opened with: the teacher's run starts from the same. */
  seed: number;
}

/** The projector before a live lesson: the code, the address and the QR code, and who has joined. */
export class LiveLobbyScene extends ScreenScene<LobbyData> {
  private unsubscribe: (() => void) | null = null;

  constructor(app: App) {
    super(app, 'LiveLobby');
  }

  async build(data: LobbyData) {
    const host = live.host;
    if (!host) return null;
    // The QR code's library comes with the lobby, not with the game's first download.
    const { liveLobbyScreen } = await import('../ui/screens/live-lobby');
    const lobby = liveLobbyScreen(
      this.app,
      { code: host.code, address: host.address, joinUrl: host.joinUrl, students: host.view.students },
      () => void this.begin(data.seed),
    );
    this.unsubscribe?.();
    this.unsubscribe = host.subscribe(() => lobby.setStudents(host.view.students));
    this.events.once('shutdown', () => this.unsubscribe?.());
    return lobby;
  }

  private async begin(seed: number): Promise<void> {
    this.unsubscribe?.();
    const next = await startNewRun(this.app, seed);
    if (next) this.go(next.key, next.data);
  }
}
