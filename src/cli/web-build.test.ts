import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { webBuildNotice } from './web-build.ts';

describe('the web build notice', () => {
  it('says what it does and why, without promising a duration', () => {
    const first = webBuildNotice(path.resolve('dist/web'), false);
    expect(first).toBe('Đang build giao diện web vì chưa có bản build (vite build → dist/web)…');
    expect(webBuildNotice(path.resolve('dist/web'), true)).toContain('mã nguồn đã thay đổi');
    expect(first).not.toMatch(/phút|giây/);
  });
});
