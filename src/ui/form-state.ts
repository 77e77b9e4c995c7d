/** What the player has entered on a screen: each field's value or tick, and which foldouts are open. */
export interface FormState {
  fields: ReadonlyMap<string, { value: string; checked: boolean }>;
  openDetails: readonly string[];
}

type Field = HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement;

/** A field's place on the screen that a rebuild in another language keeps: its id, else its name (and value). */
function fieldKey(field: Field, index: number): string {
  const choice = field instanceof HTMLInputElement && (field.type === 'radio' || field.type === 'checkbox');
  if (field.id) return `#${field.id}`;
  if (field.name) return choice ? `${field.name}=${field.value}` : field.name;
  return `@${index}`;
}

function fieldsOf(root: ParentNode): Field[] {
  return [...root.querySelectorAll<Field>('input, select, textarea')].filter(
    (field) =>
      !(field instanceof HTMLInputElement && ['file', 'button', 'submit', 'reset'].includes(field.type)),
  );
}

function detailsKey(details: HTMLDetailsElement, index: number): string {
  return details.id ? `#${details.id}` : `@${index}`;
}

export function captureFormState(root: ParentNode): FormState {
  const fields = new Map<string, { value: string; checked: boolean }>();
  fieldsOf(root).forEach((field, index) =>
    fields.set(fieldKey(field, index), {
      value: field.value,
      checked: field instanceof HTMLInputElement && field.checked,
    }),
  );
  const openDetails = [...root.querySelectorAll('details')]
    .map((details, index) => (details.open ? detailsKey(details, index) : null))
    .filter((key): key is string => key !== null);
  return { fields, openDetails };
}

/**
 * Puts entered values back on a rebuilt screen. A field that changes fires `input` and `change` as if the
 * player had typed or ticked it, so the screen's own bookkeeping follows.
 */
export function restoreFormState(root: ParentNode, state: FormState): void {
  fieldsOf(root).forEach((field, index) => {
    const saved = state.fields.get(fieldKey(field, index));
    if (!saved) return;
    let changed = false;
    if (field instanceof HTMLInputElement && field.type === 'radio') {
      // Ticking the saved radio unticks the rest of its group; unticking one by hand would fire a false change.
      changed = saved.checked && !field.checked;
      if (changed) field.checked = true;
    } else if (field instanceof HTMLInputElement && field.type === 'checkbox') {
      changed = field.checked !== saved.checked;
      field.checked = saved.checked;
    } else if (field.value !== saved.value) {
      changed = true;
      field.value = saved.value;
    }
    if (!changed) return;
    field.dispatchEvent(new Event('input', { bubbles: true }));
    field.dispatchEvent(new Event('change', { bubbles: true }));
  });
  const open = new Set(state.openDetails);
  root.querySelectorAll('details').forEach((details, index) => {
    if (open.has(detailsKey(details, index))) details.open = true;
  });
}
