import { formatVnd } from '../../../shared/format/index.ts';

// NĐ 117/2020 gives fines for individuals; the decree's general rule doubles them for
// organisations (Điều 4; unverified, see LEGAL-NOTES.md). A fine outside the range is allowed
// (the decision is the authority's) but warned about.

export interface FineProvision {
  code: string;
  fineMin: number | null;
  fineMax: number | null;
  verified: boolean;
}

export function fineRange(p: FineProvision, offender: 'individual' | 'organisation') {
  const factor = offender === 'organisation' ? 2 : 1;
  return {
    min: p.fineMin == null ? null : p.fineMin * factor,
    max: p.fineMax == null ? null : p.fineMax * factor,
  };
}

export function fineWarnings(
  p: FineProvision | null,
  offender: 'individual' | 'organisation',
  amount: number | null | undefined,
): string[] {
  if (amount == null || !p) return [];
  const { min, max } = fineRange(p, offender);
  const who = offender === 'organisation' ? 'tổ chức (gấp đôi mức cá nhân)' : 'cá nhân';
  const out: string[] = [];
  if (min != null && amount < min)
    out.push(
      `Mức phạt ${formatVnd(amount)} thấp hơn mức tối thiểu ${formatVnd(min)} của ${p.code} đối với ${who}.`,
    );
  if (max != null && amount > max)
    out.push(
      `Mức phạt ${formatVnd(amount)} cao hơn mức tối đa ${formatVnd(max)} của ${p.code} đối với ${who}.`,
    );
  if (out.length && !p.verified)
    out.push(
      `Khung phạt của ${p.code} chưa được kiểm chứng với văn bản gốc; hãy đối chiếu trước khi ra quyết định.`,
    );
  return out;
}
