// Checked by `tsc --noEmit` (the type-check step of `npm test`), never run. If `t()` stopped knowing the keys, the
// wrong keys below would compile, each `@ts-expect-error` would go unused, and the type-check would fail.
import type { TFunction } from 'i18next';
import type { TextKey } from '../../src/content/schema';
import type { KeysUnder, Translate, UiKey } from '../../src/i18n/keys';
import type { SavedRunStatus } from '../../src/ui/screens/title';

declare const t: TFunction;
declare const translate: Translate;
declare const fromContent: TextKey;
declare const anyString: string;

// Keys of the interface, with or without a namespace, and keys named by content data.
t('title.newGame');
t('model:actor.moscow');
t('guide:heading');
t(fromContent);
translate('notice.saveFailed');
translate(fromContent);

// @ts-expect-error: no such key in locales/en/ui.json.
t('title.noSuchKey');
// @ts-expect-error: a key of another namespace needs its prefix.
t('actor.moscow');
// @ts-expect-error: a typo in a namespaced key.
t('model:actor.moskow');
// @ts-expect-error: a string from anywhere is not a key; content keys come from parsed content.
t(anyString);
// @ts-expect-error: the same for code outside the screens.
translate('notice.noSuchNotice');

// A key built from a typed id is checked too.
declare const status: RecordStatus;
type RecordStatus = 'confirmed' | 'disputed' | 'single-source';
t(`record.status.${status}`);
declare const unknownId: string;
// @ts-expect-error: a key built from any string is not.
t(`record.status.${unknownId}`);

// Every reason the title can give for an unreadable save has its message.
type UnreadableReason = Extract<SavedRunStatus, { kind: 'unreadable' }>['error']['kind'];
export const reasonKey = (reason: UnreadableReason): UiKey => `title.saveErrors.${reason}`;
// @ts-expect-error: an offline save is not unreadable, and has no message of that kind.
export const offline: UnreadableReason = 'offline';

// The ids under a prefix are the interface's own.
export const side: KeysUnder<'side'> = 'russia';
// @ts-expect-error: no such side.
export const noSide: KeysUnder<'side'> = 'mars';
