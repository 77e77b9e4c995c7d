import type { ScreenContext } from '../screen-context';
import { LESSON_PLANS, type ClassroomSettings } from '../../content/classroom';
import { actionBar } from '../components/action-bar';
import { button, h } from '../dom';
import { keysOrTouch } from '../input-hints';
import { worksheetButton } from '../pages/handout-page';
import type { ScreenKeys } from '../keyboard';

/** The teacher's run-sheet: chapters, how debriefs open, sensitivity, the check and a discussion timer. */
export function runSheetScreen(
  app: ScreenContext,
  actions: { start: (settings: ClassroomSettings) => void; back: () => void },
  /** A live session: students vote on their own devices instead of the teacher typing counts. */
  live = false,
): { element: HTMLElement; keys: ScreenKeys } {
  const { t } = app;
  const saved = app.classroom();
  const campaign = app.catalog.scenario.chapters;
  const titles = app.catalog.chapterTitles();
  const boxes = campaign.map((id) =>
    h('input', {
      type: 'checkbox',
      id: `sheet-${id}`,
      value: id,
      checked: saved.chapters ? saved.chapters.includes(id) : true,
    }),
  );
  const chapterList = h(
    'fieldset',
    { class: 'sheet-group' },
    h('legend', {}, t('sheet.chapters')),
    h(
      'p',
      { class: 'sheet-presets' },
      (['45', '90'] as const).map((minutes) =>
        button(
          t('sheet.preset', { minutes }),
          () => {
            boxes.forEach((box) => (box.checked = LESSON_PLANS[minutes].chapters.includes(box.value)));
            check.checked = LESSON_PLANS[minutes].check;
          },
          { class: 'secondary' },
        ),
      ),
      button(t('sheet.all'), () => boxes.forEach((box) => (box.checked = true)), { class: 'secondary' }),
    ),
    h(
      'ul',
      { class: 'sheet-chapters' },
      campaign.map((id, index) => {
        const name = titles[id] ? t(titles[id]) : id;
        return h(
          'li',
          {},
          h('label', { for: `sheet-${id}` }, boxes[index]!, ` ${name}`),
          ' ',
          worksheetButton(app, id, name),
        );
      }),
    ),
  );
  const radio = (name: string, value: string, checked: boolean, label: string | HTMLElement[]) =>
    h('label', { class: 'sheet-choice' }, h('input', { type: 'radio', name, value, checked }), ' ', label);
  const debrief = h(
    'fieldset',
    { class: 'sheet-group' },
    h('legend', {}, t('sheet.debrief')),
    radio(
      'sheet-debrief',
      'teacher',
      saved.mode !== 'class' || saved.debrief === 'teacher',
      keysOrTouch(t('sheet.debriefTeacher'), t('sheet.debriefTeacherTouch')),
    ),
    radio(
      'sheet-debrief',
      'auto',
      saved.mode === 'class' && saved.debrief === 'auto',
      t('sheet.debriefAuto'),
    ),
  );
  const sensitive = h('input', { type: 'checkbox', id: 'sheet-sensitive', checked: saved.hideSensitive });
  const check = h('input', { type: 'checkbox', id: 'sheet-check', checked: saved.check });
  const timer = h('input', {
    type: 'number',
    id: 'sheet-timer',
    min: 0,
    max: 30,
    step: 1,
    value: saved.timerMinutes,
    inputmode: 'numeric',
  });
  const error = h('p', { class: 'form-error', role: 'alert' });
  const form = h(
    'form',
    { class: 'run-sheet', novalidate: true },
    chapterList,
    debrief,
    h(
      'div',
      { class: 'sheet-group' },
      h('label', { for: 'sheet-sensitive' }, sensitive, ` ${t('sheet.sensitive')}`),
      h('p', { class: 'hint' }, t('sheet.sensitiveHint')),
      h('label', { for: 'sheet-check' }, check, ` ${t('sheet.check')}`),
      h('p', {}, h('label', { for: 'sheet-timer' }, `${t('sheet.timer')} `), timer),
    ),
    error,
  );
  const start = () => {
    const chapters = boxes.filter((box) => box.checked).map((box) => box.value);
    if (chapters.length === 0) {
      error.textContent = t('sheet.noChapters');
      boxes[0]?.focus();
      return;
    }
    const minutes = Math.min(30, Math.max(0, Math.floor(Number(timer.value) || 0)));
    const chosen = form.querySelector<HTMLInputElement>('input[name="sheet-debrief"]:checked');
    actions.start({
      mode: 'class',
      chapters,
      debrief: chosen?.value === 'auto' ? 'auto' : 'teacher',
      hideSensitive: sensitive.checked,
      check: check.checked,
      timerMinutes: minutes,
    });
  };
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    start();
  });
  const action = actionBar(t(live ? 'live:teacher.sheetStart' : 'sheet.start'), start);
  const element = h(
    'article',
    { class: 'screen dossier', 'aria-labelledby': 'sheet-heading' },
    h('p', { class: 'eyebrow' }, t(live ? 'live:teacher.eyebrow' : 'sheet.eyebrow')),
    h('h1', { id: 'sheet-heading' }, t('sheet.heading')),
    h('p', { class: 'lead' }, t(live ? 'live:teacher.sheetIntro' : 'sheet.intro')),
    form,
    h('p', {}, button(t('sheet.back'), actions.back, { class: 'secondary' })),
    action.bar,
  );
  return { element, keys: { enter: start } };
}
