// The one implementation of the map projection: the game imports it, and scripts/build-region-map.mjs
// loads a transpiled copy, so this module must stay free of imports.

/** The lon/lat box the stage shows, and the latitude whose cosine sets the east-west scale. */
export const REGION = { lonMin: 24, lonMax: 74, latMin: 34, latMax: 60, lat0: 47 } as const;

export const MAP_WIDTH = 1000;

const lonSpan = REGION.lonMax - REGION.lonMin;
const latSpan = REGION.latMax - REGION.latMin;

export const MAP_HEIGHT = (MAP_WIDTH * latSpan) / (lonSpan * Math.cos((REGION.lat0 * Math.PI) / 180));

/** How far the land images in assets/map/ reach beyond the map's edges, in map units. */
export const LAND_MARGIN = 200;

export interface MapPoint {
  x: number;
  y: number;
}

export type MapEdge = 'west' | 'east' | 'north' | 'south';

export interface EdgePoint extends MapPoint {
  edge: MapEdge;
}

/** Equirectangular with x scaled by cos(lat0): the REGION box fills 0..MAP_WIDTH × 0..MAP_HEIGHT, y down. */
export function project(lon: number, lat: number): MapPoint {
  return {
    x: ((lon - REGION.lonMin) / lonSpan) * MAP_WIDTH,
    y: ((REGION.latMax - lat) / latSpan) * MAP_HEIGHT,
  };
}

export function isInside(lon: number, lat: number): boolean {
  return lon >= REGION.lonMin && lon <= REGION.lonMax && lat >= REGION.latMin && lat <= REGION.latMax;
}

/** Where the line from the map centre towards a place crosses the map border: the foot of an arrow to it. */
export function offMapBearing(lon: number, lat: number): EdgePoint {
  const centre = { x: MAP_WIDTH / 2, y: MAP_HEIGHT / 2 };
  const place = project(lon, lat);
  const dx = place.x - centre.x;
  const dy = place.y - centre.y;
  if (dx === 0 && dy === 0) throw new RangeError('The map centre has no bearing.');

  const toSide = dx === 0 ? Infinity : centre.x / Math.abs(dx);
  const toTopOrBottom = dy === 0 ? Infinity : centre.y / Math.abs(dy);
  if (toSide <= toTopOrBottom) {
    return { x: dx < 0 ? 0 : MAP_WIDTH, y: centre.y + dy * toSide, edge: dx < 0 ? 'west' : 'east' };
  }
  return { x: centre.x + dx * toTopOrBottom, y: dy < 0 ? 0 : MAP_HEIGHT, edge: dy < 0 ? 'north' : 'south' };
}
