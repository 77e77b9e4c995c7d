/** A country of assets/map/region-map.json, which scripts/build-region-map.mjs builds (the tests read it). */
export interface RegionCountry {
  /** ISO 3166-1 numeric code as world-atlas gives it; null for places it leaves without one (Kosovo, N. Cyprus). */
  id: string | null;
  name: string;
  /** Outlines in map units, implicitly closed, each flat as [x0, y0, x1, y1, …]; holes are rings too (even-odd). */
  rings: number[][];
}

/** The country outlines the land images in assets/map/ are drawn from. */
export interface RegionMap {
  source: string;
  width: number;
  height: number;
  countries: RegionCountry[];
}
