// Makes the browser's commune map of every province from ../shared/data/admin/national/geo:
//   node --import tsx scripts/simplify-national-boundaries.ts [thư mục nguồn] [tỷ lệ, 0.375]
// The national files keep 8% of the original vertices already; keeping 0.375 of those gives the
// 3% Sơn La's map keeps (about 140 kB a province). Sơn La's own map (14) is made from its
// full-resolution file by simplify-boundaries.ts and is left as it is.
import fs from 'node:fs';
import path from 'node:path';
import { type Boundaries, describeBoundaries, simplifyCommunes } from './lib/boundaries.ts';

const source = process.argv[2] ?? path.join('..', 'shared', 'data', 'admin', 'national', 'geo');
const keep = Number(process.argv[3] ?? 0.375);
const KEEP_AS_IS = new Set(['14']);
for (const file of fs.readdirSync(source).sort()) {
  const province = file.match(/^(\d{2})-communes\.geojson$/)?.[1];
  if (!province || KEEP_AS_IS.has(province)) continue;
  const input = JSON.parse(fs.readFileSync(path.join(source, file), 'utf8')) as Boundaries;
  const out = simplifyCommunes(input, keep);
  const target = path.join('reference', 'geo', `${province}-communes.json`);
  fs.writeFileSync(target, JSON.stringify(out));
  console.log(`${target}: ${describeBoundaries(out, fs.statSync(target).size)}`);
}
