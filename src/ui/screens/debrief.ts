import { text } from '../bilingual';
import type { ScreenContext } from '../screen-context';
import type { Chapter, Decision } from '../../content/schema';
import { actionBar } from '../components/action-bar';
import { classSplit } from '../components/class-split';
import { factParagraph } from '../components/fact';
import { more } from '../components/more';
import { framingSlip, sourceList } from '../components/framing';
import { voteKey } from '../../engine';
import { button, h } from '../dom';
import { linkGlossaryTerms } from '../glossary-links';
import { resumeCodeBox } from '../components/resume-code';
import type { ScreenKeys } from '../keyboard';

export type DebriefNext = 'decision' | 'chapter' | 'finish';

/**
 * The debrief the teacher last opened, so that a rebuild of the same screen (a language switch) keeps it open.
 * Keyed by the decision and the number of choices made, so a later visit to the same decision starts closed.
 */
let revealedDebrief: string | null = null;

/** The record beside the choice: what Baku did, the questions, the full record, and the ways on. */
function recordParts(
  app: ScreenContext,
  decision: Decision,
  chosenOptionId: string,
  next: DebriefNext,
  onContinue: () => void,
  onBranch: (() => void) | undefined,
  splitShown: boolean,
): HTMLElement[] {
  const { t } = app;
  const chosen = decision.options.find((option) => option.id === chosenOptionId);
  const historical = decision.options.find((option) => option.id === decision.historical);
  const same = chosenOptionId === decision.historical;
  const byClass = app.classroom().mode === 'class';
  const action = actionBar(
    t(next === 'decision' ? 'debrief.next' : next === 'chapter' ? 'debrief.nextChapter' : 'debrief.finish'),
    onContinue,
  );
  return [
    h(
      'section',
      { class: 'versus', 'aria-labelledby': 'versus-heading' },
      h('h2', { id: 'versus-heading' }, t(byClass ? 'vote.classVersus' : 'debrief.versus')),
      // The class's split above names the option played and Baku's: the projector need not say them twice.
      splitShown
        ? null
        : h(
            'dl',
            {},
            h('dt', {}, t(byClass ? 'vote.classChoice' : 'debrief.youChose')),
            h('dd', {}, chosen ? text(app, chosen.label) : ''),
            h('dt', {}, t('debrief.bakuChose')),
            h('dd', {}, historical ? text(app, historical.label) : ''),
          ),
      h(
        'p',
        { class: `verdict ${same ? 'same' : 'different'}` },
        h('span', { 'aria-hidden': 'true' }, same ? '= ' : '≠ '),
        t(same ? (byClass ? 'vote.classSame' : 'debrief.same') : 'debrief.different'),
      ),
      factParagraph(app, decision.debrief.core, 'p'),
    ),
    more(
      t('more.questions'),
      h(
        'ol',
        { class: 'questions' },
        decision.debrief.questions.map((question) => h('li', {}, text(app, question))),
      ),
    ),
    more(
      t('more.record'),
      h('h2', {}, t('debrief.comparison')),
      h('p', {}, text(app, decision.debrief.comparison)),
      h('h2', {}, t('debrief.happened')),
      h(
        'ul',
        { class: 'dated' },
        decision.debrief.happened.map((fact) => factParagraph(app, fact, 'li')),
      ),
      h('h2', {}, t('debrief.answer')),
      h(
        'ul',
        { class: 'dated' },
        decision.debrief.answer.map((fact) => factParagraph(app, fact, 'li')),
      ),
      decision.debrief.meanwhile.length
        ? [
            h('h2', {}, t('debrief.meanwhile')),
            h(
              'ul',
              { class: 'dated' },
              decision.debrief.meanwhile.map((fact) => factParagraph(app, fact, 'li')),
            ),
          ]
        : null,
      h('h2', {}, t('debrief.framing')),
      h(
        'div',
        { class: 'slips' },
        decision.debrief.framing.map((framing) => framingSlip(app, framing)),
      ),
      h('h2', {}, t('debrief.sources')),
      sourceList(app, decision.debrief.sources, true),
    ),
    onBranch
      ? h(
          'p',
          { class: 'what-if' },
          button(t('whatIf.here'), onBranch, { class: 'secondary' }),
          byClass ? null : h('span', { class: 'hint' }, ` ${t('whatIf.hereHint')}`),
        )
      : null,
    resumeCodeBox(app, { hint: !byClass }),
    action.bar,
  ].filter((part): part is HTMLElement => part !== null);
}

export function debriefScreen(
  app: ScreenContext,
  chapter: Chapter,
  decision: Decision,
  chosenOptionId: string,
  next: DebriefNext,
  onContinue: () => void,
  onBranch?: () => void,
  /** Hears the record open: at once, or on the teacher's key (a live session shows it on every device then). */
  onReveal?: () => void,
): { element: HTMLElement; keys: ScreenKeys } {
  const { t } = app;
  const state = app.session.state;
  const votes = state?.votes[voteKey(chapter.id, decision.id)];
  const splitFor = (showHistory: boolean) =>
    // Numbers, and the names of the option played and of Baku's: the class read every option on the decision.
    votes
      ? classSplit(app, decision, votes, {
          played: chosenOptionId,
          showHistory,
          compact: true,
          nameMarked: true,
        })
      : null;
  const record = () =>
    recordParts(app, decision, chosenOptionId, next, onContinue, onBranch, votes !== undefined);
  const debriefKey = `${voteKey(chapter.id, decision.id)}#${state?.history.length ?? 0}`;
  const teacherReveals =
    app.classroom().mode === 'class' &&
    app.classroom().debrief === 'teacher' &&
    revealedDebrief !== debriefKey;
  const split = splitFor(!teacherReveals);

  const element = h(
    'article',
    { class: 'screen archive', 'aria-labelledby': 'debrief-heading' },
    h(
      'p',
      { class: 'eyebrow' },
      t('debrief.eyebrow', { number: chapter.number, index: chapter.decisions.indexOf(decision) + 1 }),
    ),
    h('h1', { id: 'debrief-heading' }, t(decision.title)),
    split,
  );
  if (!teacherReveals) {
    element.append(...record());
    onReveal?.();
    return { element, keys: { enter: onContinue } };
  }

  // The teacher opens the record when the class has discussed. Until then the screen holds only the vote and the
  // one control that opens the record: nothing that moves on exists yet, so nothing can skip the reveal.
  let revealed = false;
  const reveal = () => {
    if (revealed) return;
    revealed = true;
    revealedDebrief = debriefKey;
    const withHistory = splitFor(true);
    if (split && withHistory) split.replaceWith(withHistory);
    cover.replaceWith(...record());
    onReveal?.();
    linkGlossaryTerms(app, element);
    const first = element.querySelector<HTMLElement>('#versus-heading');
    if (first) {
      first.tabIndex = -1;
      first.focus();
    }
  };
  const open = actionBar(t('vote.reveal'), reveal);
  const cover = h('div', { class: 'reveal' }, h('p', { class: 'lead' }, t('vote.discuss')), open.bar);
  element.append(cover);
  return { element, keys: { enter: () => (revealed ? onContinue() : reveal()) } };
}
