import { describe, expect, it } from 'vitest';
import { placePoint, placePoints, pointsOf } from '../../../src/stage/place-points';
import { MAP_HEIGHT, MAP_WIDTH, project } from '../../../src/stage/region-projection';

const baku = { id: 'baku', lon: 49.867, lat: 40.409 };
/** Far east of the map's box: drawn at the map's edge, toward it. */
const beijing = { id: 'beijing', lon: 116.4, lat: 39.9 };

const onMap = (p: { x: number; y: number }) => p.x >= 0 && p.x <= MAP_WIDTH && p.y >= 0 && p.y <= MAP_HEIGHT;

describe('the places’ map points', () => {
  it('puts a place inside the region where the projection does, and one outside on the map’s edge', () => {
    expect(placePoint(baku)).toEqual(project(baku.lon, baku.lat));
    const far = placePoint(beijing);
    expect(onMap(project(beijing.lon, beijing.lat))).toBe(false);
    expect(far.x).toBeGreaterThan(MAP_WIDTH * 0.8);
    expect(far).not.toEqual(project(beijing.lon, beijing.lat));
  });

  it('works each point out once and hands back the same point on every look-up', () => {
    const places = [{ ...baku }, { ...beijing }];
    const pointOf = placePoints(places);
    const first = pointOf('baku');
    // Moving the source after the look-up is built shows that look-ups do not project again.
    places[0]!.lon = 30;
    expect(pointOf('baku')).toBe(first);
    expect(pointOf('baku')).toEqual(project(baku.lon, baku.lat));
    expect(pointOf('beijing')).toEqual(placePoint(beijing));
  });

  it('knows nothing of places it was not given, and leaves them out of a list of points', () => {
    const pointOf = placePoints([baku]);
    expect(pointOf('tehran')).toBeUndefined();
    expect(pointsOf(['tehran', 'baku', 'nowhere'], pointOf)).toEqual([project(baku.lon, baku.lat)]);
  });
});
