// Builds src/stage/region-map.json, the stage's country outlines, from Natural Earth 1:50m (world-atlas).
// Usage: node scripts/build-region-map.mjs
import { readFile, writeFile } from 'node:fs/promises';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { feature } from 'topojson-client';
import ts from 'typescript';

const TOPOLOGY_PATH = fileURLToPath(
  new URL('../node_modules/world-atlas/countries-50m.json', import.meta.url),
);
const PROJECTION_PATH = fileURLToPath(new URL('../src/stage/region-projection.ts', import.meta.url));
export const OUTPUT_PATH = fileURLToPath(new URL('../src/stage/region-map.json', import.meta.url));

const SOURCE = 'Natural Earth 1:50m via world-atlas countries-50m';
// Outlines are kept this far beyond the visible box so that clipped edges never show on the stage.
const MARGIN_DEGREES = 8;
// Least distance between kept points, in map units; the off-stage margin is thinned harder to stay under ~120 KB.
const MIN_POINT_SPACING = 1.2;
const MIN_POINT_SPACING_OFF_STAGE = 3;

export async function loadTopology() {
  return JSON.parse(await readFile(TOPOLOGY_PATH, 'utf8'));
}

/** Imports src/stage/region-projection.ts through a transpiled copy, so the projection math lives only there. */
export async function loadProjection() {
  const source = await readFile(PROJECTION_PATH, 'utf8');
  const { outputText } = ts.transpileModule(source, {
    compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022 },
  });
  return import(`data:text/javascript;base64,${Buffer.from(outputText).toString('base64')}`);
}

export function buildRegionMap(topology, { REGION, MAP_WIDTH, MAP_HEIGHT, project, isInside }) {
  const keptBox = {
    lonMin: REGION.lonMin - MARGIN_DEGREES,
    lonMax: REGION.lonMax + MARGIN_DEGREES,
    latMin: REGION.latMin - MARGIN_DEGREES,
    latMax: REGION.latMax + MARGIN_DEGREES,
  };
  const countries = feature(topology, topology.objects.countries)
    .features.map((country) => ({
      id: country.id ?? null,
      name: country.properties.name,
      rings: ringsOf(country.geometry)
        .map((ring) => clipRing(unwrapLongitudes(ring.slice(0, -1)), keptBox))
        .map((ring) =>
          thin(ring.map(([lon, lat]) => ({ ...project(lon, lat), onStage: isInside(lon, lat) }))),
        )
        .filter((points) => points.length >= 3)
        .map(flatten),
    }))
    .filter((country) => country.rings.length > 0);
  return { source: SOURCE, width: MAP_WIDTH, height: MAP_HEIGHT, countries };
}

export function toJson(regionMap) {
  return `${JSON.stringify(regionMap)}\n`;
}

function ringsOf(geometry) {
  if (geometry === null) return [];
  const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
  return polygons.flat();
}

/** Shifts longitudes by whole turns so no edge jumps across the antimeridian (Russia's Chukotka does). */
function unwrapLongitudes(ring) {
  let previousLon = ring[0]?.[0] ?? 0;
  return ring.map(([lon, lat]) => {
    const unwrapped = lon + 360 * Math.round((previousLon - lon) / 360);
    previousLon = unwrapped;
    return [unwrapped, lat];
  });
}

/** Sutherland–Hodgman against each side of the box in turn; the ring is open (no repeated first point). */
function clipRing(ring, box) {
  const sides = [
    { inside: ([lon]) => lon >= box.lonMin, cross: (a, b) => atLongitude(a, b, box.lonMin) },
    { inside: ([lon]) => lon <= box.lonMax, cross: (a, b) => atLongitude(a, b, box.lonMax) },
    { inside: ([, lat]) => lat >= box.latMin, cross: (a, b) => atLatitude(a, b, box.latMin) },
    { inside: ([, lat]) => lat <= box.latMax, cross: (a, b) => atLatitude(a, b, box.latMax) },
  ];
  return sides.reduce((points, { inside, cross }) => {
    const clipped = [];
    points.forEach((current, i) => {
      const previous = points[(i + points.length - 1) % points.length];
      if (inside(current) !== inside(previous)) clipped.push(cross(previous, current));
      if (inside(current)) clipped.push(current);
    });
    return clipped;
  }, ring);
}

function atLongitude([lonA, latA], [lonB, latB], lon) {
  return [lon, latA + ((lon - lonA) / (lonB - lonA)) * (latB - latA)];
}

function atLatitude([lonA, latA], [lonB, latB], lat) {
  return [lonA + ((lat - latA) / (latB - latA)) * (lonB - lonA), lat];
}

/** Drops every point too close to the last one kept, including at the closing seam. */
function thin(points) {
  const kept = [];
  for (const point of points) {
    const last = kept.at(-1);
    const spacing = point.onStage || last?.onStage ? MIN_POINT_SPACING : MIN_POINT_SPACING_OFF_STAGE;
    if (!last || Math.hypot(point.x - last.x, point.y - last.y) >= spacing) kept.push(point);
  }
  const [first] = kept;
  const last = kept.at(-1);
  if (kept.length > 1 && Math.hypot(first.x - last.x, first.y - last.y) < MIN_POINT_SPACING) kept.pop();
  return kept;
}

function flatten(points) {
  return points.flatMap(({ x, y }) => [roundTenth(x), roundTenth(y)]);
}

function roundTenth(value) {
  return Math.round(value * 10) / 10;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const json = toJson(buildRegionMap(await loadTopology(), await loadProjection()));
  await writeFile(OUTPUT_PATH, json);
  console.log(`Wrote ${OUTPUT_PATH}: ${(Buffer.byteLength(json) / 1024).toFixed(1)} KB`);
}
