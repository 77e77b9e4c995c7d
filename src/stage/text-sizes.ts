/** The sizes, in CSS pixels, of the texts the stage draws. */
export interface StageTextSizes {
  /** A place's name on the map, and the sea's. */
  place: number;
  /** A meter's name: its size, and the smallest it may shrink to before it wraps or is cut. */
  meterName: number;
  meterNameMin: number;
  /** A meter's number beside its name, and at the end of its bar in a small cell. */
  meterValue: number;
  meterValueOnBar: number;
  /** The same in a short cell. */
  compactName: number;
  compactValue: number;
  /** A meter's last change (▲ +7), held beside its number after a choice. */
  delta: number;
  /** A threshold's stamp under a meter's bar (DEPENDENCE, COLLAPSE). */
  stamp: number;
}

const SOLO: StageTextSizes = {
  place: 13,
  meterName: 15,
  meterNameMin: 12,
  meterValue: 20,
  meterValueOnBar: 17,
  compactName: 12,
  compactValue: 15,
  delta: 18,
  stamp: 13,
};

/** On a projector 1080 pixels high, read from the back of a classroom. */
const PROJECTOR: StageTextSizes = {
  place: 18,
  meterName: 18,
  meterNameMin: 18,
  meterValue: 24,
  meterValueOnBar: 22,
  compactName: 18,
  compactValue: 20,
  delta: 24,
  stamp: 18,
};

const PROJECTOR_HEIGHT = 1080;

/**
 * Solo play keeps the stage's own sizes. A projector's are kept at 1080 pixels high and over; a smaller image
 * scales them down with the page's type (the wall shows the same size), never below solo play's.
 */
export function stageTextSizes(projector: boolean, viewportHeight: number): StageTextSizes {
  if (!projector) return SOLO;
  const scale = Math.min(1, viewportHeight / PROJECTOR_HEIGHT);
  const size = (key: keyof StageTextSizes) => Math.max(SOLO[key], Math.round(PROJECTOR[key] * scale));
  return {
    place: size('place'),
    meterName: size('meterName'),
    meterNameMin: size('meterNameMin'),
    meterValue: size('meterValue'),
    meterValueOnBar: size('meterValueOnBar'),
    compactName: size('compactName'),
    compactValue: size('compactValue'),
    delta: size('delta'),
    stamp: size('stamp'),
  };
}
