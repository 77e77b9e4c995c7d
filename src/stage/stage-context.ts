import type { TFunction } from 'i18next';
import type { ClassroomSettings } from '../content/classroom';
import type { Scenario } from '../content/schema';
import type { MeterChange, ShownConsequences } from '../engine';
import type { Layout } from '../lib/layout';

/** The events the stage follows; the app's event channel has these among its own. */
export interface StageEvents {
  on(
    name: 'meters',
    listener: (payload: { meters: Record<string, number>; changes: MeterChange[] }) => void,
  ): () => void;
  on(name: 'consequences', listener: (payload: { shown: ShownConsequences | null }) => void): () => void;
  on(name: 'focus', listener: (payload: { places: string[]; route: string[] }) => void): () => void;
  on(name: 'language', listener: (payload: { language: string }) => void): () => void;
  on(name: 'screen', listener: (payload: { name: string }) => void): () => void;
}

/** What the stage reads: the scenario's map and meters, the words on it, the layout, and the events it draws. */
export interface StageContext {
  readonly t: TFunction;
  readonly language: () => string;
  readonly catalog: { readonly scenario: Scenario };
  readonly layout: () => Layout;
  readonly reducedMotion: () => boolean;
  /** Class mode shows the stage's texts larger, for a projector. */
  readonly classroom: () => Pick<ClassroomSettings, 'mode'>;
  readonly events: StageEvents;
}
