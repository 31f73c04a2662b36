// Dates as Vietnamese officials write them, in Asia/Ho_Chi_Minh time (UTC+7, no daylight saving:
// computed by offset, so no time-zone database is needed in the browser or the server).

const VN_OFFSET_MS = 7 * 60 * 60 * 1000;
const pad = (n: number) => String(n).padStart(2, '0');

type DateInput = string | Date | null | undefined;

/** Calendar fields of an instant as a clock in Vietnam shows them; null for an invalid date. */
function vnParts(d: Date) {
  const t = d.getTime();
  if (Number.isNaN(t)) return null;
  const v = new Date(t + VN_OFFSET_MS);
  return {
    y: v.getUTCFullYear(),
    m: v.getUTCMonth() + 1,
    d: v.getUTCDate(),
    h: v.getUTCHours(),
    min: v.getUTCMinutes(),
  };
}

/** The year, month and day if they name a real calendar day (31/02 does not). */
function realDay(y: number, m: number, d: number): boolean {
  // Date.UTC maps years 0–99 to 1900–1999, which the year check then rejects.
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

const ISO_DAY = /^(\d{4})-(\d{1,2})-(\d{1,2})$/;
// Day first, one separator used throughout (the \2 back-reference): 5/3/2026, 05-03-2026, 05.03.2026.
const VN_DAY = /^(\d{1,2})([/.-])(\d{1,2})\2(\d{4})$/;

/** Today's date in Vietnam as YYYY-MM-DD. */
export function todayInVietnam(now: Date = new Date()): string {
  const p = vnParts(now);
  if (!p) throw new RangeError('Ngày không hợp lệ');
  return `${p.y}-${pad(p.m)}-${pad(p.d)}`;
}

/**
 * dd/mm/yyyy. An ISO day ('2026-03-08') is a calendar day and is never shifted; an instant (a
 * Date or a timestamp string) is shown as the day it was in Vietnam. '' for nothing or nonsense.
 */
export function formatDateVi(d: DateInput): string {
  if (d == null || d === '') return '';
  if (typeof d === 'string') {
    const iso = parseIsoDay(d.trim());
    if (iso) return `${iso.slice(8, 10)}/${iso.slice(5, 7)}/${iso.slice(0, 4)}`;
  }
  const p = vnParts(typeof d === 'string' ? new Date(d) : d);
  return p ? `${pad(p.d)}/${pad(p.m)}/${p.y}` : '';
}

/** dd/mm/yyyy HH:mm in Vietnam time; '' for nothing or nonsense. */
export function formatDateTimeVi(d: DateInput): string {
  if (d == null || d === '') return '';
  const p = vnParts(typeof d === 'string' ? new Date(d) : d);
  return p ? `${pad(p.d)}/${pad(p.m)}/${p.y} ${pad(p.h)}:${pad(p.min)}` : '';
}

function parseIsoDay(t: string): string | null {
  const match = t.match(ISO_DAY);
  if (!match) return null;
  const [y, m, d] = [Number(match[1]), Number(match[2]), Number(match[3])];
  return realDay(y, m, d) ? `${y}-${pad(m)}-${pad(d)}` : null;
}

/**
 * Accepts dd/mm/yyyy (also d/m/yyyy, with '-' or '.' instead of '/') and YYYY-MM-DD; returns
 * YYYY-MM-DD, or null unless it is a real calendar day.
 */
export function parseDateVi(s: string): string | null {
  const t = s.trim();
  if (ISO_DAY.test(t)) return parseIsoDay(t);
  const match = t.match(VN_DAY);
  if (!match) return null;
  const [d, m, y] = [Number(match[1]), Number(match[3]), Number(match[4])];
  return realDay(y, m, d) ? `${y}-${pad(m)}-${pad(d)}` : null;
}

const EN_MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** dd/mm/yyyy[ HH:mm] → '5 Mar 2026[, 14:05]': day first, so 05/03 is never read as May 3rd. */
function english(vi: string): string {
  const m = vi.match(/^(\d{2})\/(\d{2})\/(\d{4})(?: (\d{2}:\d{2}))?$/);
  if (!m) return vi;
  return `${Number(m[1])} ${EN_MONTHS[Number(m[2]) - 1]} ${m[3]}${m[4] ? `, ${m[4]}` : ''}`;
}

/** The day of formatDateVi in English: '5 Mar 2026'; '' for nothing or nonsense. */
export const formatDateEn = (d: DateInput): string => english(formatDateVi(d));

/** The moment of formatDateTimeVi in English: '5 Mar 2026, 14:05'. */
export const formatDateTimeEn = (d: DateInput): string => english(formatDateTimeVi(d));
