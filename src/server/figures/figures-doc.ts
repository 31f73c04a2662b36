import { FIGURES } from './catalogue.ts';

// docs/FIGURES.md is this text: `npm run figures:doc` writes it, and a test fails while the file
// differs from the catalogue, so the README's list can never drift from the code.

const BREAKDOWNS_VI: Record<string, string> = {
  plan: 'kế hoạch',
  activity: 'hoạt động',
  adminUnit: 'địa bàn',
  period: 'thời gian',
  fundingSource: 'nguồn kinh phí',
  unitOfMeasure: 'đơn vị tính',
};

export function figuresMarkdown(): string {
  const lines = [
    '# Danh mục số liệu (figures layer)',
    '',
    '<!-- Generated from src/server/figures/catalogue.ts by `npm run figures:doc`; do not edit by hand. -->',
    '',
    'Mỗi số liệu hiển thị trên trang, bảng điều hành và văn bản được định nghĩa một lần trong `src/server/figures/`. Một dòng mỗi số liệu: mã — tên — cách tính (phân tổ). Each figure shown on a page, the dashboard or a document is defined once; the API lists them at `GET /api/figures/definitions`.',
    '',
    ...FIGURES.map(
      (f) =>
        `- \`${f.id}\` — **${f.nameVi}** (${f.nameEn}): ${f.formulaVi}. _Phân tổ: ${f.breakdowns
          .map((b) => BREAKDOWNS_VI[b])
          .join(', ')}._`,
    ),
    '',
  ];
  return lines.join('\n');
}
