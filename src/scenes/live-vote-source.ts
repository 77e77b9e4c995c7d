import type { LiveHost } from '../app/live-host';
import { typedAddress, type LiveVoteSource } from '../ui/components/live-vote';

/** The projector's vote panel on one decision, fed by the tab's live session. */
export function liveVoteSource(host: LiveHost, chapter: string, decision: string): LiveVoteSource {
  const here = () => {
    const screen = host.view.screen;
    return screen.kind === 'decision' && screen.chapter === chapter && screen.decision === decision
      ? screen
      : null;
  };
  return {
    // Until the server has opened this decision, the count on it is none.
    counts: () => ({ voted: here() ? host.view.voted : 0, students: host.view.students }),
    connected: () => host.connected,
    ended: () => host.view.screen.kind === 'ended',
    subscribe: (listener) => host.subscribe(listener),
    join: { address: typedAddress(host.address), code: host.spokenCode },
    closed: () => {
      const screen = here();
      return screen && !screen.open && screen.played === undefined ? (screen.tally ?? null) : null;
    },
    close: async () => {
      const answer = await host.act({ kind: 'close' });
      return answer.ok && answer.view.screen.kind === 'decision' ? (answer.view.screen.tally ?? null) : null;
    },
    play: async (option) => (await host.act({ kind: 'play', option })).ok,
  };
}
