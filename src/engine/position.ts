import type { Chapter, Decision } from '../content/schema';
import type { Campaign, GameState } from './types';

export type Place =
  | { kind: 'decision'; chapter: Chapter; decision: Decision; chapterIndex: number; decisionIndex: number }
  | { kind: 'not-loaded'; chapterId: string }
  | { kind: 'finished' };

export function currentPlace(state: GameState, campaign: Campaign): Place {
  if (state.finished) return { kind: 'finished' };
  const chapterId = state.plan[state.position.chapter];
  if (chapterId === undefined) return { kind: 'finished' };
  const chapter = campaign.chapters[chapterId];
  if (!chapter) return { kind: 'not-loaded', chapterId };
  const decision = chapter.decisions[state.position.decision];
  if (!decision) return { kind: 'finished' };
  return {
    kind: 'decision',
    chapter,
    decision,
    chapterIndex: state.position.chapter,
    decisionIndex: state.position.decision,
  };
}

/** The position after the current decision, and whether the run ends there. */
export function advance(state: GameState, chapter: Chapter): Pick<GameState, 'position' | 'finished'> {
  const { chapter: chapterIndex, decision } = state.position;
  if (decision + 1 < chapter.decisions.length) {
    return { position: { chapter: chapterIndex, decision: decision + 1 }, finished: false };
  }
  const nextChapter = chapterIndex + 1;
  return { position: { chapter: nextChapter, decision: 0 }, finished: nextChapter >= state.plan.length };
}

export function findOption(
  campaign: Campaign,
  choice: { chapter: string; decision: string; option: string },
) {
  return campaign.chapters[choice.chapter]?.decisions
    .find((decision) => decision.id === choice.decision)
    ?.options.find((option) => option.id === choice.option);
}
