import type { App } from '../app/app';
import { live } from '../app/live-tab';
import { scoreCheck, type CheckPhase } from '../engine';
import { checkFeedbackScreen, checkScreen } from '../ui/screens/knowledge-check';
import { liveCheckScreen } from '../ui/screens/live-check';
import { reportContentError } from './content-error';
import { screenForCurrentPlace } from './routes';
import { ScreenScene } from './ScreenScene';

interface CheckData {
  phase: CheckPhase;
  /** Set once the player has answered the check after the campaign: show what the record says. */
  feedback?: boolean;
}

/** The knowledge check before the first chapter and after the ending. */
export class CheckScene extends ScreenScene<CheckData> {
  constructor(app: App) {
    super(app, 'Check');
  }

  async build(data: CheckData) {
    const { app } = this;
    const check = await app.catalog.loadKnowledgeCheck();
    if (!check.ok) {
      reportContentError(app, check.error, this.waysOn());
      return null;
    }
    const { statements } = check.value;
    const checks = app.session.state?.checks ?? {};
    if (data.phase === 'after' && data.feedback && checks.after) {
      return checkFeedbackScreen(
        app,
        statements,
        checks.after,
        {
          before: checks.before && scoreCheck(statements, checks.before),
          after: scoreCheck(statements, checks.after),
        },
        () => this.go('Report'),
      );
    }
    const host = live.host;
    if (host) {
      void host.act({ kind: 'check', phase: data.phase });
      const screen = liveCheckScreen(app, statements, data.phase, () =>
        data.phase === 'before' ? void this.toFirstChapter() : this.go('Report'),
      );
      const show = () => {
        const open = host.view.screen.kind === 'check' && host.view.screen.phase === data.phase;
        screen.update(
          { answered: open ? host.view.voted : 0, students: host.view.students },
          host.distribution,
        );
      };
      show();
      const stop = host.subscribe(show);
      this.events.once('shutdown', stop);
      return screen;
    }
    return checkScreen(app, statements, data.phase, {
      submit: (answers) => {
        app.session.recordCheck(data.phase, answers);
        if (data.phase === 'after') this.go('Check', { phase: 'after', feedback: true });
        else void this.toFirstChapter();
      },
      skip: data.phase === 'before' ? () => void this.toFirstChapter() : () => this.go('Report'),
    });
  }

  private async toFirstChapter(): Promise<void> {
    const next = await screenForCurrentPlace(this.app);
    if (next) this.go(next.key, next.data);
  }
}
