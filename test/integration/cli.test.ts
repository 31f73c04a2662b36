import { type ChildProcess, spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';

// The `canbang` command as a newcomer runs it: a real process on real PGlite folders.

const ROOT = path.resolve(import.meta.dirname, '../..');
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'canbang-cli-'));
const env = { ...process.env, CANBANG_DEMO_PASSWORD: 'Demo@Test-2026', DATABASE_URL: '', LOG_LEVEL: 'warn' };

function run(
  args: string[],
  extraEnv: Record<string, string> = {},
): Promise<{ code: number; out: string; err: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [path.join(ROOT, 'bin/canbang.js'), ...args], {
      cwd: ROOT,
      env: { ...env, ...extraEnv },
    });
    let out = '';
    let err = '';
    child.stdout.on('data', (d) => (out += d));
    child.stderr.on('data', (d) => (err += d));
    child.on('close', (code) => resolve({ code: code ?? -1, out, err }));
  });
}

function startServe(dataDir: string): Promise<{ child: ChildProcess; url: string; log: () => string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      [path.join(ROOT, 'bin/canbang.js'), 'serve', '--demo', '--data-dir', dataDir, '--port', '0'],
      { cwd: ROOT, env },
    );
    let log = '';
    const onData = (d: Buffer) => {
      log += d;
      const m = log.match(/đang chạy tại (http:\/\/\S+)/);
      if (m) resolve({ child, url: m[1], log: () => log });
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    child.on('exit', (code) => reject(new Error(`serve exited ${code}: ${log}`)));
  });
}

afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe('canbang CLI', { timeout: 90_000 }, () => {
  const a = path.join(dir, 'a');
  const b = path.join(dir, 'b');

  it('lists its commands in Vietnamese', async () => {
    const { code, out } = await run(['--help']);
    expect(code).toBe(0);
    for (const cmd of ['serve', 'db', 'users', 'backup', 'restore']) expect(out).toContain(cmd);
    expect(out).toContain('--data-dir');
    const db = await run(['db', '--help']);
    expect(db.out).toMatch(/migrate[\s\S]*seed/);
  });

  it('seeds the demo with the password from CANBANG_DEMO_PASSWORD, and only when asked', async () => {
    const refused = await run(['db', 'seed', '--data-dir', a]);
    expect(refused.code).toBe(2);
    const { code, err } = await run(['db', 'seed', '--demo', '--data-dir', a]);
    expect(code).toBe(0);
    expect(err).toContain('Demo@Test-2026');
    expect(err).toMatch(/chicuc\s+Cán bộ Chi cục Dân số Sơn La/);
    expect(err).toContain('tyt-03646 (Trạm Y tế phường Tô Hiệu)');
    expect(err).toContain('75 Trạm Y tế');
  });

  it('serves, refuses a second process on the same folder, and closes cleanly on SIGTERM', async () => {
    const server = await startServe(a);
    const health = await fetch(`${server.url}/api/health`);
    expect(await health.json()).toMatchObject({ status: 'ok', database: 'pglite' });
    const login = await fetch(`${server.url}/api/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username: 'tyt-03646', password: 'Demo@Test-2026' }),
    });
    expect(login.status).toBe(200);

    const second = await run(['db', 'migrate', '--data-dir', a]);
    expect(second.code).toBe(1);
    expect(second.err).toContain('đang được tiến trình');
    expect(second.err).toContain(String(server.child.pid));
    // The lock follows the real path: the same folder through a symlink is refused as well.
    const link = path.join(dir, 'link-to-a');
    fs.symlinkSync(a, link);
    const throughLink = await run(['db', 'migrate', '--data-dir', link]);
    expect(throughLink.code).toBe(1);
    expect(throughLink.err).toContain(String(server.child.pid));

    // Online backup: the running server makes it (one snapshot, the sign-in above included).
    const online = path.join(dir, 'online.jsonl.gz');
    const backup = await run(['backup', online, '--data-dir', link]);
    expect(backup.code, backup.err).toBe(0);
    expect(backup.out).toContain('qua máy chủ đang chạy');
    expect(fs.statSync(online).mode & 0o777).toBe(0o600);
    const lines = zlib.gunzipSync(fs.readFileSync(online)).toString('utf8').split('\n');
    expect(
      lines.some((l) => l.includes('"action":"login"') && l.includes('"actor_username":"tyt-03646"')),
    ).toBe(true);
    expect(lines.some((l) => l.startsWith('{"t":"sessions"'))).toBe(false);
    const verify = await run(['audit', 'verify', '--data-dir', a]);
    expect(verify.code, verify.err).toBe(0);
    expect(verify.out).toContain('Chuỗi băm khớp');

    server.child.removeAllListeners('exit');
    const exited = new Promise<number | null>((r) => server.child.once('exit', r));
    server.child.kill('SIGTERM');
    expect(await exited).toBe(0);
    expect(fs.existsSync(`${a}.lock`)).toBe(false);
    expect(fs.existsSync(`${a}.sock`)).toBe(false);
    expect(server.log()).toContain('SIGTERM');
  });

  it('adds a user and resets a password', async () => {
    const add = await run([
      'users',
      'add',
      '--data-dir',
      a,
      '--username',
      'Nguyen.Van.A',
      '--name',
      'Nguyễn Văn A',
      '--role',
      'reporter',
      '--organisation',
      'Trạm Y tế phường Tô Hiệu',
      '--password',
      'Hoa-Ban-2026',
    ]);
    expect(add.code, add.err).toBe(0);
    expect(add.out).toContain('nguyen.van.a');
    const badRole = await run([
      'users',
      'add',
      '--data-dir',
      a,
      '--username',
      'x1',
      '--name',
      'X',
      '--role',
      'boss',
    ]);
    expect(badRole.code).toBe(1);
    expect(badRole.err).toContain('Vai trò "boss" không hợp lệ');
    const ambiguous = await run([
      'users',
      'add',
      '--data-dir',
      a,
      '--username',
      'x2',
      '--name',
      'X',
      '--role',
      'reporter',
      '--organisation',
      'Trạm Y tế',
    ]);
    expect(ambiguous.err).toMatch(/Có \d+ cơ quan khớp/);
    const reset = await run(['users', 'reset-password', 'nguyen.van.a', '--data-dir', a]);
    expect(reset.code).toBe(0);
    expect(reset.out).toMatch(/Mật khẩu mới: \S{10,}/);
    // The password policy holds for the CLI as for the web: a common password dressed up, the username.
    const common = await run([
      'users',
      'reset-password',
      'nguyen.van.a',
      '--password',
      'Matkhau2026!',
      '--data-dir',
      a,
    ]);
    expect(common.code).toBe(1);
    expect(common.err).toContain('mật khẩu phổ biến ("matkhau")');
    const own = await run([
      ...['users', 'add', '--data-dir', a, '--username', 'tran.thi.b', '--name', 'Trần Thị B'],
      ...['--role', 'leader', '--organisation', 'Sở Y tế tỉnh Sơn La', '--password', 'tran.thi.b-2026'],
    ]);
    expect(own.code).toBe(1);
    expect(own.err).toContain('không được chứa tên đăng nhập');
    const missing = await run(['users', 'reset-password', 'khong-co', '--data-dir', a]);
    expect(missing.code).toBe(1);
    expect(missing.err).toContain('Không có người dùng "khong-co"');
  });

  it('imports users from a file with one-time passwords, refusing a malformed file whole', async () => {
    const heading = 'Tên đăng nhập,Họ tên,Vai trò,Cơ quan,Thư điện tử';
    const bad = path.join(dir, 'sai.csv');
    fs.writeFileSync(
      bad,
      [
        heading,
        'cli.mot,Người Một,Cán bộ tỉnh,Chi cục Dân số tỉnh Sơn La,',
        'cli.hai,Người Hai,Lãnh đạo,Sở Không Có,',
        'cli.mot,Người Ba,Lãnh đạo,Sở Y tế tỉnh Sơn La,',
      ].join('\n'),
    );
    const refused = await run(['users', 'import', bad, '--data-dir', a]);
    expect(refused.code).toBe(1);
    expect(refused.err).toContain('Dòng 3, cột Cơ quan');
    expect(refused.err).toContain(
      'line.4.Tên đăng nhập: Dòng 4, cột Tên đăng nhập: "cli.mot" trùng với dòng 2',
    );
    expect(fs.existsSync(path.join(dir, 'sai-mat-khau.xlsx'))).toBe(false);

    const good = path.join(dir, 'tai-khoan.csv');
    fs.writeFileSync(
      good,
      [
        heading,
        'cli.mot,Người Một,Cán bộ tỉnh,Chi cục Dân số tỉnh Sơn La,mot@example.vn',
        'cli.hai,Người Hai,leader,so y te tinh son la,',
        'cli.ba,Người Ba,Thanh tra,Sở Y tế tỉnh Sơn La,',
        'cli.bon,Người Bốn,Cán bộ đơn vị báo cáo,Trạm Y tế phường Tô Hiệu,',
        'cli.nam,Người Năm,Quản trị tỉnh,Sở Y tế tỉnh Sơn La,',
      ].join('\n'),
    );
    const made = await run(['users', 'import', good, '--data-dir', a]);
    expect(made.code, made.err).toBe(0);
    expect(made.out).toContain('Đã tạo 5 tài khoản: cli.mot, cli.hai, cli.ba, cli.bon, cli.nam.');
    const output = path.join(dir, 'tai-khoan-mat-khau.xlsx');
    expect(fs.statSync(output).mode & 0o777).toBe(0o600);
    const { rowsOfXlsx } = await import('../helpers/xlsx.ts');
    const rows = await rowsOfXlsx(fs.readFileSync(output));
    const passwords = rows.filter((r) => r[0].startsWith('cli.')).map((r) => r[5]);
    expect(passwords).toHaveLength(5);
    for (const p of passwords) expect(p).toMatch(/^\S{12,}$/);
    // Run again: the accounts exist now, and the passwords file is never overwritten.
    const again = await run(['users', 'import', good, '--data-dir', a]);
    expect(again.code).toBe(1);
    expect(again.err).toContain('đã có; hãy xóa hoặc chọn tệp khác');
  });

  it('lists, exports and imports plans in their JSON form, refusing a bad file whole', async () => {
    const list = await run(['plan', 'list', '--json', '--data-dir', a]);
    expect(list.code, list.err).toBe(0);
    const plans = JSON.parse(list.out) as {
      id: string;
      startYear: number;
      organisationName: string;
      status: string;
    }[];
    const sonLa = plans.find((p) => p.startYear === 2026 && p.organisationName === 'Sở Y tế tỉnh Sơn La')!;
    const json = path.join(dir, 'plan.json');
    expect(
      (await run(['plan', 'export', sonLa.id, '--format', 'json', '--out', json, '--data-dir', a])).code,
    ).toBe(0);
    const docx = path.join(dir, 'plan.docx');
    expect(
      (await run(['plan', 'export', sonLa.id, '--format', 'docx', '--out', docx, '--data-dir', a])).code,
    ).toBe(0);
    expect(fs.readFileSync(docx).subarray(0, 2).toString()).toBe('PK');

    const form = JSON.parse(fs.readFileSync(json, 'utf8'));
    form.content.number = null;
    fs.writeFileSync(json, JSON.stringify(form));
    const imported = await run(['plan', 'import', json, '--data-dir', a]);
    expect(imported.code, imported.err).toBe(0);
    const after = JSON.parse((await run(['plan', 'list', '--json', '--data-dir', a])).out);
    expect(after).toHaveLength(plans.length + 1);

    form.content.activities[2].start = '12/03/2026';
    // A draft may lack its signer (issue 15); a second bad field is still named.
    form.content.activities[2].end = '31-12-2026';
    fs.writeFileSync(json, JSON.stringify(form));
    const bad = await run(['plan', 'import', json, '--data-dir', a]);
    expect(bad.code).toBe(1);
    expect(bad.err).toContain('content.activities.2.start: Ngày phải có dạng YYYY-MM-DD');
    expect(bad.err).toContain('content.activities.2.end');
    expect(JSON.parse((await run(['plan', 'list', '--json', '--data-dir', a])).out)).toHaveLength(
      plans.length + 1,
    );
  });

  it('estimates SRB from a CSV without touching any database', async () => {
    const csv = path.join(dir, 'births.csv');
    fs.writeFileSync(
      csv,
      'area_code,year,boys,girls\nA,2023,1200,1000\nA,2024,1190,1000\nB,2024,1040,1000\n',
    );
    const res = await run(['srb', 'estimate', '--input', csv, '--window', '2', '--threshold', '107']);
    expect(res.code, res.err).toBe(0);
    const out = JSON.parse(res.out);
    expect(out.settings).toMatchObject({ window: 2, threshold: 107, reference: 105 });
    expect(out.areas.map((a: { area_code: string; flag: string }) => [a.area_code, a.flag])).toEqual([
      ['A', 'imbalanced'],
      ['B', 'normal'],
    ]);
    fs.writeFileSync(csv, 'area_code,year,boys,girls\nA,2023,12,10\nA,20x4,1,1\n');
    const bad = await run(['srb', 'estimate', '--input', csv]);
    expect(bad.code).toBe(1);
    expect(bad.err).toContain('Dòng 3: year phải là số nguyên');
  });

  it('writes simulated births to a CSV without importing them', async () => {
    const csv = path.join(dir, 'mo-phong.csv');
    const res = await run([
      'births',
      'simulate',
      '--seed',
      '3',
      '--years',
      '2024-2025',
      '--last-month',
      '12',
      '--output',
      csv,
      '--data-dir',
      a,
    ]);
    expect(res.code, res.err).toBe(0);
    expect(res.out).toContain('Số liệu mô phỏng (không phải số liệu thật) — seed 3');
    expect(res.out).toMatch(/Năm 2024: [\d.]+ trẻ, SRB 1\d\d,\d/);
    expect(res.out).toContain('chưa nhập vào cơ sở dữ liệu');
    const lines = fs.readFileSync(csv, 'utf8').trim().split('\n');
    expect(lines[0]).toBe('commune_code,year,month,birth_order,boys,girls');
    expect(new Set(lines.slice(1).map((l) => l.split(',')[1]))).toEqual(new Set(['2024', '2025']));
    const bad = await run(['births', 'simulate', '--years', '2026-2021', '--output', csv]);
    expect(bad.code).toBe(1);
    expect(bad.err).toContain('--years phải có dạng 2021-2026');
  });

  it('backs up and restores into a new folder without losing a row', async () => {
    const first = path.join(dir, 'first.jsonl.gz');
    const second = path.join(dir, 'second.jsonl.gz');
    const backup = await run(['backup', first, '--data-dir', a]);
    expect(backup.code, backup.err).toBe(0);
    expect(backup.out).toMatch(/Đã sao lưu \d+ dòng/);
    const restore = await run(['restore', first, '--data-dir', b]);
    expect(restore.code, restore.err).toBe(0);
    expect(restore.err).toContain('Khôi phục');
    expect(restore.out).toContain('Chuỗi băm khớp');
    expect(fs.statSync(first).mode & 0o777).toBe(0o600);
    const again = await run(['restore', first, '--data-dir', b]);
    expect(again.code).toBe(1);
    expect(again.err).toContain('đã có dữ liệu');
    await run(['backup', second, '--data-dir', b]);
    const rows = (f: string) => zlib.gunzipSync(fs.readFileSync(f)).toString('utf8').split('\n').slice(1);
    expect(rows(second)).toEqual(rows(first));
    expect(rows(first).some((l) => l.includes('"username":"nguyen.van.a"'))).toBe(true);
  });
  // Three runs of the command, each opening a new PGlite folder: longer than the file's default.
  it('adds Lạng Sơn with province add, and a second run changes nothing', { timeout: 300_000 }, async () => {
    const fresh = path.join(dir, 'province');
    const first = await run(['province', 'add', '20', '--data-dir', fresh]);
    expect(first.code, first.err).toBe(0);
    expect(first.err).toContain('[3/3] Xong');
    expect(first.out).toMatch(
      /Đã bật Tỉnh Lạng Sơn \(mã 20\): thêm \d+ đơn vị hành chính, \d+ liên kết sáp nhập, 135 cơ quan\./,
    );
    const again = await run(['province', 'add', '20', '--data-dir', fresh]);
    expect(again.code, again.err).toBe(0);
    expect(again.out).toContain('Tỉnh Lạng Sơn (mã 20) đã được bật trước đó: không thay đổi gì.');
    const list = await run(['province', 'list', '--data-dir', fresh]);
    expect(list.out).toContain('20  đã bật   Tỉnh Lạng Sơn: 65/65 xã, phường, 65 Trạm Y tế');
    expect(list.out.trim().split('\n')).toHaveLength(34);
  });
});
