import type { Decision } from '../../content/schema';
import type { VoteTally } from '../../live/protocol';
import type { LiveVotePanel } from '../screens/decision';
import type { ScreenContext } from '../screen-context';
import { h } from '../dom';
import { splitList } from './class-split';

/** An address as a person types it: no `http://`, no trailing slash. */
export const typedAddress = (url: URL): string => `${url.host}${url.pathname}`.replace(/\/$/, '');

/** What the projector's vote panel reads from the live session and asks of it. */
export interface LiveVoteSource {
  /** N and M of "N of M voted". */
  counts(): { voted: number; students: number };
  connected(): boolean;
  /** True once the session has ended without the teacher (the server ended it, or it expired). */
  ended(): boolean;
  /** Hears every change of the counts and of the connection; returns a function that stops it. */
  subscribe(listener: () => void): () => void;
  /** Where and with which code students join, as the class reads it. */
  join: { address: string; code: string };
  /** The vote on this decision if it is already closed (the projector's page reloaded after closing it). */
  closed(): VoteTally | null;
  /** Closes the vote; null when the server could not be reached. */
  close(): Promise<VoteTally | null>;
  /** Plays an option of the closed vote on the server; false when it could not. */
  play(option: string): Promise<boolean>;
}

/**
 * The foot of a decision in a live session: "N of M voted" as the votes come in (never who voted what, nor the
 * counts per option while the vote is open), and the teacher's button that closes the vote. The option with most
 * votes is then played; on a tie the teacher picks one of the tied options and plays it.
 */
export function liveVotePanel(
  app: ScreenContext,
  decision: Decision,
  source: LiveVoteSource,
  onPlayed: (option: string, counts: number[]) => void,
): { panel: LiveVotePanel; stop: () => void } {
  const { t } = app;
  const count = h('p', { class: 'live-count', role: 'status' });
  const message = h('p', { class: 'form-error', role: 'alert' });
  const split = h('div', { class: 'live-split' });
  const label = h('span', {}, t('live:teacher.close'));
  const button = h(
    'button',
    { type: 'button', class: 'primary' },
    label,
    ' ',
    h('kbd', { 'aria-hidden': 'true' }, 'Enter'),
  );
  const element = h(
    'div',
    { class: 'action-bar live-bar' },
    count,
    h(
      'p',
      { class: 'live-join-line' },
      // The code's two groups stay on one line.
      t('live:teacher.joinAt', {
        address: source.join.address,
        code: source.join.code.replace(' ', '\u00a0'),
      }),
    ),
    split,
    message,
    button,
  );
  let tally: VoteTally | null = null;
  let busy = false;

  const showCount = () => {
    const { voted, students } = source.counts();
    count.textContent = t('live:teacher.voted', { voted, students });
    if (!source.connected()) message.textContent = t('live:teacher.reconnecting');
    else if (message.textContent === t('live:teacher.reconnecting')) message.textContent = '';
  };
  // The options are named above with their numbers, and the split beside the count names them to screen readers.
  const numberOf = (id: string) => String(decision.options.findIndex((option) => option.id === id) + 1);
  /** Once the vote has closed without a winner, the counts per option show and the teacher picks. */
  const showClosed = (closed: VoteTally) => {
    tally = closed;
    element.classList.add('live-closed');
    split.replaceChildren(
      splitList(app, decision, closed.counts, { played: '', showHistory: false, compact: true }),
    );
    message.textContent = closed.winner
      ? ''
      : closed.tied.length
        ? t('live:teacher.tie', { options: closed.tied.map(numberOf).join(', ') })
        : t('live:teacher.noVotes');
    label.textContent = t('vote.confirm');
  };
  const play = async (option: string, counts: number[]) => {
    if (await source.play(option)) onPlayed(option, counts);
    else message.textContent = t('live.failed');
  };
  const enter = (picked: string | null) => {
    if (busy) return;
    busy = true;
    void (async () => {
      if (!tally) {
        const closed = await source.close();
        if (!closed) message.textContent = t('live.failed');
        else if (closed.winner) await play(closed.winner, closed.counts);
        else showClosed(closed);
        return;
      }
      if (tally.winner) {
        await play(tally.winner, tally.counts);
        return;
      }
      const allowed = tally.tied.length ? tally.tied : decision.options.map((option) => option.id);
      if (picked && allowed.includes(picked)) await play(picked, tally.counts);
      else showClosed(tally);
    })().finally(() => (busy = false));
  };
  button.addEventListener('click', (event) => {
    if (event.detail <= 1)
      enter(
        element.closest('article')?.querySelector<HTMLInputElement>('input[name="option"]:checked')?.value ??
          null,
      );
  });
  showCount();
  const already = source.closed();
  if (already) showClosed(already);
  const stop = source.subscribe(showCount);
  return { panel: { element, enter }, stop };
}
