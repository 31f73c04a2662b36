// What the English walk (test/e2e/english-walk.e2e.test.ts) counts as a page's own words and as
// data. Data is whatever the database stores — names of units, organisations and people, plan
// titles, document quotes —, read from every text and JSON column rather than listed by hand, so
// that a label never passes for data by being in a list.

/** Letters only Vietnamese writes: đ, and vowels with a tone mark, breve, circumflex or horn. */
export function hasVietnamese(text: string): boolean {
  return /[đĐ]|[\u0300-\u0309\u031B\u0323]/.test(text.normalize('NFD'));
}

/** Proper names the pages may show in any language. */
const NAMES = ['Cân Bằng'];

/** The paths of `<Route path="…">` in the router, without the catch-all. */
export function appRoutes(source: string): string[] {
  return [...source.matchAll(/<Route\s+path="([^"]+)"/g)].map((m) => m[1]!).filter((p) => p !== '*');
}

const SKIPPED_TABLES = ['audit_log', 'audit_chain', 'sessions', 'app_meta', '__drizzle_migrations'];

/**
 * Every stored string with Vietnamese letters, longest first (so that a name is taken out before a
 * shorter one inside it): names, titles, and units typed in plans ("bản", "lớp").
 */
export async function dataStrings(rows: (query: string) => Promise<string[]>): Promise<string[]> {
  const columns = await rows(
    `select table_name || '.' || column_name || '.' || data_type from information_schema.columns
       where table_schema = 'public' and data_type in ('text', 'character varying', 'jsonb')
         and table_name not in (${SKIPPED_TABLES.map((t) => `'${t}'`).join(', ')})`,
  );
  const found = new Set<string>(NAMES);
  for (const c of columns) {
    const [table, column, type] = c.split('.');
    const q =
      type === 'jsonb'
        ? `select distinct v #>> '{}' from "${table}", jsonb_path_query("${table}"."${column}", 'strict $.** ? (@.type() == "string")') v`
        : `select distinct "${column}" from "${table}" where "${column}" is not null`;
    for (const s of await rows(q)) {
      const t = s.normalize('NFC').trim();
      if (t.length >= 2 && hasVietnamese(t)) found.add(t);
    }
  }
  return [...found].sort((a, b) => b.length - a.length);
}

const verdicts = new Map<string, boolean>();
const words = new Map<string, RegExp>();
/** `d` as a whole word or words: "bản" is taken out of "15,000 bản", not out of "bảng". */
function wholeWords(d: string): RegExp {
  let r = words.get(d);
  if (!r) {
    r = new RegExp(`(?<![\\p{L}\\p{M}])${d.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}\\p{M}])`, 'gu');
    words.set(d, r);
  }
  return r;
}

/** True when `text` still has Vietnamese letters once every data string in it is taken out. */
export function vietnameseLeft(text: string, data: readonly string[]): boolean {
  const t = text.normalize('NFC');
  if (!hasVietnamese(t)) return false;
  const known = verdicts.get(t);
  if (known !== undefined) return known;
  let rest = t;
  for (const d of data) if (rest.includes(d)) rest = rest.replace(wholeWords(d), ' ');
  const left = hasVietnamese(rest);
  verdicts.set(t, left);
  return left;
}
