// Dates as Vietnamese officials write them, in Asia/Ho_Chi_Minh time (UTC+7, no daylight saving:
// computed by offset, so no time-zone database is needed in the browser or the server).

const VN_OFFSET_MS = 7 * 60 * 60 * 1000;
const pad = (n: number) => String(n).padStart(2, '0');

function vnParts(d: Date) {
  const v = new Date(d.getTime() + VN_OFFSET_MS);
  return {
    y: v.getUTCFullYear(),
    m: v.getUTCMonth() + 1,
    d: v.getUTCDate(),
    h: v.getUTCHours(),
    min: v.getUTCMinutes(),
  };
}

/** Today's date in Vietnam as YYYY-MM-DD. */
export function todayInVietnam(now: Date = new Date()): string {
  const p = vnParts(now);
  return `${p.y}-${pad(p.m)}-${pad(p.d)}`;
}

/** dd/mm/yyyy; an ISO day is taken as is, an instant is shown in Vietnam time. */
export function formatDateVi(d: string | Date | null | undefined): string {
  if (d == null || d === '') return '';
  if (typeof d === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(d)) {
    const [y, m, day] = d.split('-');
    return `${day}/${m}/${y}`;
  }
  const p = vnParts(typeof d === 'string' ? new Date(d) : d);
  return `${pad(p.d)}/${pad(p.m)}/${p.y}`;
}

/** dd/mm/yyyy HH:mm in Vietnam time. */
export function formatDateTimeVi(d: string | Date | null | undefined): string {
  if (d == null || d === '') return '';
  const p = vnParts(typeof d === 'string' ? new Date(d) : d);
  return `${pad(p.d)}/${pad(p.m)}/${p.y} ${pad(p.h)}:${pad(p.min)}`;
}

/** Accepts dd/mm/yyyy (also d/m/yyyy, with - or .) and YYYY-MM-DD; null unless a real calendar day. */
export function parseDateVi(s: string): string | null {
  const t = s.trim();
  let y: number;
  let m: number;
  let d: number;
  let match = t.match(/^(\d{4})-(\d{1,2})-(\d{1,2})$/);
  if (match) [y, m, d] = [Number(match[1]), Number(match[2]), Number(match[3])];
  else {
    match = t.match(/^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/);
    if (!match) return null;
    [d, m, y] = [Number(match[1]), Number(match[2]), Number(match[3])];
  }
  const date = new Date(Date.UTC(y, m - 1, d));
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d) return null;
  return `${y}-${pad(m)}-${pad(d)}`;
}
