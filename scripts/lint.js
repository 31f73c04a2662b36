// Biome's launcher package pulls in binaries for every platform, and this project's npm
// registry serves only Linux ones, so `npm ci` refused the lock file. The Linux x64 binary is
// an optional dependency instead; elsewhere, install @biomejs/biome globally.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';

const local = new URL('../node_modules/@biomejs/cli-linux-x64/biome', import.meta.url).pathname;
const bin = fs.existsSync(local) ? local : 'biome';
const args = process.argv.slice(2);
const res = spawnSync(bin, args.length ? args : ['check', 'src', 'test', 'bench', 'scripts'], {
  stdio: 'inherit',
});
if (res.error) {
  console.error(`Không chạy được Biome (${res.error.message}). Cài bằng: npm i -g @biomejs/biome`);
  process.exit(1);
}
process.exit(res.status ?? 1);
