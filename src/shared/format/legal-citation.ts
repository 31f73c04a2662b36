import type { LegalBasis } from '../contracts/plans.ts';
import { citedDate } from './nd30-dates.ts';

// How a plan cites the documents it rests on, as provinces write it:
//   Căn cứ Luật Bình đẳng giới số 73/2006/QH11 ngày 29/11/2006;
//   Căn cứ Kế hoạch số 246/KH-SYT ngày 05/3/2026 của Sở Y tế tỉnh Sơn La về việc triển khai …;
// a law by its name first (its issuer, the National Assembly, goes without saying); any other
// document by kind, number, date, issuer, then "về việc" and its subject in sentence case.

/** Kinds cited by name ("Luật Bình đẳng giới"), never "của Quốc hội". */
const NAMED_KINDS = /^(Luật|Bộ luật|Pháp lệnh|Hiến pháp)$/i;

const isUpper = (s: string) => s === s.toLocaleUpperCase('vi') && /\p{Lu}/u.test(s);

/**
 * A subject in sentence case: an all-capitals title is lowered; otherwise only the first word,
 * unless it is an abbreviation or a proper name ("KHHGĐ", "Đề án" stays as typed after it).
 */
export function sentenceCase(text: string): string {
  const t = text.trim();
  if (isUpper(t)) return t.toLocaleLowerCase('vi');
  const [first, ...rest] = t.split(' ');
  if (first.length > 1 && isUpper(first)) return t; // an abbreviation
  return [first.toLocaleLowerCase('vi'), ...rest].join(' ');
}

/** An issuer in running text: header capitals ("SỞ Y TẾ") are no way to write it mid-sentence. */
function issuerInText(issuer: string): string {
  if (!isUpper(issuer)) return issuer;
  const lower = issuer.toLocaleLowerCase('vi');
  return lower.charAt(0).toLocaleUpperCase('vi') + lower.slice(1);
}

/** "về việc triển khai …" from a title, keeping "về …" a title already starts with. */
function aboutClause(kind: string, title: string): string {
  // "Kế hoạch thực hiện …" cited as a Kế hoạch: the kind is not repeated.
  const withoutKind = title.trim().replace(new RegExp(`^${kind}\\s+`, 'iu'), '');
  const subject = sentenceCase(withoutKind);
  return /^(về|v\/v)\s/iu.test(subject) ? subject.replace(/^v\/v\s/i, 'về việc ') : `về việc ${subject}`;
}

/** The citation without its verb and final punctuation. */
export function legalCitation(b: Omit<LegalBasis, 'verb' | 'planId'>): string {
  const named = NAMED_KINDS.test(b.kind.trim());
  const parts = named
    ? [
        b.kind,
        b.title ? b.title.replace(new RegExp(`^${b.kind}\\s+`, 'iu'), '') : null,
        b.number ? `số ${b.number}` : null,
        b.date ? citedDate(b.date) : null,
      ]
    : [
        b.kind,
        b.number ? `số ${b.number}` : null,
        b.date ? citedDate(b.date) : null,
        b.issuer ? `của ${issuerInText(b.issuer)}` : null,
        b.title ? aboutClause(b.kind, b.title) : null,
      ];
  return parts.filter(Boolean).join(' ');
}
