// Dates as Nghị định 30/2020 writes them in documents: "Sơn La, ngày 05 tháng 3 năm 2026".
// Phụ lục I (see nd30-format-spec.json, dia_danh_thoi_gian): days below 10 and the months 1 and
// 2 take a leading zero; months 3–12 do not.

import { parseDateVi, todayInVietnam } from './dates.ts';

function parts(date: string) {
  const iso = parseDateVi(date);
  // A document must not print "ngày NaN": refuse what is not a real day, loudly.
  if (!iso) throw new RangeError(`Ngày không hợp lệ: ${date}`);
  const [y, m, d] = iso.split('-').map(Number);
  return { y, m, d };
}

/** '2026-03-08' → 'ngày 08 tháng 3 năm 2026'; '2026-01-05' → 'ngày 05 tháng 01 năm 2026'. */
export function nd30DateLong(isoDate: string): string {
  const { y, m, d } = parts(isoDate);
  const day = String(d).padStart(2, '0');
  const month = m <= 2 ? String(m).padStart(2, '0') : String(m);
  return `ngày ${day} tháng ${month} năm ${y}`;
}

/**
 * The place-and-date line: 'Sơn La, ngày 05 tháng 3 năm 2026'. Without a date (a document not
 * issued yet) the day and month are left blank to be written by hand, in Vietnam's current year.
 */
export function nd30PlaceDate(place: string, isoDate: string | null | undefined, now?: Date): string {
  return isoDate
    ? `${place}, ${nd30DateLong(isoDate)}`
    : `${place}, ngày      tháng      năm ${todayInVietnam(now).slice(0, 4)}`;
}

/** The short form used when citing a document: "ngày 28/4/2020". */
export function citedDate(isoDate: string): string {
  const { y, m, d } = parts(isoDate);
  return `ngày ${d}/${m}/${y}`;
}
