import type { NationalOverviewDto, NationalProvinceRow } from '../../shared/contracts/national.ts';
import type { FigureDefinition } from './types.ts';

// The national page's counts over the provinces, defined once. Each province's SRB is not a new
// figure: it is the province's own estimate (srb-data.service.ts), the same call its SRB page makes.

export const nationalFigures: FigureDefinition[] = [
  {
    id: 'national.provincesWithIssuedPlan',
    nameVi: 'Số tỉnh đã ban hành kế hoạch của năm',
    nameEn: 'Provinces that issued their plan for the year',
    unit: 'count',
    formulaVi:
      'Số tỉnh đang dùng hệ thống có kế hoạch cấp tỉnh của năm đã ban hành (kể cả đã có bản điều chỉnh)',
    formulaEn: 'Enabled provinces with a province-level plan of the year issued (a later revision included)',
    countsVi:
      'Kế hoạch do cơ quan cấp tỉnh lập, không căn cứ kế hoạch cấp trên trong tỉnh; bản nháp không tính',
    countsEn:
      'Plans of a province-level body that cascade from no other plan of the province; drafts do not count',
    breakdowns: ['period'],
  },
  {
    id: 'national.provincesWithReportSent',
    nameVi: 'Số tỉnh đã gửi báo cáo tổng hợp của năm',
    nameEn: 'Provinces that sent their consolidated report for the year',
    unit: 'count',
    formulaVi: 'Số tỉnh đang dùng hệ thống đã gửi báo cáo tổng hợp của năm lên Cục Dân số',
    formulaEn: 'Enabled provinces that sent the consolidated report of the year to Cục Dân số',
    countsVi: 'Báo cáo tổng hợp trên kế hoạch cấp tỉnh đã ban hành, đã bấm "Gửi Cục Dân số"',
    countsEn: 'Consolidated reports on an issued province-level plan marked "Send to Cục Dân số"',
    breakdowns: ['period'],
  },
];

export function nationalCounts(rows: NationalProvinceRow[]): NationalOverviewDto['figures'] {
  return {
    provinces: rows.length,
    withIssuedPlan: rows.filter((r) => r.issuedPlan).length,
    withReportSent: rows.filter((r) => r.reportSentAt).length,
  };
}
