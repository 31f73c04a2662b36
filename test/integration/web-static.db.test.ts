import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../helpers/test-app.ts';

const dist = fs.mkdtempSync(path.join(os.tmpdir(), 'canbang-web-'));
let t: TestApp;
beforeAll(async () => {
  fs.mkdirSync(path.join(dist, 'assets'));
  fs.writeFileSync(path.join(dist, 'index.html'), '<!doctype html><title>Cân Bằng</title>');
  fs.writeFileSync(path.join(dist, 'assets', 'index-abc123.js'), 'console.log(1)');
  t = await createTestApp({ webDist: dist });
});
afterAll(async () => {
  await t.close();
  fs.rmSync(dist, { recursive: true, force: true });
});

describe('the web app', () => {
  it('serves fingerprinted assets for good and index.html for client routes', async () => {
    const asset = await t.anonymous().get('/assets/index-abc123.js');
    expect(asset.statusCode).toBe(200);
    expect(asset.headers['cache-control']).toContain('immutable');
    const route = await t.anonymous().get('/units');
    expect(route.statusCode).toBe(200);
    expect(route.body).toContain('Cân Bằng');
    expect(route.headers['cache-control']).toBe('no-cache');
  });

  it('answers unknown API paths with a JSON 404, never the page', async () => {
    const res = await t.anonymous().get('/api/khong-co');
    expect(res.statusCode).toBe(404);
    expect(res.json()).toEqual({ code: 'NOT_FOUND', message: 'Không tìm thấy dữ liệu yêu cầu.' });
  });
});
