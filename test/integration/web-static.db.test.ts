import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../helpers/test-app.ts';

const PAGE_CHUNK = `export const rows = [${'"một dòng của trang",'.repeat(400)}];`;
const dist = fs.mkdtempSync(path.join(os.tmpdir(), 'canbang-web-'));
let t: TestApp;
beforeAll(async () => {
  fs.mkdirSync(path.join(dist, 'assets'));
  fs.writeFileSync(
    path.join(dist, 'index.html'),
    '<!doctype html><html><head><title>Cân Bằng</title></head><body></body></html>',
  );
  fs.writeFileSync(path.join(dist, 'assets', 'index-abc123.js'), 'console.log(1)');
  // As the build leaves a page chunk: beside its brotli and gzip forms, named for its route.
  fs.writeFileSync(path.join(dist, 'assets', 'MonthPage-x1.js'), PAGE_CHUNK);
  fs.writeFileSync(path.join(dist, 'assets', 'MonthPage-x1.js.br'), zlib.brotliCompressSync(PAGE_CHUNK));
  fs.writeFileSync(path.join(dist, 'assets', 'MonthPage-x1.js.gz'), zlib.gzipSync(PAGE_CHUNK));
  fs.writeFileSync(
    path.join(dist, 'route-preloads.json'),
    JSON.stringify([{ path: '/activities', files: ['/assets/MonthPage-x1.js'] }]),
  );
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

  it('sends assets compressed as the build left them, brotli first, and cached for good', async () => {
    const get = (encoding?: string) =>
      t.anonymous().request({
        method: 'GET',
        url: '/assets/MonthPage-x1.js',
        headers: encoding ? { 'accept-encoding': encoding } : {},
      });
    const br = await get('gzip, br');
    expect(br.statusCode).toBe(200);
    expect(br.headers['content-encoding']).toBe('br');
    expect(br.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(zlib.brotliDecompressSync(br.rawPayload).toString()).toBe(PAGE_CHUNK);
    const gz = await get('gzip');
    expect(gz.headers['content-encoding']).toBe('gzip');
    const plain = await get();
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.body).toBe(PAGE_CHUNK);
  });

  it("names a route's own chunks and /api/me in the index.html sent for it", async () => {
    const month = await t.anonymous().get('/activities');
    expect(month.body).toContain('<link rel="modulepreload" crossorigin href="/assets/MonthPage-x1.js">');
    expect(month.body).toContain('<link rel="preload" as="fetch" crossorigin href="/api/me">');
    // The month page's first reads come in one answer, asked for with the page (me-bundle).
    expect(month.body).toContain('<link rel="preload" as="fetch" crossorigin href="/api/me/bundle">');
    const other = await t.anonymous().get('/plans');
    expect(other.body).not.toContain('MonthPage-x1.js');
  });

  it('compresses API answers when the client accepts it', async () => {
    const admin = await t.as('admin');
    const url = '/api/admin-units?parent=14&level=commune';
    const res = await admin.request({ method: 'GET', url, headers: { 'accept-encoding': 'br' } });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-encoding']).toBe('br');
    const items = JSON.parse(zlib.brotliDecompressSync(res.rawPayload).toString()).items;
    expect(items).toEqual((await admin.get(url)).json().items);
    expect(items.length).toBeGreaterThan(10);
  });

  it('answers unknown API paths with a JSON 404, never the page', async () => {
    const res = await t.anonymous().get('/api/khong-co');
    expect(res.statusCode).toBe(404);
    expect(res.json()).toEqual({ code: 'NOT_FOUND', message: 'Không tìm thấy dữ liệu yêu cầu.' });
  });
});
