// Makes the browser's commune map from the official boundaries in ../shared/data:
//   node --import tsx scripts/simplify-boundaries.ts ../shared/data/admin/son-la-2025-communes.geojson 14
// Simplification goes through TopoJSON so that neighbouring communes keep one shared border
// (simplifying each polygon on its own opens gaps and overlaps between them).
import fs from 'node:fs';
import path from 'node:path';
import type { Feature, FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import { feature } from 'topojson-client';
import { topology } from 'topojson-server';
import { presimplify, quantile, simplify } from 'topojson-simplify';

const [source, province, keepArg] = process.argv.slice(2);
if (!source || !/^\d{2}$/.test(province ?? '')) {
  console.error(
    'Cách dùng: simplify-boundaries.ts <tệp.geojson> <mã tỉnh 2 chữ số> [tỷ lệ điểm giữ lại, 0.03]',
  );
  process.exit(2);
}
const keep = Number(keepArg ?? 0.03);
const input = JSON.parse(fs.readFileSync(source, 'utf8')) as FeatureCollection<Polygon | MultiPolygon>;
const topo = presimplify(topology({ communes: input }, 1e5) as Parameters<typeof presimplify>[0]);
const simple = simplify(topo, quantile(topo, keep));
const out = feature(simple, simple.objects.communes) as FeatureCollection<Polygon | MultiPolygon>;
// Five decimals of a degree are about a metre: more precision is only bytes.
const round = (c: unknown): unknown =>
  typeof c === 'number' ? Math.round(c * 1e5) / 1e5 : (c as unknown[]).map(round);
const features = out.features.map(
  (f): Feature => ({
    type: 'Feature',
    properties: { code: f.properties?.code, name: f.properties?.name },
    geometry: { ...f.geometry, coordinates: round(f.geometry.coordinates) } as Polygon | MultiPolygon,
  }),
);
const target = path.join('reference', 'geo', `${province}-communes.json`);
fs.writeFileSync(target, JSON.stringify({ type: 'FeatureCollection', features }));
const points = JSON.stringify(features).match(/\],\[/g)?.length ?? 0;
console.log(
  `${target}: ${features.length} xã, phường, khoảng ${points} điểm, ${fs.statSync(target).size} byte`,
);
