// Simplifies a province's commune boundaries for the browser. Simplification goes through
// TopoJSON so that neighbouring communes keep one shared border (simplifying each polygon on its
// own opens gaps and overlaps between them); coordinates are rounded to five decimals of a degree
// (about a metre: more precision is only bytes).
import type { Feature, FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import { feature } from 'topojson-client';
import { topology } from 'topojson-server';
import { presimplify, quantile, simplify } from 'topojson-simplify';

export type Boundaries = FeatureCollection<Polygon | MultiPolygon>;

/** Keeps `keep` (0–1) of the vertices; only {code, name} stay in the properties. */
export function simplifyCommunes(input: Boundaries, keep: number): FeatureCollection {
  const topo = presimplify(topology({ communes: input }, 1e5) as Parameters<typeof presimplify>[0]);
  const simple = simplify(topo, quantile(topo, keep));
  const out = feature(simple, simple.objects.communes) as Boundaries;
  const round = (c: unknown): unknown =>
    typeof c === 'number' ? Math.round(c * 1e5) / 1e5 : (c as unknown[]).map(round);
  const features = out.features.map(
    (f): Feature => ({
      type: 'Feature',
      properties: { code: f.properties?.code, name: f.properties?.name },
      geometry: { ...f.geometry, coordinates: round(f.geometry.coordinates) } as Polygon | MultiPolygon,
    }),
  );
  return { type: 'FeatureCollection', features };
}

/** "…: 65 xã, phường, khoảng 5123 điểm, 140618 byte" for the script's output. */
export function describeBoundaries(fc: FeatureCollection, bytes: number): string {
  const points = JSON.stringify(fc.features).match(/\],\[/g)?.length ?? 0;
  return `${fc.features.length} xã, phường, khoảng ${points} điểm, ${bytes} byte`;
}
