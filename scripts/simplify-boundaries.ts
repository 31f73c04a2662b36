// Makes the browser's commune map from the official boundaries in ../shared/data:
//   node --import tsx scripts/simplify-boundaries.ts ../shared/data/admin/son-la-2025-communes.geojson 14
// (every other province: scripts/simplify-national-boundaries.ts).
import fs from 'node:fs';
import path from 'node:path';
import { type Boundaries, describeBoundaries, simplifyCommunes } from './lib/boundaries.ts';

const [source, province, keepArg] = process.argv.slice(2);
if (!source || !/^\d{2}$/.test(province ?? '')) {
  console.error(
    'Cách dùng: simplify-boundaries.ts <tệp.geojson> <mã tỉnh 2 chữ số> [tỷ lệ điểm giữ lại, 0.03]',
  );
  process.exit(2);
}
const input = JSON.parse(fs.readFileSync(source, 'utf8')) as Boundaries;
const out = simplifyCommunes(input, Number(keepArg ?? 0.03));
const target = path.join('reference', 'geo', `${province}-communes.json`);
fs.writeFileSync(target, JSON.stringify(out));
console.log(`${target}: ${describeBoundaries(out, fs.statSync(target).size)}`);
