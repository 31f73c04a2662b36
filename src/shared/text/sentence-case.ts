// A title quoted inside a sentence keeps only its proper nouns capitalised: "Kết quả thực hiện
// kế hoạch triển khai…", not "… Kế hoạch Triển khai…" (Nghị định 30 writes common nouns in lower
// case). Only the first word is lowered; a name that starts the title stays as written.

/** Words that begin the names of bodies, places and documents: capitalised wherever they stand. */
const NAME_STARTS = new Set(
  [
    'Ủy',
    'Uỷ',
    'Sở',
    'Bộ',
    'Cục',
    'Chi',
    'Trung',
    'Trạm',
    'Hội',
    'Ban',
    'Phòng',
    'Bệnh',
    'Tỉnh',
    'Thành',
    'Huyện',
    'Xã',
    'Phường',
    'Nghị',
    'Luật',
    'Thông',
    'Chỉ',
    'Quyết',
    'Việt',
  ].map((w) => w.normalize('NFC')),
);

const isUpper = (w: string) => w !== w.toLocaleLowerCase('vi') && w === w.toLocaleUpperCase('vi');
const startsUpper = (w: string) => !!w && w[0] !== w[0].toLocaleLowerCase('vi');

/**
 * Lowers the first letter of a title quoted mid-sentence, unless the title starts with a proper
 * noun: an acronym ("UBND"), two capitalised words ("Sơn La …") or the name of a body or place.
 */
export function midSentence(title: string): string {
  const t = title.trim().normalize('NFC');
  const [first = '', second = ''] = t.split(/\s+/);
  if (!startsUpper(first) || isUpper(first) || NAME_STARTS.has(first) || startsUpper(second)) return t;
  return first[0].toLocaleLowerCase('vi') + t.slice(1);
}
