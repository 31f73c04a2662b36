import type { Command } from 'commander';
import { systemPrincipal } from '../../server/access/principal.ts';
import {
  addProvince,
  listProvinces,
  type ProvinceAddPhase,
} from '../../server/modules/org-units/province-onboarding.service.ts';
import { withDatabase } from '../context.ts';

const SYSTEM = systemPrincipal('cli');

const PHASES: Record<ProvinceAddPhase, string> = {
  units: 'Nạp xã, phường và các đơn vị cũ',
  organisations: 'Tạo các cơ quan chuẩn',
  done: 'Xong',
};

export function registerProvince(program: Command): void {
  const province = program.command('province').description('Tỉnh, thành phố dùng Cân Bằng');

  province
    .command('add')
    .description(
      'Bật một tỉnh (mã 2 chữ số, ví dụ 20 = Lạng Sơn): xã, phường từ 01/07/2025, các huyện, xã cũ và liên kết sáp nhập, ranh giới, và các cơ quan chuẩn (UBND tỉnh, Sở Y tế, Chi cục Dân số, CDC, Bệnh viện Đa khoa tỉnh, UBND và Trạm Y tế mỗi xã); chạy lại không thay đổi gì',
    )
    .argument('<mã>', 'mã tỉnh, thành phố (2 chữ số)')
    .action(async (code: string, _opts: unknown, cmd: Command) => {
      await withDatabase(cmd, async (db) => {
        const r = await addProvince(db, SYSTEM, code.trim(), (phase, step, steps) =>
          process.stderr.write(`[${step}/${steps}] ${PHASES[phase]}\n`),
        );
        process.stdout.write(
          r.changed
            ? `Đã bật ${r.name} (mã ${r.code}): thêm ${r.units} đơn vị hành chính, ${r.successors} liên kết sáp nhập, ${r.organisations} cơ quan.\n`
            : `${r.name} (mã ${r.code}) đã được bật trước đó: không thay đổi gì.\n`,
        );
      });
    });

  province
    .command('list')
    .description('34 tỉnh, thành phố: đã bật hay chưa, số xã, phường và Trạm Y tế trong cơ sở dữ liệu')
    .action(async (_opts: unknown, cmd: Command) => {
      await withDatabase(cmd, async (db) => {
        for (const p of await listProvinces(db, SYSTEM))
          process.stdout.write(
            `${p.code}  ${p.enabled ? 'đã bật ' : 'chưa bật'}  ${p.name}: ${p.communes}/${p.referenceCommunes} xã, phường, ${p.stations} Trạm Y tế\n`,
          );
      });
    });
}
