import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

// Names quoted in Vietnamese text use curly quotes (“Bạn gái tiêu biểu”), as the seed plans do:
// the demo, the labels and the documents must not mix in straight ones.
const ROOTS = ['src/server/db/seed', 'src/shared', 'src/server/documents', 'src/server/http/routes'];

function files(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    return e.isDirectory() ? files(p) : /\.tsx?$/.test(e.name) && !e.name.endsWith('.test.ts') ? [p] : [];
  });
}

describe('quoted names', () => {
  it('writes “Bạn gái tiêu biểu” with curly quotes everywhere', () => {
    const straight = ROOTS.flatMap(files).filter((f) =>
      fs.readFileSync(f, 'utf8').includes('"Bạn gái tiêu biểu"'),
    );
    expect(straight).toEqual([]);
    expect(fs.readFileSync('src/shared/contracts/activity-kinds.ts', 'utf8')).toContain(
      '“Bạn gái tiêu biểu”',
    );
  });
});
