import type { ParseKeys, TOptions } from 'i18next';
import type { TextKey } from '../content/schema';

export type { TextKey };

/**
 * A key of a text the code names itself, as `title.heading` or `model:actor.moscow`: the compiler knows every one
 * (see `i18next.d.ts`), so a mistyped key fails the type-check.
 */
export type UiKey = ParseKeys;

/** Any key `t` takes: one the code names itself, or one named by content data. */
export type AnyKey = UiKey | TextKey;

/** `t` as code outside the screens takes it: one call shape, so a plain function can stand in for it in tests. */
export type Translate = (key: AnyKey, options?: TOptions) => string;

/** The ids that complete `prefix` into an interface key: `KeysUnder<'meters.short'>` is `'russia' | 'turkey' | …`. */
export type KeysUnder<Prefix extends string, Key = UiKey> = Key extends `${Prefix}.${infer Id}` ? Id : never;

/**
 * Whether the interface has a text `prefix.id` for an id that content data holds (a meter, a posture tag), which the
 * compiler cannot know: the texts loaded are asked, so that the caller shows something else rather than a raw key.
 */
export function hasTextUnder<Prefix extends string>(
  i18n: { exists: (key: string) => boolean },
  prefix: Prefix,
  id: string,
): id is KeysUnder<Prefix> {
  return i18n.exists(`${prefix}.${id}`);
}
