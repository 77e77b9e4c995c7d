import type { Topology } from 'topojson-specification';
import type { RegionMap } from '../src/stage/region-map';
import type * as RegionProjection from '../src/stage/region-projection';

export const OUTPUT_PATH: string;
export interface LandImage {
  name: string;
  pixelsPerUnit?: number;
  width?: number;
  height?: number;
}
export const LAND_IMAGES: LandImage[];
export function landImagePath(name: string): string;
export function landImageSize(
  projection: Pick<typeof RegionProjection, 'MAP_WIDTH' | 'MAP_HEIGHT' | 'LAND_MARGIN'>,
  image: LandImage,
): { width: number; height: number };
export function loadTopology(): Promise<Topology>;
export function loadProjection(): Promise<typeof RegionProjection>;
export function buildRegionMap(topology: Topology, projection: typeof RegionProjection): RegionMap;
export function toJson(regionMap: RegionMap): string;
export function renderLandImages(
  regionMap: RegionMap,
  projection: typeof RegionProjection,
  images?: LandImage[],
): Promise<{ name: string; webp: Buffer }[]>;
