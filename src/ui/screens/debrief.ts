import { text } from '../bilingual';
import type { App } from '../../app/app';
import type { Chapter, Decision, Source } from '../../content/schema';
import { actionBar } from '../components/action-bar';
import { factParagraph } from '../components/fact';
import { citations, sourceLink } from '../components/record-citation';
import { voteKey } from '../../engine';
import { button, h } from '../dom';
import { resumeCodeBox } from '../components/resume-code';
import type { ScreenKeys } from '../keyboard';

/** How the class voted, option by option, beside what was played and (once revealed) what Baku did. */
function classSplit(
  app: App,
  decision: Decision,
  votes: readonly number[],
  played: string,
  showHistory: boolean,
): HTMLElement {
  const { t } = app;
  const total = votes.reduce((sum, count) => sum + count, 0);
  return h(
    'section',
    { class: 'class-split', 'aria-labelledby': 'split-heading' },
    h('h2', { id: 'split-heading' }, t('vote.splitHeading')),
    h(
      'ul',
      {},
      decision.options.map((option, index) => {
        const count = votes[index] ?? 0;
        const share = total ? Math.round((count / total) * 100) : 0;
        const marks = [
          option.id === played ? t('vote.played') : null,
          showHistory && option.id === decision.historical ? t('vote.history') : null,
        ].filter(Boolean);
        return h(
          'li',
          {},
          h('span', { class: 'split-bar', style: `--share: ${share}%`, 'aria-hidden': 'true' }),
          t('vote.line', { number: index + 1, option: t(option.label), count, share }),
          marks.length ? h('strong', {}, ` — ${marks.join(', ')}`) : null,
        );
      }),
    ),
  );
}

export type DebriefNext = 'decision' | 'chapter' | 'finish';

export function debriefScreen(
  app: App,
  chapter: Chapter,
  decision: Decision,
  chosenOptionId: string,
  next: DebriefNext,
  onContinue: () => void,
  onBranch?: () => void,
): { element: HTMLElement; keys: ScreenKeys } {
  const { t } = app;
  const record = app.record();
  const language = app.language();
  const chosen = decision.options.find((option) => option.id === chosenOptionId);
  const historical = decision.options.find((option) => option.id === decision.historical);
  const same = chosenOptionId === decision.historical;
  const byClass = app.classroom().mode === 'class';
  const source = (id: string) => record.sources.find((candidate) => candidate.id === id);
  const action = actionBar(
    t(next === 'decision' ? 'debrief.next' : next === 'chapter' ? 'debrief.nextChapter' : 'debrief.finish'),
    onContinue,
  );

  const element = h(
    'article',
    { class: 'screen archive', 'aria-labelledby': 'debrief-heading' },
    h(
      'p',
      { class: 'eyebrow' },
      t('debrief.eyebrow', { number: chapter.number, index: chapter.decisions.indexOf(decision) + 1 }),
    ),
    h('h1', { id: 'debrief-heading' }, t(decision.title)),
    h(
      'section',
      { class: 'versus', 'aria-labelledby': 'versus-heading' },
      h('h2', { id: 'versus-heading' }, t(byClass ? 'vote.classVersus' : 'debrief.versus')),
      h(
        'dl',
        {},
        h('dt', {}, t(byClass ? 'vote.classChoice' : 'debrief.youChose')),
        h('dd', {}, chosen ? t(chosen.label) : ''),
        h('dt', {}, t('debrief.bakuChose')),
        h('dd', {}, historical ? t(historical.label) : ''),
      ),
      h(
        'p',
        { class: `verdict ${same ? 'same' : 'different'}` },
        h('span', { 'aria-hidden': 'true' }, same ? '= ' : '≠ '),
        t(same ? (byClass ? 'vote.classSame' : 'debrief.same') : 'debrief.different'),
      ),
      h('p', {}, text(app, decision.debrief.comparison)),
    ),
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
    h('h2', {}, t('debrief.framing')),
    h(
      'div',
      { class: 'slips' },
      decision.debrief.framing.map((framing) => {
        const origin = source(framing.source);
        return h(
          'figure',
          { class: `slip slip-${framing.side}` },
          h(
            'figcaption',
            {},
            h('span', { class: 'slip-side' }, t(`side.${framing.side}`)),
            origin ? ` · ${origin.publisher}` : '',
          ),
          h('p', {}, text(app, framing.text), ' ', citations(t, framing.records, record, language)),
          origin ? h('p', { class: 'slip-source' }, sourceLink(t, origin, language)) : null,
        );
      }),
    ),
    h('h2', {}, t('debrief.questions')),
    h(
      'ol',
      { class: 'questions' },
      decision.debrief.questions.map((question) => h('li', {}, text(app, question))),
    ),
    h('h2', {}, t('debrief.sources')),
    h(
      'ul',
      { class: 'sources' },
      decision.debrief.sources
        .map(source)
        .filter((s): s is Source => s !== undefined)
        .map((s) =>
          h(
            'li',
            {},
            sourceLink(t, s, language),
            h('span', { class: 'hint' }, ` · ${t(`stance.${s.stance}`)}`),
          ),
        ),
    ),
    onBranch
      ? h(
          'p',
          { class: 'what-if' },
          button(t('whatIf.here'), onBranch, { class: 'secondary' }),
          h('span', { class: 'hint' }, ` ${t('whatIf.hereHint')}`),
        )
      : null,
    resumeCodeBox(app),
    action.bar,
  );
  const votes = app.session.state?.votes[voteKey(chapter.id, decision.id)];
  const teacherReveals = app.classroom().mode === 'class' && app.classroom().debrief === 'teacher';
  const splitFor = (showHistory: boolean) =>
    votes ? classSplit(app, decision, votes, chosenOptionId, showHistory) : null;
  const split = splitFor(!teacherReveals);
  const heading = element.querySelector('h1')!;
  if (split) heading.after(split);
  if (!teacherReveals) return { element, keys: { enter: onContinue } };
  // The teacher opens the record when the class has discussed: until then only the vote shows.
  const hidden = [...element.children].filter(
    (child) => child !== heading && child !== split && !child.classList.contains('eyebrow'),
  );
  const cover = h('div', { class: 'reveal' }, h('p', { class: 'lead' }, t('vote.discuss')));
  let revealed = false;
  const reveal = () => {
    revealed = true;
    cover.remove();
    const withHistory = splitFor(true);
    if (split && withHistory) split.replaceWith(withHistory);
    hidden.forEach((child) => ((child as HTMLElement).hidden = false));
    const first = element.querySelector<HTMLElement>('#versus-heading');
    if (first) {
      first.tabIndex = -1;
      first.focus();
    }
  };
  const open = actionBar(t('vote.reveal'), reveal);
  cover.append(open.bar);
  hidden.forEach((child) => ((child as HTMLElement).hidden = true));
  element.append(cover);
  return { element, keys: { enter: () => (revealed ? onContinue() : reveal()) } };
}
