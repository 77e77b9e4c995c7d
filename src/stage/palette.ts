/** The stage palette from the art direction (night slate, paper, ink), as numbers for Phaser. */
export const STAGE = {
  night: 0x0f1720,
  nightRaised: 0x1b2633,
  sea: 0x12202d,
  land: 0x213243,
  landEdge: 0x3a5267,
  home: 0x2c4a60,
  homeEdge: 0x9cc3da,
  graticule: 0x1c2d3c,
  paper: 0xf4efe6,
  ink: 0x1b1b1b,
  label: 0xdfe7ee,
  labelDim: 0x8fa3b5,
  marker: 0xf4efe6,
  markerActive: 0xffd166,
  route: 0xffd166,
  track: 0x2a3a4a,
  /** The travelling light's rim on a power's arc. */
  pulseEdge: 0xffffff,
  /** The light edge of a reaction's mark, so it shows on land and sea alike (the dark edge is `night`). */
  markEdge: 0xffffff,
  /** A meter's emblem, drawn on its coloured disc, and the disc's rim. */
  emblem: 0xffffff,
  /** The danger mark across a gauge's bar. */
  dangerMark: 0xffffff,
  /** The rim of the stamp a crossed threshold leaves under a gauge. */
  stampInk: 0xff9d85,
} as const;

/** The stripes of the Russian flag, the Russia meter's emblem, top to bottom. */
export const RUSSIAN_FLAG = [0xffffff, 0x0039a6, 0xd52b1e] as const;

/** Colours of the texts drawn on the map, as CSS strings for Phaser's Text. */
export const STAGE_TEXT = {
  sea: '#6f8aa3',
  place: '#a9bccb',
  placeActive: '#ffffff',
  placeNew: '#dfe7ee',
  outline: '#0f1720',
  gaugeName: '#dfe7ee',
  gaugeValue: '#ffffff',
  /** A gauge's change after a choice: up, down. */
  deltaUp: '#b8f0d0',
  deltaDown: '#ffc2b3',
  stamp: '#ffd9cf',
} as const;

export const numberToCss = (colour: number): string => `#${colour.toString(16).padStart(6, '0')}`;

export const hexToNumber = (hex: string): number => Number.parseInt(hex.slice(1), 16);

export const FONT_SANS = '"Noto Sans", "Liberation Sans", Arial, sans-serif';
