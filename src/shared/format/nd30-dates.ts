// Dates as Nghị định 30/2020 writes them in documents: "Sơn La, ngày 05 tháng 3 năm 2026".
// Days below 10 and the months 1 and 2 take a leading zero; months 3–12 do not.

function parts(isoDate: string) {
  const [y, m, d] = isoDate.split('-').map(Number);
  return { y, m, d };
}

export function nd30DateLong(isoDate: string): string {
  const { y, m, d } = parts(isoDate);
  const day = String(d).padStart(2, '0');
  const month = m <= 2 ? String(m).padStart(2, '0') : String(m);
  return `ngày ${day} tháng ${month} năm ${y}`;
}

export function nd30PlaceDate(place: string, isoDate: string | null | undefined): string {
  return isoDate
    ? `${place}, ${nd30DateLong(isoDate)}`
    : `${place}, ngày      tháng      năm ${new Date().getFullYear()}`;
}

/** The short form used when citing a document: "ngày 28/4/2020". */
export function citedDate(isoDate: string): string {
  const { y, m, d } = parts(isoDate);
  return `ngày ${d}/${m}/${y}`;
}
