import { text } from '../bilingual';
import type { ScreenContext } from '../screen-context';
import type { Epilogue } from '../../content/schema';
import { actionBar } from '../components/action-bar';
import { factParagraph } from '../components/fact';
import { framingSlip, sourceList } from '../components/framing';
import { more } from '../components/more';
import { runNotes } from '../components/run-notes';
import { h } from '../dom';
import { formatDateOrRange } from '../format';
import type { ScreenKeys } from '../keyboard';

/** What happened after the last decision: record only, no choice. */
export function epilogueScreen(
  app: ScreenContext,
  epilogue: Epilogue,
  onContinue: () => void,
): { element: HTMLElement; keys: ScreenKeys } {
  const { t } = app;
  const language = app.language();
  const action = actionBar(t('epilogueScreen.continue'), onContinue);
  const element = h(
    'article',
    { class: 'screen archive', 'aria-labelledby': 'epilogue-heading' },
    h(
      'p',
      { class: 'eyebrow' },
      t('epilogueScreen.eyebrow', { period: formatDateOrRange(epilogue.period, language) }),
    ),
    h('h1', { id: 'epilogue-heading' }, t(epilogue.title)),
    h(
      'ul',
      { class: 'dated core' },
      // The core's texts give their own dates; the dated list is behind "More".
      epilogue.core.map(({ text, records }) => factParagraph(app, { text, records }, 'li')),
    ),
    // What the model imagines came next for this run (its state is final here), after what really happened.
    runNotes(app, epilogue.notes, app.classroom().mode === 'class' ? 1 : 2),
    more(
      t('more.questions'),
      h(
        'ol',
        { class: 'questions' },
        epilogue.questions.map((question) => h('li', {}, text(app, question))),
      ),
    ),
    more(
      t('more.record'),
      h('p', { class: 'lead' }, text(app, epilogue.lead)),
      epilogue.sections.map((section) =>
        h(
          'section',
          {},
          h('h2', {}, t(section.heading)),
          h(
            'ul',
            { class: 'dated' },
            section.facts.map((fact) => factParagraph(app, fact, 'li')),
          ),
        ),
      ),
      h('h2', {}, t('debrief.framing')),
      h(
        'div',
        { class: 'slips' },
        epilogue.framing.map((framing) => framingSlip(app, framing)),
      ),
      h('h2', {}, t('debrief.sources')),
      sourceList(app, epilogue.sources, false),
    ),
    action.bar,
  );
  return { element, keys: { enter: onContinue } };
}
