import type { ScreenContext } from '../screen-context';
import { formatResumeCode } from '../../engine';
import { h } from '../dom';

/**
 * The run's resume code, to write down and type in on another device; nothing when the run has none. On the
 * projector the code stands alone: the teacher knows what it is for, and the class reads less.
 */
export function resumeCodeBox(
  app: Pick<ScreenContext, 't' | 'session'>,
  { hint }: { hint: boolean } = { hint: true },
): HTMLElement | null {
  const code = app.session.resumeCode();
  if (!code) return null;
  return h(
    'p',
    { class: 'resume-code' },
    h('span', { class: 'resume-code-label' }, `${app.t('code.label')}: `),
    h('strong', { class: 'code', 'data-code': code }, formatResumeCode(code)),
    hint ? h('span', { class: 'hint' }, ` ${app.t('code.hint')}`) : null,
  );
}
