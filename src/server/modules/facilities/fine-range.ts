import { formatVnd, formatVndEn } from '../../../shared/format/index.ts';

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
  lang: 'vi' | 'en' = 'vi',
): string[] {
  if (amount == null || !p) return [];
  const { min, max } = fineRange(p, offender);
  const vi = lang === 'vi';
  const money = vi ? formatVnd : formatVndEn;
  const who = vi
    ? offender === 'organisation'
      ? 'tổ chức (gấp đôi mức cá nhân)'
      : 'cá nhân'
    : offender === 'organisation'
      ? 'an organisation (twice the individual amount)'
      : 'an individual';
  const out: string[] = [];
  if (min != null && amount < min)
    out.push(
      vi
        ? `Mức phạt ${money(amount)} thấp hơn mức tối thiểu ${money(min)} của ${p.code} đối với ${who}.`
        : `The fine of ${money(amount)} is below the minimum of ${money(min)} in ${p.code} for ${who}.`,
    );
  if (max != null && amount > max)
    out.push(
      vi
        ? `Mức phạt ${money(amount)} cao hơn mức tối đa ${money(max)} của ${p.code} đối với ${who}.`
        : `The fine of ${money(amount)} is above the maximum of ${money(max)} in ${p.code} for ${who}.`,
    );
  if (out.length && !p.verified)
    out.push(
      vi
        ? `Khung phạt của ${p.code} chưa được kiểm chứng với văn bản gốc; hãy đối chiếu trước khi ra quyết định.`
        : `The fine range of ${p.code} is not yet checked against the original text; check it before deciding.`,
    );
  return out;
}
