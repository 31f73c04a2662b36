// Makes the national map's province outlines from the commune boundaries in ../shared/data:
//   node --import tsx scripts/province-boundaries.ts ../shared/data/admin/national [tỷ lệ điểm giữ lại, 0.05]
// Each province's communes go through one TopoJSON topology, simplified there (communes keep one
// shared border), then dissolved into the province's outline (topojson merge keeps only the arcs
// no two communes share). Neighbouring provinces come from separate files, so their common border
// may show hairline gaps at high zoom: this map is for a country view, not for measuring.
import fs from 'node:fs';
import path from 'node:path';
import type { Feature, FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import { merge } from 'topojson-client';
import { topology } from 'topojson-server';
import { presimplify, quantile, simplify } from 'topojson-simplify';

const [sourceDir, keepArg] = process.argv.slice(2);
if (!sourceDir) {
  console.error(
    'Cách dùng: province-boundaries.ts <thư mục national (vn-2025.json, geo/)> [tỷ lệ điểm giữ lại]',
  );
  process.exit(2);
}
const keep = Number(keepArg ?? 0.05);
const catalogue = JSON.parse(fs.readFileSync(path.join(sourceDir, 'vn-2025.json'), 'utf8')) as {
  provinces: { code: string; name: string; shortName: string }[];
};
type Shape = Polygon | MultiPolygon;
function simplifiedTopology(communes: FeatureCollection<Shape>) {
  const topo = presimplify(topology({ c: communes }, 1e5) as Parameters<typeof presimplify>[0]);
  return simplify(topo, quantile(topo, keep));
}
const outlines: Feature<Shape>[] = [];
for (const p of catalogue.provinces) {
  const file = path.join(sourceDir, 'geo', `${p.code}-communes.geojson`);
  const communes = JSON.parse(fs.readFileSync(file, 'utf8')) as FeatureCollection<Shape>;
  // Quantised to about 10 m, so that communes drawn from one survey share their vertices exactly.
  const topo = simplifiedTopology(communes);
  const geometries = (topo.objects.c as unknown as { geometries: Parameters<typeof merge>[1] }).geometries;
  outlines.push({
    type: 'Feature',
    properties: { code: p.code, name: p.name, shortName: p.shortName },
    geometry: merge(topo, geometries) as Shape,
  });
}
const out = { features: outlines };
// Four decimals of a degree are about 10 m: plenty for a country map.
const round = (c: unknown): unknown =>
  typeof c === 'number' ? Math.round(c * 1e4) / 1e4 : (c as unknown[]).map(round);
// Islets under about 2 km² are dropped (Quảng Ninh alone has over 1,300): invisible on a country
// map, they were most of its bytes. A province's largest polygon is always kept.
const ringArea = (ring: number[][]) =>
  Math.abs(
    ring.reduce(
      (s, [x, y], i) => s + x * ring[(i + 1) % ring.length][1] - ring[(i + 1) % ring.length][0] * y,
      0,
    ),
  ) / 2;
const MIN_AREA = 2e-4;
const polygonsOf = (g: Shape) => (g.type === 'Polygon' ? [g.coordinates] : g.coordinates);
const features = out.features.map((f): Feature => {
  const polygons = polygonsOf(f.geometry);
  const largest = Math.max(...polygons.map((p) => ringArea(p[0])));
  const kept = polygons
    .filter((p) => ringArea(p[0]) >= Math.min(MIN_AREA, largest))
    .map((p) => [p[0], ...p.slice(1).filter((hole) => ringArea(hole) >= MIN_AREA)]);
  return {
    type: 'Feature',
    properties: f.properties,
    geometry: { type: 'MultiPolygon', coordinates: round(kept) } as MultiPolygon,
  };
});
const target = path.join('reference', 'geo', 'provinces.json');
fs.writeFileSync(target, JSON.stringify({ type: 'FeatureCollection', features }));
const points = JSON.stringify(features).match(/\],\[/g)?.length ?? 0;
console.log(
  `${target}: ${features.length} tỉnh, thành phố, khoảng ${points} điểm, ${fs.statSync(target).size} byte`,
);
