import type { App } from '../app/app';
import { live } from '../app/live-tab';
import { debriefScreen, type DebriefNext } from '../ui/screens/debrief';
import { screenForCurrentPlace } from './routes';
import { ScreenScene } from './ScreenScene';

export class DebriefScene extends ScreenScene {
  constructor(app: App) {
    super(app, 'Debrief');
  }

  build() {
    const { session, catalog, sound } = this.app;
    const state = session.state;
    const choice = state?.history.at(-1);
    const chapter = choice && catalog.campaign().chapters[choice.chapter];
    const decision = chapter?.decisions.find((candidate) => candidate.id === choice?.decision);
    if (!state || !choice || !chapter || !decision) return null;
    const next: DebriefNext = state.finished
      ? 'finish'
      : state.position.decision === 0
        ? 'chapter'
        : 'decision';
    sound.play('bell');
    session.reviewing('Debrief');
    return debriefScreen(
      this.app,
      chapter,
      decision,
      choice.option,
      next,
      () => void this.continue(),
      // A live session's run is the server's too: "choose differently" would leave the class's run behind.
      live.host ? undefined : () => void this.branch(state.history.length - 1),
      live.host ? () => void live.host?.act({ kind: 'reveal' }) : undefined,
    );
  }

  private async branch(index: number): Promise<void> {
    const branched = this.app.session.branchAt(index);
    if (!branched.ok) return;
    await this.continue();
  }

  private async continue(): Promise<void> {
    this.app.session.reviewing(null);
    const next = await screenForCurrentPlace(this.app);
    if (next) this.go(next.key, next.data);
  }
}
