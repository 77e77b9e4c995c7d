import { h } from '../dom';

type Children = Parameters<typeof h>[2];

/** Depth behind a "More" disclosure: a native <details>, closed by default, so the core text comes first. */
export function more(label: string, ...children: Children[]): HTMLDetailsElement {
  return h(
    'details',
    { class: 'more' },
    h('summary', { class: 'more-summary' }, label),
    h('div', { class: 'more-body' }, children),
  );
}
