import Fastify from 'fastify';
import { describe, expect, it } from 'vitest';
import { registerErrorHandling } from '../http/errors.ts';
import { isDiskFull } from './disk-space.ts';

// What PGlite and PostgreSQL raise when the disk is full (53100, seen on a 60 MB tmpfs), and what
// Node raises for a file write (ENOSPC, EDQUOT), wrapped or not: each answers 507.
const pgliteFull = Object.assign(
  new Error('could not write to file "pg_wal/xlogtemp.42": No space left on device'),
  { code: '53100' },
);
const nodeFull = Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC' });
const quota = Object.assign(new Error('EDQUOT: disk quota exceeded'), { code: 'EDQUOT' });

describe('disk full', () => {
  it('recognises the errors of a full disk, also as a cause', () => {
    expect(isDiskFull(pgliteFull)).toBe(true);
    expect(isDiskFull(nodeFull)).toBe(true);
    expect(isDiskFull(quota)).toBe(true);
    expect(isDiskFull(new Error('Failed query: insert …', { cause: pgliteFull }))).toBe(true);
    expect(isDiskFull(Object.assign(new Error('duplicate key'), { code: '23505' }))).toBe(false);
  });

  it('answers a write that met a full disk with a Vietnamese 507', async () => {
    const app = Fastify();
    registerErrorHandling(app);
    app.post('/write', async () => {
      throw new Error('Failed query: insert into attachments …', { cause: pgliteFull });
    });
    const res = await app.inject({ method: 'POST', url: '/write' });
    expect(res.statusCode).toBe(507);
    expect(res.json()).toMatchObject({ code: 'INSUFFICIENT_STORAGE' });
    expect(res.json().message).toContain('Máy chủ hết chỗ lưu trữ');
  });
});
