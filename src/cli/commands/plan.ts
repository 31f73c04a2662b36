import fs from 'node:fs';
import type { Command } from 'commander';
import { z } from 'zod';
import { systemPrincipal } from '../../server/access/principal.ts';
import { EXPORT_FORMATS, exportPlan } from '../../server/modules/plans/plan-export.service.ts';
import { createPlan, getPlan, listPlans } from '../../server/modules/plans/plans.service.ts';
import { planContent } from '../../shared/contracts/plans.ts';
import { AppError } from '../../shared/errors.ts';
import { formatVnd } from '../../shared/format/index.ts';
import { periodText } from '../../shared/plans/period.ts';
import { withDatabase } from '../context.ts';

const SYSTEM = systemPrincipal('cli');

/** The plan's JSON form, as `plan export --format json` writes it and `plan import` reads it. */
const planFile = z.object({
  organisationId: z.string().uuid('organisationId phải là mã cơ quan (UUID)'),
  content: planContent,
});

export function registerPlan(program: Command): void {
  const plan = program.command('plan').description('Kế hoạch: liệt kê, xuất văn bản, nhập từ JSON');

  plan
    .command('list')
    .description('Liệt kê các kế hoạch')
    .option('--json', 'in ra JSON')
    .option('--year <năm>', 'chỉ kế hoạch còn hiệu lực trong năm này (giai đoạn gồm năm đó)')
    .action(async (opts: { json?: boolean; year?: string }, cmd: Command) => {
      const items = await withDatabase(cmd, (db) =>
        listPlans(db, SYSTEM, { year: opts.year ? Number(opts.year) : undefined }),
      );
      if (opts.json) {
        process.stdout.write(`${JSON.stringify(items, null, 2)}\n`);
        return;
      }
      for (const p of items) {
        process.stdout.write(
          `${p.id}  ${periodText({ start: p.startYear, end: p.endYear })}  ${(p.numberSymbol ?? '(chưa có số)').padEnd(16)} ${p.status.padEnd(10)} ${p.organisationName} — ${p.subject}${p.budgetTotal ? ` — ${formatVnd(p.budgetTotal)}` : ''}\n`,
        );
      }
    });

  plan
    .command('export')
    .description(
      'Xuất một kế hoạch: docx (Nghị định 30), pdf (cần LibreOffice), xlsx (bảng hoạt động, kinh phí), json',
    )
    .argument('<id>', 'mã kế hoạch (xem plan list)')
    .requiredOption('--format <định dạng>', `${[...EXPORT_FORMATS, 'json'].join(' | ')}`)
    .requiredOption('--out <tệp>', 'tệp sẽ ghi')
    .action(async (id: string, opts: { format: string; out: string }, cmd: Command) => {
      const format = opts.format.toLowerCase();
      if (![...EXPORT_FORMATS, 'json'].includes(format)) {
        throw new AppError('VALIDATION', {
          detail: `Định dạng "${opts.format}" không hỗ trợ. Chọn một trong: ${[...EXPORT_FORMATS, 'json'].join(', ')}.`,
        });
      }
      const t0 = performance.now();
      const bytes = await withDatabase(cmd, async (db) => {
        if (format === 'json') {
          const p = await getPlan(db, SYSTEM, id);
          return Buffer.from(
            `${JSON.stringify({ organisationId: p.organisationId, content: p.content }, null, 2)}\n`,
          );
        }
        return (await exportPlan(db, SYSTEM, id, format as (typeof EXPORT_FORMATS)[number])).data;
      });
      fs.writeFileSync(opts.out, bytes);
      process.stdout.write(
        `Đã ghi ${opts.out} (${bytes.length} byte, ${Math.round(performance.now() - t0)} ms).\n`,
      );
    });

  plan
    .command('import')
    .description('Nhập một kế hoạch từ dạng JSON của nó (kiểm tra đầy đủ; lỗi thì không lưu gì)')
    .argument('<tệp>', 'tệp JSON: {"organisationId": "…", "content": {…}}')
    .action(async (file: string, _opts, cmd: Command) => {
      let raw: unknown;
      try {
        raw = JSON.parse(fs.readFileSync(file, 'utf8'));
      } catch (err) {
        throw new AppError('VALIDATION', {
          detail: `Không đọc được ${file} như JSON: ${(err as Error).message}`,
        });
      }
      const parsed = planFile.safeParse(raw);
      if (!parsed.success) {
        const issues = parsed.error.issues.map((i) => ({
          path: i.path.map((p) => (typeof p === 'symbol' ? String(p) : p)),
          message: i.message,
        }));
        throw new AppError('VALIDATION', {
          detail: `Tệp ${file} có ${issues.length} lỗi; không có gì được lưu.`,
          issues,
        });
      }
      const created = await withDatabase(cmd, (db) => createPlan(db, SYSTEM, parsed.data));
      process.stdout.write(`Đã nhập kế hoạch ${created.id} (${created.organisationName}, bản nháp).\n`);
    });
}
