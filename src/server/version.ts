import fs from 'node:fs';

/** The version of package.json, shown by /api/health and `canbang --version`. */
export const APP_VERSION: string = JSON.parse(
  fs.readFileSync(new URL('../../package.json', import.meta.url), 'utf8'),
).version;
