import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  buildRegionMap,
  LAND_IMAGES,
  landImagePath,
  landImageSize,
  loadProjection,
  loadTopology,
  OUTPUT_PATH,
  toJson,
} from '../../../scripts/build-region-map.mjs';
import type { RegionCountry, RegionMap } from '../../../src/stage/region-map';
import * as projection from '../../../src/stage/region-projection';
import {
  isInside,
  MAP_HEIGHT,
  MAP_WIDTH,
  offMapBearing,
  project,
  REGION,
} from '../../../src/stage/region-projection';

const CITIES = {
  ankara: { lon: 32.85, lat: 39.93, countryId: '792' },
  moscow: { lon: 37.62, lat: 55.75, countryId: '643' },
  yekaterinburg: { lon: 60.6, lat: 56.84, countryId: '643' },
  dushanbe: { lon: 68.78, lat: 38.56, countryId: '762' },
  baku: { lon: 49.87, lat: 40.41, countryId: '031' },
  aktau: { lon: 51.2, lat: 43.65, countryId: '398' },
  grozny: { lon: 45.69, lat: 43.32, countryId: '643' },
  yerevan: { lon: 44.5, lat: 40.18, countryId: '051' },
  tbilisi: { lon: 44.8, lat: 41.7, countryId: '268' },
  nakhchivan: { lon: 45.41, lat: 39.21, countryId: '031' },
} as const;

const MID_CASPIAN = { lon: 50.5, lat: 42 };

const regionMap = JSON.parse(readFileSync(OUTPUT_PATH, 'utf8')) as RegionMap;

/** A WebP file's picture size, from its first chunk (lossy `VP8 `, lossless `VP8L` or extended `VP8X`). */
function webpSize(file: Buffer): { width: number; height: number } | null {
  if (file.toString('ascii', 0, 4) !== 'RIFF' || file.toString('ascii', 8, 12) !== 'WEBP') return null;
  const chunk = file.toString('ascii', 12, 16);
  if (chunk === 'VP8 ')
    return { width: file.readUInt16LE(26) & 0x3fff, height: file.readUInt16LE(28) & 0x3fff };
  if (chunk === 'VP8L') {
    const bits = file.readUInt32LE(21);
    return { width: (bits & 0x3fff) + 1, height: ((bits >> 14) & 0x3fff) + 1 };
  }
  if (chunk === 'VP8X') return { width: file.readUIntLE(24, 3) + 1, height: file.readUIntLE(27, 3) + 1 };
  return null;
}

const at = ({ lon, lat }: { lon: number; lat: number }) => project(lon, lat);

function country(id: string): RegionCountry {
  const found = regionMap.countries.find((c) => c.id === id);
  if (!found) throw new Error(`No country ${id} in the region map`);
  return found;
}

/** Even-odd rule over all of a country's rings, so holes count as outside. */
function contains({ rings }: RegionCountry, { x, y }: { x: number; y: number }): boolean {
  let inside = false;
  for (const ring of rings) {
    for (let i = 0, j = ring.length - 2; i < ring.length; j = i, i += 2) {
      const [xi, yi, xj, yj] = [ring[i]!, ring[i + 1]!, ring[j]!, ring[j + 1]!];
      if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
    }
  }
  return inside;
}

describe('region projection', () => {
  it('maps the region box corners to the map corners', () => {
    const topLeft = project(REGION.lonMin, REGION.latMax);
    const bottomRight = project(REGION.lonMax, REGION.latMin);
    expect(topLeft.x).toBeCloseTo(0);
    expect(topLeft.y).toBeCloseTo(0);
    expect(bottomRight.x).toBeCloseTo(MAP_WIDTH);
    expect(bottomRight.y).toBeCloseTo(MAP_HEIGHT);
  });

  it('keeps the aspect true at the reference latitude', () => {
    const cosLat0 = Math.cos((REGION.lat0 * Math.PI) / 180);
    const degreeEast = project(REGION.lonMin + 1, REGION.latMax).x;
    const degreeSouth = project(REGION.lonMin, REGION.latMax - 1).y;
    expect(degreeEast / degreeSouth).toBeCloseTo(cosLat0);
  });

  it('puts every city of the story on the map, clear of the edges', () => {
    for (const { lon, lat } of Object.values(CITIES)) {
      expect(isInside(lon, lat)).toBe(true);
      expect(isInside(lon - 2, lat - 2) && isInside(lon + 2, lat + 2)).toBe(true);
    }
  });

  it('places Baku east of Grozny and south of Moscow', () => {
    expect(at(CITIES.baku).x).toBeGreaterThan(at(CITIES.grozny).x);
    expect(at(CITIES.baku).y).toBeGreaterThan(at(CITIES.moscow).y);
  });

  it('points to Brussels and Washington from the west edge', () => {
    expect(isInside(4.35, 50.85)).toBe(false);
    expect(isInside(-77.04, 38.9)).toBe(false);
    for (const [lon, lat] of [
      [4.35, 50.85],
      [-77.04, 38.9],
    ] as const) {
      const foot = offMapBearing(lon, lat);
      expect(foot.edge).toBe('west');
      expect(foot.x).toBe(0);
      expect(foot.y).toBeGreaterThan(0);
      expect(foot.y).toBeLessThan(MAP_HEIGHT);
    }
    expect(offMapBearing(4.35, 50.85).y).toBeLessThan(offMapBearing(-77.04, 38.9).y);
  });

  it('finds the other edges too', () => {
    expect(offMapBearing(37.62, 80).edge).toBe('north');
    expect(offMapBearing(49, 10).edge).toBe('south');
    expect(offMapBearing(120, 47).edge).toBe('east');
  });
});

describe('region map data', () => {
  it('has the countries of the story', () => {
    for (const id of ['031', '643', '398', '792', '051', '268', '364', '795']) {
      expect(country(id).rings.length).toBeGreaterThan(0);
    }
  });

  it('has the same size as the projection', () => {
    expect(regionMap.width).toBe(MAP_WIDTH);
    expect(regionMap.height).toBe(MAP_HEIGHT);
  });

  it('puts every city of the story inside its country', () => {
    // All of them, the shore cities Baku and Aktau included, fall on land at 1:50m.
    for (const city of Object.values(CITIES)) {
      expect(contains(country(city.countryId), at(city))).toBe(true);
    }
  });

  it('leaves the Caspian Sea as water', () => {
    const midCaspian = at(MID_CASPIAN);
    expect(regionMap.countries.filter((c) => contains(c, midCaspian)).map((c) => c.name)).toEqual([]);
  });

  it('has no outline edge jumping across the map, as an unwrapped antimeridian crossing would draw', () => {
    const longestEdge = Math.max(
      ...regionMap.countries.flatMap(({ rings }) =>
        rings.flatMap((ring) =>
          ring.filter((_, i) => i % 2 === 0).map((x, i, xs) => Math.abs((xs[(i + 1) % xs.length] ?? x) - x)),
        ),
      ),
    );
    expect(longestEdge).toBeLessThan(MAP_WIDTH);
  });

  it('comes with its land drawn in a small and a large image, as WebP of the map and its margin', () => {
    expect(LAND_IMAGES.map((image) => image.name)).toEqual(['land-small', 'land-large']);
    for (const image of LAND_IMAGES) {
      expect(webpSize(readFileSync(landImagePath(image.name))), image.name).toEqual(
        landImageSize(projection, image),
      );
    }
    // The large image is mipmapped by WebGL, which needs a power of two.
    const large = landImageSize(projection, LAND_IMAGES[1]!);
    expect([large.width, large.height].every((side) => Math.log2(side) % 1 === 0)).toBe(true);
  });

  it('is what scripts/build-region-map.mjs builds', async () => {
    const built = toJson(buildRegionMap(await loadTopology(), await loadProjection()));
    expect(readFileSync(OUTPUT_PATH, 'utf8')).toBe(built);
  });
});
