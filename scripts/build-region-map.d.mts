import type { Topology } from 'topojson-specification';
import type { RegionMap } from '../src/stage/region-map';
import type * as RegionProjection from '../src/stage/region-projection';

export const OUTPUT_PATH: string;
export function loadTopology(): Promise<Topology>;
export function loadProjection(): Promise<typeof RegionProjection>;
export function buildRegionMap(topology: Topology, projection: typeof RegionProjection): RegionMap;
export function toJson(regionMap: RegionMap): string;
