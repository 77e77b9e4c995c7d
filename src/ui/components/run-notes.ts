import { text } from '../bilingual';
import type { ScreenContext } from '../screen-context';
import type { Note } from '../../content/schema';
import { notesFor } from '../../engine';
import { h } from '../dom';

/**
 * The run-dependent notes that hold for the run so far, as the engine selects them (`notesFor` on the session's
 * state), each labelled "In this simulation" with the modelled actor's name, like the modelled reactions on the
 * consequences screen. Null when no run is under way or no note applies. At most `max` notes, in content order, so a
 * screen keeps to its reading budget (the projector's decision keeps its options in view).
 */
export function runNotes(app: ScreenContext, notes: readonly Note[], max: number): HTMLElement | null {
  const state = app.session.state;
  if (!state || notes.length === 0) return null;
  const shown = notesFor(notes, state, app.catalog.campaign()).slice(0, max);
  if (shown.length === 0) return null;
  return h(
    'ul',
    { class: 'reactions run-notes' },
    shown.map((note) =>
      h(
        'li',
        { class: 'reaction run-note', 'data-note': note.id },
        h('span', { class: 'model-tag' }, app.t('consequences.modelTag')),
        h('strong', {}, `${app.t(`model:actor.${note.actor}`)}: `),
        text(app, note.text),
      ),
    ),
  );
}
