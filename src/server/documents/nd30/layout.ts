import { AlignmentType, BorderStyle, Paragraph, type ParagraphChild, TextRun } from 'docx';

// Nghị định 30/2020, Phụ lục I, as numbers (see ../shared/data/nd30/nd30-format-spec.json):
// A4, margins 25/20/35/20 mm as in the decree's own sample, Times New Roman, body 14 pt.

export const A4 = { width: 11906, height: 16838 };
export const MARGINS = { top: 1418, bottom: 1134, left: 1985, right: 1134 };
export const TEXT_WIDTH = A4.width - MARGINS.left - MARGINS.right; // 8787 twips
export const FONT = 'Times New Roman';
/** docx sizes are half-points. */
export const pt = (n: number) => n * 2;
export const BODY = pt(14);
const FIRST_LINE = 567; // 1 cm
const AFTER = 120; // 6 pt

export interface RunStyle {
  bold?: boolean;
  italic?: boolean;
  size?: number;
}

export const run = (text: string, s: RunStyle = {}) =>
  new TextRun({ text, bold: s.bold, italics: s.italic, size: s.size ?? BODY, font: FONT });

/** A body paragraph: justified, first line indented, 6 pt after. */
/** keepNext: stay on the page of what follows (the last line of a body with its signature). */
export function body(
  children: string | ParagraphChild[],
  s: RunStyle & { indent?: boolean; keepNext?: boolean } = {},
): Paragraph {
  return new Paragraph({
    keepNext: s.keepNext,
    alignment: AlignmentType.JUSTIFIED,
    indent: s.indent === false ? undefined : { firstLine: FIRST_LINE },
    spacing: { after: AFTER, line: 276 },
    children: typeof children === 'string' ? [run(children, s)] : children,
  });
}

export function centered(
  text: string,
  s: RunStyle & { after?: number; before?: number; keepNext?: boolean } = {},
): Paragraph {
  return new Paragraph({
    keepNext: s.keepNext,
    alignment: AlignmentType.CENTER,
    spacing: { after: s.after ?? 0, before: s.before ?? 0 },
    children: [run(text, s)],
  });
}

/** A short centred rule under a heading: `width` twips long inside a column of `column` twips. */
export function rule(width: number, column: number, after = 120): Paragraph {
  const side = Math.max(0, Math.round((column - width) / 2));
  return new Paragraph({
    indent: { left: side, right: side },
    spacing: { after, line: 120 },
    border: { bottom: { style: BorderStyle.SINGLE, size: 6, color: '000000', space: 1 } },
    children: [],
  });
}

/** "I. MỤC ĐÍCH, YÊU CẦU", "1. Mục đích", "1.1. …": numbered headings in bold. */
export function heading(number: string, title: string): Paragraph {
  return body([run(`${number} ${title}`, { bold: true })]);
}

/** "- item" (level 1) or "+ item" (level 2), as the decree's practice bullets below điểm. */
export function bullet(text: string, level: 1 | 2 = 1, s: RunStyle & { keepNext?: boolean } = {}): Paragraph {
  return body([run(`${level === 1 ? '-' : '+'} ${text}`, s)], { keepNext: s.keepNext });
}

/** Vietnamese điểm letters: a, b, c, d, đ, e, g, h, i, k, l, m, n, o, p, q, r, s, t, u, v, x, y. */
export const DIEM = 'a b c d đ e g h i k l m n o p q r s t u v x y'.split(' ');

export const ROMAN = ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X', 'XI', 'XII'];

/** Uppercase as the decree prints agency names ("SỞ Y TẾ"), keeping Vietnamese letters. */
export const upper = (s: string) => s.toLocaleUpperCase('vi');

/** Ends a list item with ';' — or '.' for the last — unless it already ends with punctuation. */
export function listEnd(text: string, last: boolean): string {
  const t = text.trim().replace(/[;.,]$/, '');
  return `${t}${last ? '.' : ';'}`;
}
