import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { acquireDataDirLock, lockPathFor } from './lock.ts';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'canbang-lock-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe('data-folder lock', () => {
  it('follows symlinks: the same folder through a link is the same lock', () => {
    const real = path.join(dir, 'data');
    fs.mkdirSync(real);
    const link = path.join(dir, 'link');
    fs.symlinkSync(real, link);
    expect(lockPathFor(link)).toBe(lockPathFor(real));
    const held = acquireDataDirLock(real);
    try {
      expect(() => acquireDataDirLock(link)).toThrow(/đang được tiến trình/);
    } finally {
      held.release();
    }
    // A folder not created yet is named from its real parent.
    expect(lockPathFor(path.join(link, '..', 'link', 'x'))).toBe(
      `${path.join(fs.realpathSync(real), 'x')}.lock`,
    );
  });
});
