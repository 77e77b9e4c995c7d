import type { ScreenContext } from '../screen-context';
import type { Decision } from '../../content/schema';
import { voteShares } from '../../engine';
import { textFrom } from '../bilingual';
import { h, uniqueId } from '../dom';

export interface SplitView {
  /** The option the game played: the class's most votes, or the teacher's pick on a tie. */
  played: string;
  /** Whether to mark what Baku did: only once the record is open. */
  showHistory: boolean;
  /**
   * Numbers only on screen, where the option's name is shown nearby or was just read (the consequences, the report):
   * the option's name is then said to screen readers alone.
   */
  compact?: boolean;
  /** With `compact`: name the option played and Baku's on screen too, where nothing else names them (the debrief). */
  nameMarked?: boolean;
}

/** The class's votes option by option: count, share of the votes, a bar, and which option was played. */
export function splitList(
  app: ScreenContext,
  decision: Decision,
  votes: readonly number[],
  view: SplitView,
): HTMLElement {
  const counts = decision.options.map((_, index) => votes[index] ?? 0);
  const shares = voteShares(counts);
  return h(
    'ul',
    { class: view.compact ? 'split-list split-compact' : 'split-list' },
    decision.options.map((option, index) => {
      const count = counts[index]!;
      const share = shares[index]!;
      const played = option.id === view.played;
      const history = view.showHistory && option.id === decision.historical;
      const marks = (inLanguage: ScreenContext['t']) =>
        [played ? inLanguage('vote.played') : null, history ? inLanguage('vote.history') : null]
          .filter(Boolean)
          .join(', ');
      const bar = h('span', { class: 'split-bar', 'aria-hidden': 'true' });
      // Set through the CSSOM: the Content-Security-Policy refuses a style="" attribute.
      bar.style.setProperty('--share', `${share}%`);
      if (view.compact)
        return h(
          'li',
          { class: played ? 'split-played' : null, 'data-option': option.id },
          bar,
          `${index + 1}. `,
          view.nameMarked && (played || history)
            ? textFrom(app, (inLanguage) => `${inLanguage(option.label)}: `)
            : h('span', { class: 'sr-only' }, `${app.t(option.label)}: `),
          app.t('vote.count', { count, share }),
          played || history ? textFrom(app, (inLanguage) => ` — ${marks(inLanguage)}`) : null,
        );
      return h(
        'li',
        { class: played ? 'split-played' : null, 'data-option': option.id },
        bar,
        textFrom(app, (inLanguage) => {
          const label = inLanguage(option.label);
          const line = inLanguage('vote.line', { number: index + 1, option: label, count, share });
          return played || history ? `${line} — ${marks(inLanguage)}` : line;
        }),
      );
    }),
  );
}

/** How the class voted, under its own heading: on the consequences and the debrief. */
export function classSplit(
  app: ScreenContext,
  decision: Decision,
  votes: readonly number[],
  view: SplitView,
): HTMLElement {
  const id = uniqueId('split-heading');
  return h(
    'section',
    { class: 'class-split', 'aria-labelledby': id },
    h('h2', { id }, app.t('vote.splitHeading')),
    splitList(app, decision, votes, view),
  );
}
