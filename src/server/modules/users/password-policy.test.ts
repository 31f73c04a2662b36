import { describe, expect, it } from 'vitest';
import { DEFAULT_DEMO_PASSWORD } from '../../config.ts';
import { checkPasswordPolicy, passwordProblem } from './password-policy.ts';

describe('password policy', () => {
  it('accepts the demo password, long passwords and passphrases', () => {
    expect(passwordProblem(DEFAULT_DEMO_PASSWORD, { username: 'admin' })).toBeNull();
    expect(passwordProblem('Hoa-Ban-2026')).toBeNull();
    expect(passwordProblem('con mèo đen trèo cây cau')).toBeNull();
    expect(passwordProblem('ngựa ô đi qua cầu gỗ', { username: 'tyt-03646' })).toBeNull();
  });

  it('refuses what the attack found accepted: short, common, one letter repeated', () => {
    expect(passwordProblem('12345678')).toMatch(/ít nhất 10 ký tự/);
    expect(passwordProblem('password')).toMatch(/ít nhất 10 ký tự/);
    expect(passwordProblem('aaaaaaaaaa')).toMatch(/quá ít ký tự khác nhau/);
    expect(passwordProblem('1234567890')).toMatch(/phổ biến hoặc đã bị lộ/);
    expect(passwordProblem('qwertyuiop')).toMatch(/phổ biến hoặc đã bị lộ/);
    expect(passwordProblem('Password123')).toMatch(/phổ biến hoặc đã bị lộ/);
    expect(passwordProblem('ANHYEUEM2026')).toMatch(/mật khẩu phổ biến \("anhyeuem"\)/);
    expect(passwordProblem('Password2026!')).toMatch(/mật khẩu phổ biến \("password"\)/);
    expect(passwordProblem('MatKhau@123')).toMatch(/mật khẩu phổ biến \("matkhau"\)/);
    expect(passwordProblem('abababababab')).toMatch(/quá ít ký tự khác nhau/);
  });

  it('refuses the username inside the password, and counts characters, not bytes', () => {
    expect(passwordProblem('chicuc-sonla-2026', { username: 'chicuc' })).toMatch(/tên đăng nhập/);
    expect(passwordProblem('ChiCuc2026!x', { username: 'CHICUC' })).toMatch(/tên đăng nhập/);
    expect(passwordProblem('đường-ô-tô')).toBeNull(); // 10 letters, 13 UTF-16 units in NFD
    expect(passwordProblem('đường-ô-t')).toMatch(/ít nhất 10/);
  });

  it('names the field in its error', () => {
    try {
      checkPasswordPolicy('matkhau123', { field: 'newPassword' });
      expect.unreachable();
    } catch (err) {
      expect((err as { issues: unknown }).issues).toEqual([
        { path: ['newPassword'], message: expect.stringContaining('phổ biến') },
      ]);
    }
  });
});
