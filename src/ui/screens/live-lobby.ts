import { actionBar } from '../components/action-bar';
import { typedAddress } from '../components/live-vote';
import { qrCode } from '../components/qr-code';
import { h } from '../dom';
import type { ScreenKeys } from '../keyboard';
import type { ScreenContext } from '../screen-context';

export interface LobbyFacts {
  /** The session code, six characters. */
  code: string;
  /** The join page's address, without the code: what the class types. */
  address: URL;
  /** The address with the code: what the QR code opens. */
  joinUrl: URL;
  students: number;
}

/**
 * The projector before the lesson: the address, the code in large type spaced for reading aloud, a QR code of the
 * address with the code, and how many students have joined so far.
 */
export function liveLobbyScreen(
  app: Pick<ScreenContext, 't'>,
  facts: LobbyFacts,
  start: () => void,
): { element: HTMLElement; keys: ScreenKeys; setStudents: (students: number) => void } {
  const { t } = app;
  const joined = h(
    'p',
    { class: 'live-joined', role: 'status' },
    t('live:teacher.joined', { count: facts.students }),
  );
  const action = actionBar(t('live:teacher.start'), start);
  const element = h(
    'article',
    { class: 'screen dossier live-lobby', 'aria-labelledby': 'lobby-heading' },
    h('p', { class: 'eyebrow' }, t('live:teacher.eyebrow')),
    h('h1', { id: 'lobby-heading' }, t('live:teacher.heading')),
    h(
      'div',
      { class: 'live-join' },
      h(
        'div',
        { class: 'live-join-text' },
        h('p', { class: 'live-step' }, t('live:teacher.address')),
        h('p', { class: 'live-address' }, typedAddress(facts.address)),
        h('p', { class: 'live-step' }, `${t('live:teacher.codeLabel')}:`),
        h(
          'p',
          { class: 'live-code', 'data-code': facts.code, 'aria-label': facts.code.split('').join(' ') },
          h('span', {}, facts.code.slice(0, 3)),
          h('span', {}, facts.code.slice(3)),
        ),
      ),
      h(
        'figure',
        { class: 'live-qr' },
        qrCode(facts.joinUrl.href, t('live:teacher.qr', { address: typedAddress(facts.address) })),
        h('figcaption', { class: 'hint' }, t('live:teacher.qrHint')),
      ),
    ),
    joined,
    h('p', { class: 'hint' }, t('live:teacher.lateJoin')),
    action.bar,
  );
  return {
    element,
    keys: { enter: start },
    setStudents: (students) => (joined.textContent = t('live:teacher.joined', { count: students })),
  };
}
