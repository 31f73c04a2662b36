import { foldVietnamese } from '../text/fold.ts';
import { formatDecimal } from './decimal-vi.ts';

// A planned or recorded output is a quantity in a unit of measure with a description
// ("900" "lượt" "Lượt phát tin, bài trên loa"). Written out it says each word once: documents,
// workbooks and pages all go through `formatOutput`, and quantities are only compared or added
// when `sameUnit` says their units are the same.

export interface OutputLike {
  description: string;
  quantity?: number | null;
  unit?: string | null;
}

/** The comparable form of a unit of measure: "Lượt", "lượt " and "luot" are one unit. */
export const unitKey = (unit: string | null | undefined) => foldVietnamese(unit ?? '');

export const sameUnit = (a: string | null | undefined, b: string | null | undefined) =>
  unitKey(a) === unitKey(b);

/** Classifiers that only count things: "75 cái Pa nô" reads "75 pa nô". */
const BARE_CLASSIFIERS = new Set(['cai', 'chiec']);

/** Lower-cases the first letter unless the first word is an acronym ("THPT"). */
function inSentence(s: string): string {
  const first = s.split(/\s/, 1)[0] ?? '';
  if (first.length > 1 && first === first.toUpperCase() && first !== first.toLowerCase()) return s;
  return s.charAt(0).toLocaleLowerCase('vi') + s.slice(1);
}

/**
 * "900 lượt phát tin, bài trên loa", "75 pa nô, áp phích", "15.000 bản tờ rơi, sách mỏng": the
 * unit is written once — dropped when the description already starts with it or when it is a bare
 * classifier ("cái").
 */
export function formatOutput(o: OutputLike): string {
  const description = o.description.replace(/\s+/g, ' ').trim();
  if (o.quantity == null) return description;
  const n = formatDecimal(o.quantity);
  const unit = (o.unit ?? '').trim();
  const key = unitKey(unit);
  const folded = foldVietnamese(description);
  if (!key || BARE_CLASSIFIERS.has(key) || folded === key || folded.startsWith(`${key} `))
    return `${n} ${inSentence(description)}`;
  return `${n} ${unit} ${inSentence(description)}`;
}
