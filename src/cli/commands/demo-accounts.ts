import type { DemoSeedResult } from '../../server/db/seed/demo.ts';

export function printDemoAccounts(demo: DemoSeedResult, password: string): void {
  const main = demo.accounts.filter((a) => !a.username.startsWith('tyt-'));
  const example =
    demo.accounts.find((a) => a.username === 'tyt-03646') ??
    demo.accounts.find((a) => a.username.startsWith('tyt-'));
  const lines = [
    '',
    demo.created ? 'Đã tạo dữ liệu mẫu (DEMO).' : 'Dữ liệu mẫu (DEMO) đã có sẵn.',
    `Tài khoản mẫu — mật khẩu chung: ${password}`,
    ...main.map((a) => `  ${a.username.padEnd(14)} ${a.displayName}`),
    `  tyt-<mã xã>    ${demo.tramYTeCount} Trạm Y tế của Sơn La${example ? `, ví dụ ${example.username} (${example.organisation})` : ''}`,
  ];
  if (demo.passwordReset)
    lines.push('  (mật khẩu các tài khoản mẫu vừa được đặt lại theo CANBANG_DEMO_PASSWORD)');
  process.stderr.write(`${lines.join('\n')}\n`);
}
