import type { App } from '../app/app';
import type { Decision } from '../content/schema';
import { presentConsequences } from '../app/consequence-feed';
import { live } from '../app/live-tab';
import { liveVotePanel } from '../ui/components/live-vote';
import { decisionScreen, type DecisionDraft } from '../ui/screens/decision';
import { meterChangeLine } from '../ui/screens/consequences';
import { liveVoteSource } from './live-vote-source';
import { ScreenScene } from './ScreenScene';

export class DecisionScene extends ScreenScene {
  constructor(app: App) {
    super(app, 'Decision');
  }

  /** The pick and votes on the decision on screen, kept while it is rebuilt (a language switch). */
  private draft: { decision: string; picks: DecisionDraft } | null = null;
  /** Set once the decision on screen has been played, so a second click or key cannot play it again. */
  private confirmed = false;

  async build() {
    const place = await this.app.session.place();
    if (!place.ok || place.value.kind !== 'decision') return null;
    const { chapter, decision } = place.value;
    const key = `${chapter.id}/${decision.id}`;
    if (this.draft?.decision !== key) this.draft = { decision: key, picks: {} };
    this.confirmed = false;
    return decisionScreen(
      this.app,
      chapter,
      decision,
      (optionId, votes) => this.confirm(optionId, votes),
      this.draft.picks,
      this.livePanel(chapter.id, decision),
    );
  }

  /** In a live session: the students' votes counted as they come, in place of the typed counts. */
  private livePanel(chapterId: string, decision: Decision) {
    const host = live.host;
    if (!host) return undefined;
    const source = liveVoteSource(host, chapterId, decision.id);
    if (source.ended()) return undefined;
    // A session that ends on this decision leaves it to the typed counts at once, not from the next decision.
    const stopEnded = source.subscribe(() => {
      if (!source.ended()) return;
      stopEnded();
      this.scene.restart(this.lastData);
    });
    this.events.once('shutdown', stopEnded);
    // The vote opens when the projector shows the decision, unless it was closed before a reload.
    if (!source.closed()) void host.act({ kind: 'open' });
    const { panel, stop } = liveVotePanel(this.app, decision, source, (option, counts) =>
      this.confirm(option, counts),
    );
    this.events.once('shutdown', stop);
    return panel;
  }

  private confirm(optionId: string, votes?: number[]): void {
    const { app } = this;
    if (this.confirmed) return;
    this.confirmed = true;
    this.draft = null;
    const outcome = app.session.choose(optionId, votes);
    if (!outcome.ok) {
      this.confirmed = false;
      app.notices.show('choice', 'notice.choiceRefused');
      return;
    }
    app.notices.clear('choice');
    const { changes } = outcome.value;
    app.sound.play('confirm');
    presentConsequences(app, outcome.value);
    const net = changes.reduce((sum, change) => sum + change.delta, 0);
    if (changes.length) window.setTimeout(() => app.sound.play(net >= 0 ? 'rise' : 'fall'), 250);
    app.overlay.announce(changes.map((change) => meterChangeLine(app, change)).join('. '));
    this.go('Consequences');
  }
}
