import type { KnowledgeStatement } from '../../content/schema';
import type { CheckPhase } from '../../engine';
import type { CheckDistribution } from '../../live/protocol';
import { actionBar } from '../components/action-bar';
import { text } from '../bilingual';
import { h } from '../dom';
import type { ScreenKeys } from '../keyboard';
import type { ScreenContext } from '../screen-context';

/**
 * The projector during a live session's knowledge check: the statements, how many have answered, and, once the teacher
 * shows them, the class's answers per statement (hidden before, so that no one copies the room's answers). Each student
 * answers and sees their own score on their own device; no one's score shows here.
 */
export function liveCheckScreen(
  app: ScreenContext,
  statements: readonly KnowledgeStatement[],
  phase: CheckPhase,
  onContinue: () => void,
): {
  element: HTMLElement;
  keys: ScreenKeys;
  update: (answered: { answered: number; students: number }, distribution: CheckDistribution | null) => void;
} {
  const { t } = app;
  const count = h('p', { class: 'live-count', role: 'status' });
  const lines = statements.map(() => h('p', { class: 'live-check-line', hidden: true }));
  let shown = false;
  const proceed = () => {
    if (shown) return onContinue();
    shown = true;
    for (const line of lines) line.hidden = false;
    action.button.firstChild!.textContent = t('live:teacher.checkContinue');
  };
  const action = actionBar(t('live:teacher.checkShow'), proceed);
  const element = h(
    'article',
    { class: 'screen check', 'aria-labelledby': 'check-heading' },
    h('p', { class: 'eyebrow' }, t(phase === 'before' ? 'check.eyebrow.before' : 'check.eyebrow.after')),
    h('h1', { id: 'check-heading' }, t(phase === 'before' ? 'check.heading.before' : 'check.heading.after')),
    h('p', { class: 'lead' }, t('live:teacher.checkIntro')),
    count,
    h(
      'ol',
      { class: 'live-check' },
      statements.map((statement, index) => h('li', {}, h('p', {}, text(app, statement.text)), lines[index])),
    ),
    action.bar,
  );
  const update: ReturnType<typeof liveCheckScreen>['update'] = ({ answered, students }, distribution) => {
    count.textContent = t('live:teacher.answered', { answered, students });
    const ours = distribution?.phase === phase ? distribution : null;
    statements.forEach((statement, index) => {
      const yes = ours?.statements[statement.id]?.true ?? 0;
      const no = ours?.statements[statement.id]?.false ?? 0;
      const unsure = Math.max(0, (ours?.answered ?? 0) - yes - no);
      lines[index]!.textContent = t('live:teacher.checkLine', { yes, no, unsure });
    });
  };
  return { element, keys: { enter: proceed }, update };
}
