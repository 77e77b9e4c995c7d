import type { Point } from './influence-arcs';
import { MAP_HEIGHT, MAP_WIDTH, offMapBearing, project } from './region-projection';

interface Located {
  id: string;
  lon: number;
  lat: number;
}

/** Where a place is drawn: on the map when it lies inside, else at the map's edge toward it. */
export function placePoint(place: Located): Point {
  const point = project(place.lon, place.lat);
  const inside = point.x >= 0 && point.x <= MAP_WIDTH && point.y >= 0 && point.y <= MAP_HEIGHT;
  return inside ? point : offMapBearing(place.lon, place.lat);
}

/** The places' map points, worked out once: the stage looks them up every frame. */
export function placePoints(places: readonly Located[]): (id: string) => Point | undefined {
  const points = new Map(places.map((place) => [place.id, placePoint(place)]));
  return (id) => points.get(id);
}

/** The points of the places that have one, in order. */
export function pointsOf(ids: readonly string[], pointOf: (id: string) => Point | undefined): Point[] {
  return ids.map(pointOf).filter((point): point is Point => point !== undefined);
}
