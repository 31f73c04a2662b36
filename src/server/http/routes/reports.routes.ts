import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  openReportInput,
  reportReview,
  reportSubmit,
  reportUpdate,
  SUMMARY_STATUSES,
} from '../../../shared/contracts/reports.ts';
import { consolidatedReportToDocx } from '../../documents/consolidated-report-docx.ts';
import { consolidatedReportToXlsx } from '../../documents/consolidated-report-xlsx.ts';
import { reportingSummaryToXlsx } from '../../documents/reporting-summary-xlsx.ts';
import { unitReportToDocx } from '../../documents/unit-report-docx.ts';
import { consolidatedReport } from '../../modules/reports/consolidated-report.service.ts';
import { reportingSummary } from '../../modules/reports/reporting-summary.service.ts';
import { reviewQueue } from '../../modules/reports/review-queue.ts';
import { unitReportDocument } from '../../modules/reports/unit-report-document.ts';
import {
  getReport,
  openReport,
  reportCompleteness,
  reviewReport,
  submitReport,
  updateReport,
} from '../../modules/reports/unit-reports.service.ts';
import { principalOf } from '../auth.ts';
import { sendDownload } from '../download.ts';

const WRITERS = ['admin', 'province_officer', 'reporter'] as const;
const idParams = z.object({ id: z.string().uuid('Mã không hợp lệ') });

export const reportRoutes: FastifyPluginAsyncZod = async (app) => {
  const db = () => app.deps.database.db;
  const tags = ['reports'];
  app.get(
    '/api/plans/:id/reports',
    {
      config: { access: 'authenticated' },
      schema: {
        tags,
        summary:
          'Báo cáo phải nộp theo kế hoạch trong một kỳ: tình trạng từng đơn vị, tỷ lệ báo cáo và đúng hạn',
        params: idParams,
        querystring: z.object({
          period: z.coerce.number().int().min(1).max(12).default(1),
          year: z.coerce.number().int().min(2000).max(2100).optional(),
        }),
      },
    },
    async (req) =>
      reportCompleteness(db(), principalOf(req), req.params.id, req.query.period, req.query.year),
  );
  app.get(
    '/api/plans/:id/reporting-summary',
    {
      config: { access: 'authenticated' },
      schema: {
        tags,
        summary:
          'Tổng hợp tỷ lệ báo cáo: đơn vị × kỳ báo cáo với tình trạng từng ô, tỷ lệ theo đơn vị, theo kỳ và cả năm (JSON hoặc XLSX)',
        params: idParams,
        querystring: z.object({
          status: z.enum(SUMMARY_STATUSES).optional(),
          year: z.coerce.number().int().min(2000).max(2100).optional(),
          format: z.enum(['json', 'xlsx']).default('json'),
        }),
      },
    },
    async (req, reply) => {
      const s = await reportingSummary(
        db(),
        principalOf(req),
        req.params.id,
        req.query.status ?? null,
        req.query.year,
      );
      if (req.query.format === 'json') return s;
      return sendDownload(reply, {
        data: await reportingSummaryToXlsx(s),
        fileName: `tong-hop-ty-le-bao-cao-${s.planId.slice(0, 8)}.xlsx`,
        contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      });
    },
  );
  app.get(
    '/api/me/review-queue',
    {
      config: { access: 'authenticated' },
      schema: {
        tags,
        summary: 'Báo cáo đang chờ người dùng xem xét (chấp nhận hoặc trả lại), gửi sớm nhất trước',
      },
    },
    async (req) => ({ items: await reviewQueue(db(), principalOf(req)) }),
  );
  app.post(
    '/api/reports',
    {
      config: { access: WRITERS },
      schema: {
        tags,
        summary: 'Mở báo cáo của đơn vị cho một kỳ (bản nháp lập sẵn từ số liệu đã ghi nhận)',
        body: openReportInput,
      },
    },
    async (req) => openReport(db(), principalOf(req), req.body),
  );
  app.get(
    '/api/reports/:id',
    { config: { access: 'authenticated' }, schema: { tags, params: idParams } },
    async (req) => getReport(db(), principalOf(req), req.params.id),
  );
  app.get(
    '/api/reports/:id/docx',
    {
      config: { access: 'authenticated' },
      schema: {
        tags,
        summary: 'Báo cáo của đơn vị dưới dạng văn bản DOCX theo Nghị định 30, để ký và đóng dấu',
        params: idParams,
      },
    },
    async (req, reply) => {
      const d = await unitReportDocument(db(), principalOf(req), req.params.id);
      return sendDownload(reply, {
        data: await unitReportToDocx(d),
        fileName: `bao-cao-don-vi-${d.report.period.year}-ky-${d.report.period.no}-${d.report.id.slice(0, 8)}.docx`,
        contentType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
      });
    },
  );
  app.put(
    '/api/reports/:id',
    {
      config: { access: WRITERS },
      schema: {
        tags,
        summary: 'Sửa phần thuyết minh (bản nháp hoặc bị trả lại)',
        params: idParams,
        body: reportUpdate,
      },
    },
    async (req) => updateReport(db(), principalOf(req), req.params.id, req.body),
  );
  app.post(
    '/api/reports/:id/submit',
    {
      config: { access: WRITERS },
      schema: {
        tags,
        summary: 'Gửi báo cáo lên cấp trên (gửi lại cùng phiên bản không tạo bản thứ hai)',
        params: idParams,
        body: reportSubmit,
      },
    },
    async (req) => submitReport(db(), principalOf(req), req.params.id, req.body.version),
  );
  for (const decision of ['accept', 'return'] as const)
    app.post(
      `/api/reports/:id/${decision}`,
      {
        config: { access: WRITERS },
        schema: {
          tags,
          summary:
            decision === 'accept'
              ? 'Cấp trên chấp nhận báo cáo (khóa lại)'
              : 'Cấp trên trả lại báo cáo kèm ý kiến',
          params: idParams,
          body: reportReview,
        },
      },
      async (req) => reviewReport(db(), principalOf(req), req.params.id, decision, req.body),
    );
  app.get(
    '/api/plans/:id/consolidated-report',
    {
      // The national reader: a report its province has sent (consolidated-report.service.ts).
      config: { access: ['admin', 'province_officer', 'leader', 'national_reader'] },
      schema: {
        tags,
        summary:
          'Báo cáo kết quả thực hiện kế hoạch của tỉnh: DOCX theo Nghị định 30, XLSX các biểu kèm theo, hoặc JSON để xem trên trang',
        params: idParams,
        querystring: z.object({
          period: z.coerce.number().int().min(1).max(12).default(1),
          year: z.coerce.number().int().min(2000).max(2100).optional(),
          format: z.enum(['docx', 'xlsx', 'json']).default('docx'),
        }),
      },
    },
    async (req, reply) => {
      const r = await consolidatedReport(
        db(),
        principalOf(req),
        req.params.id,
        req.query.period,
        req.query.year,
      );
      if (req.query.format === 'json') return r;
      const docx = req.query.format === 'docx';
      return sendDownload(reply, {
        data: docx ? await consolidatedReportToDocx(r) : await consolidatedReportToXlsx(r),
        fileName: `bao-cao-ket-qua-${r.period.year}-ky-${req.query.period}.${req.query.format}`,
        contentType: docx
          ? 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'
          : 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      });
    },
  );
};
