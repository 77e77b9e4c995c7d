import type { DefaultNamespace, Namespace, ParseKeys, TOptions } from 'i18next';
import type { TextKey } from '../content/schema';
import type ui from '../../locales/en/ui.json';
import type model from '../../locales/en/model.json';
import type guide from '../../locales/en/guide.json';
import type live from '../../locales/en/live.json';

// The compiler knows the keys of the texts that code names itself, read from the English files. Chapters, the
// record, the glossary, endings and the rest are named only by content data, as `TextKey`s: the content schema
// checks their shape and the content tests check that each one exists, so they are not typed key by key here.
declare module 'i18next' {
  interface CustomTypeOptions {
    // `ui` is the default namespace; the others are written with their prefix, as in `model:actor.moscow`.
    defaultNS: ['ui', 'model', 'guide', 'live'];
    resources: {
      ui: typeof ui;
      model: typeof model;
      guide: typeof guide;
      live: typeof live;
    };
  }

  interface TFunction<Ns extends Namespace = DefaultNamespace, KPrefix = undefined> {
    (key: TextKey | ParseKeys<Ns, TOptions, KPrefix>, options?: TOptions): string;
  }
}
