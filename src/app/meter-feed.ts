import type { AppEvents } from './events';
import type { Session } from './session';

/** Tells the stage and the meter readouts the run's meters after every change the session makes to the run. */
export function forwardMeters(session: Session, events: AppEvents): () => void {
  return session.subscribe(({ state, changes }) => {
    if (state) events.emit('meters', { meters: state.meters, changes });
  });
}
