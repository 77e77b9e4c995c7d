// Builds the stage's map from Natural Earth 1:50m (world-atlas) into assets/map/:
// - region-map.json, the country outlines in map units (the tests read it; the game does not ship it);
// - land-small.webp and land-large.webp, the land drawn once in Chromium at two sizes, which the stage shows
//   instead of parsing and drawing the outlines at start.
// Usage: node scripts/build-region-map.mjs (needs Chromium, as the end-to-end tests do)
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { feature } from 'topojson-client';
import ts from 'typescript';

const TOPOLOGY_PATH = fileURLToPath(
  new URL('../node_modules/world-atlas/countries-50m.json', import.meta.url),
);
const PROJECTION_PATH = fileURLToPath(new URL('../src/stage/region-projection.ts', import.meta.url));
const PALETTE_PATH = fileURLToPath(new URL('../src/stage/palette.ts', import.meta.url));
const SCENARIO_PATH = fileURLToPath(new URL('../src/content/data/scenario.json', import.meta.url));
const MAP_DIR = fileURLToPath(new URL('../assets/map/', import.meta.url));
export const OUTPUT_PATH = `${MAP_DIR}region-map.json`;

/**
 * The land images, each covering the map and its margin: a small one, half a pixel per map unit, for the whole
 * region on the first screen (the map shows at about 0.6 of its size there), and a large one, fetched once the
 * stage is up, for a chapter's close views. The large one is square and a power of two, so that WebGL can mipmap
 * it: sampled without mipmaps, a large texture shown small costs a software GPU most of a frame.
 */
export const LAND_IMAGES = [
  { name: 'land-small', pixelsPerUnit: 0.5 },
  { name: 'land-large', width: 2048, height: 2048 },
];
/** Lossy WebP: the land is flat, dark and low in contrast, and at this quality looks the same as lossless at a fifth of the bytes. */
const WEBP_QUALITY = 0.8;
export const landImagePath = (name) => `${MAP_DIR}${name}.webp`;

const SOURCE = 'Natural Earth 1:50m via world-atlas countries-50m';
// Outlines are kept this far beyond the visible box so that clipped edges never show on the stage.
const MARGIN_DEGREES = 8;
// Least distance between kept points, in map units; the off-stage margin is thinned harder to stay under ~120 KB.
const MIN_POINT_SPACING = 1.2;
const MIN_POINT_SPACING_OFF_STAGE = 3;
const GRATICULE_STEP = 50;

export async function loadTopology() {
  return JSON.parse(await readFile(TOPOLOGY_PATH, 'utf8'));
}

/** Imports a module of src/stage that has no imports through a transpiled copy, so its code lives only there. */
async function importStageModule(path) {
  const source = await readFile(path, 'utf8');
  const { outputText } = ts.transpileModule(source, {
    compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022 },
  });
  return import(`data:text/javascript;base64,${Buffer.from(outputText).toString('base64')}`);
}

/** src/stage/region-projection.ts: the one implementation of the map projection. */
export const loadProjection = () => importStageModule(PROJECTION_PATH);

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

/** The size in pixels of a land image, which covers the map and its margin all round. */
export function landImageSize({ MAP_WIDTH, MAP_HEIGHT, LAND_MARGIN }, image) {
  if (image.width && image.height) return { width: image.width, height: image.height };
  return {
    width: Math.ceil((MAP_WIDTH + 2 * LAND_MARGIN) * image.pixelsPerUnit),
    height: Math.ceil((MAP_HEIGHT + 2 * LAND_MARGIN) * image.pixelsPerUnit),
  };
}

/**
 * Runs in the page: draws the sea, the graticule and the countries (the home country picked out) on a canvas and
 * returns it as WebP, in a data: URL.
 */
function drawLandInPage({ regionMap, colours, homeCountry, margin, size, graticuleStep, quality }) {
  const canvas = document.createElement('canvas');
  canvas.width = size.width;
  canvas.height = size.height;
  const ctx = canvas.getContext('2d');
  ctx.fillStyle = colours.sea;
  ctx.fillRect(0, 0, size.width, size.height);
  const scaleX = size.width / (regionMap.width + 2 * margin);
  const scaleY = size.height / (regionMap.height + 2 * margin);
  ctx.setTransform(scaleX, 0, 0, scaleY, margin * scaleX, margin * scaleY);
  ctx.strokeStyle = colours.graticule;
  ctx.lineWidth = 1;
  ctx.beginPath();
  for (let x = 0; x <= regionMap.width; x += graticuleStep) {
    ctx.moveTo(x, -margin);
    ctx.lineTo(x, regionMap.height + margin);
  }
  for (let y = 0; y <= regionMap.height; y += graticuleStep) {
    ctx.moveTo(-margin, y);
    ctx.lineTo(regionMap.width + margin, y);
  }
  ctx.stroke();
  ctx.lineJoin = 'round';
  for (const country of regionMap.countries) {
    const home = country.id === homeCountry;
    const path = new Path2D();
    for (const ring of country.rings) {
      for (let i = 0; i + 1 < ring.length; i += 2) {
        if (i === 0) path.moveTo(ring[i], ring[i + 1]);
        else path.lineTo(ring[i], ring[i + 1]);
      }
      path.closePath();
    }
    ctx.fillStyle = home ? colours.home : colours.land;
    ctx.fill(path, 'evenodd');
    ctx.strokeStyle = home ? colours.homeEdge : colours.landEdge;
    ctx.lineWidth = home ? 2 : 1;
    ctx.stroke(path);
  }
  return canvas.toDataURL('image/webp', quality);
}

/** Draws the land images in Chromium; returns one WebP per image. */
export async function renderLandImages(regionMap, projection, images = LAND_IMAGES) {
  const { STAGE, numberToCss } = await importStageModule(PALETTE_PATH);
  const scenario = JSON.parse(await readFile(SCENARIO_PATH, 'utf8'));
  const colours = Object.fromEntries(
    ['sea', 'graticule', 'land', 'landEdge', 'home', 'homeEdge'].map((name) => [
      name,
      numberToCss(STAGE[name]),
    ]),
  );
  const { chromium } = await import('@playwright/test');
  const { findChromium } = await import('./find-chromium.mjs');
  const browser = await chromium.launch({
    executablePath: findChromium() ?? undefined,
    args: ['--no-sandbox'],
  });
  try {
    const page = await browser.newPage();
    const rendered = [];
    for (const image of images) {
      const dataUrl = await page.evaluate(drawLandInPage, {
        regionMap,
        colours,
        homeCountry: scenario.stage.homeCountry,
        margin: projection.LAND_MARGIN,
        size: landImageSize(projection, image),
        graticuleStep: GRATICULE_STEP,
        quality: WEBP_QUALITY,
      });
      if (!dataUrl.startsWith('data:image/webp;base64,')) throw new Error('Chromium did not encode WebP.');
      rendered.push({
        name: image.name,
        webp: Buffer.from(dataUrl.slice(dataUrl.indexOf(',') + 1), 'base64'),
      });
    }
    return rendered;
  } finally {
    await browser.close();
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const projection = await loadProjection();
  const regionMap = buildRegionMap(await loadTopology(), projection);
  const json = toJson(regionMap);
  await mkdir(MAP_DIR, { recursive: true });
  await writeFile(OUTPUT_PATH, json);
  console.log(`Wrote ${OUTPUT_PATH}: ${(Buffer.byteLength(json) / 1024).toFixed(1)} KB`);
  for (const { name, webp } of await renderLandImages(regionMap, projection)) {
    await writeFile(landImagePath(name), webp);
    console.log(`Wrote ${landImagePath(name)}: ${(webp.length / 1024).toFixed(1)} KB`);
  }
}
