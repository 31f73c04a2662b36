import {
  AlignmentType,
  Document,
  Footer,
  Header,
  Packer,
  PageNumber,
  PageOrientation,
  Paragraph,
  type Table,
  TextRun,
} from 'docx';
import type { PlanActivity, PlanContent, PlanSectionKey, PlanTarget } from '../../shared/contracts/plans.ts';
import {
  amountInWords,
  citedDate,
  formatDateVi,
  formatOutput,
  formatVnd,
} from '../../shared/format/index.ts';
import { legalCitation } from '../../shared/format/legal-citation.ts';
import { sectionsOf } from '../../shared/plans/issuer-defaults.ts';
import { subjectWithPeriod } from '../../shared/plans/period.ts';
import { targetGoalText } from '../../shared/plans/target-text.ts';
import { activityBudget, budgetTotal } from '../modules/plans/plan-tree.ts';
import { headerBlock, numberLine } from './nd30/header-block.ts';
import {
  A4,
  body,
  bullet,
  centered,
  DIEM,
  FONT,
  heading,
  listEnd,
  MARGINS,
  pt,
  ROMAN,
  rule,
  run,
  TEXT_WIDTH,
  upper,
} from './nd30/layout.ts';
import { signatureBlock } from './nd30/signature-block.ts';
import { simpleTable } from './nd30/table.ts';
import { budgetAnnexTable } from './plan-budget-table.ts';

/** Names for the ids a plan refers to (organisations, units), looked up by the caller. */
export interface PlanNames {
  organisation(id: string): string | undefined;
  unit(id: number): string | undefined;
}

type Block = Paragraph | Table;

function legalBasisLine(b: PlanContent['legalBases'][number], last: boolean): string {
  return listEnd(`${b.verb} ${legalCitation(b)}`.replace(/ ,/g, ','), last);
}

export function targetSentence(t: PlanTarget): string {
  return `${t.indicator}: ${targetGoalText(t)}`;
}

function places(a: PlanActivity, names: PlanNames): string | null {
  if (!a.placeUnitIds.length) return null;
  if (a.placeUnitIds.length > 8) return `${a.placeUnitIds.length} xã, phường`;
  return a.placeUnitIds.map((id) => names.unit(id) ?? `#${id}`).join(', ');
}

function timeText(a: PlanActivity): string | null {
  if (a.timeText) return a.timeText;
  if (a.start && a.end) return `Từ ${formatDateVi(a.start)} đến ${formatDateVi(a.end)}`;
  return a.start ? `Từ ${formatDateVi(a.start)}` : null;
}

/**
 * A line of the body, kept as text until the whole body is known: the last one gets the end
 * mark "./." (Nghị định 30) rather than a line of its own.
 */
interface Line {
  text: string;
  /** keepNext: the last line goes with the signature block, never leaving it alone on a page. */
  render: (text: string, keepNext?: boolean) => Block;
}
const asLines = (blocks: Block[]): Line[] => blocks.map((b) => ({ text: '', render: () => b }));
const bodyLine = (text: string): Line => ({ text, render: (t, keepNext) => body(t, { keepNext }) });
const bulletLine = (text: string, level: 1 | 2 = 1): Line => ({
  text,
  render: (t, keepNext) => bullet(t, level, { keepNext }),
});

/** One activity: its numbered title, then what the plan says of it, as "- " lines. */
function activityLines(a: PlanActivity, number: string, depth: number, names: PlanNames): Line[] {
  const label = depth <= 2 ? `${number}.` : `${DIEM[Number(number.split('.').at(-1)) - 1] ?? '-'})`;
  const out: Line[] = asLines([heading(label, a.title)]);
  for (const c of a.content) out.push(bulletLine(c));
  if (a.forms.length) {
    out.push(...asLines([bullet('Hình thức thực hiện:', 1, { italic: true })]));
    for (const f of a.forms) out.push(bulletLine(f, 2));
  }
  if (a.audiences.length) out.push(bulletLine(`Đối tượng: ${a.audiences.join('; ')}`));
  const lead = a.leadOrganisationId ? names.organisation(a.leadOrganisationId) : a.leadName;
  const coordinating = [
    ...a.coordinatingOrganisationIds.map((id) => names.organisation(id) ?? ''),
    ...a.coordinatingNames,
  ].filter(Boolean);
  if (lead || coordinating.length) {
    out.push(
      bulletLine(
        lead
          ? `Đơn vị thực hiện: ${lead} chủ trì${coordinating.length ? `, phối hợp với ${coordinating.join(', ')}` : ''}.`
          : // A task without a lead (the plan assigns none) names only its partners.
            `Đơn vị phối hợp: ${coordinating.join(', ')}.`,
      ),
    );
  }
  const where = places(a, names);
  if (where) out.push(bulletLine(`Địa bàn: ${where}.`));
  const when = timeText(a);
  if (when) out.push(bulletLine(`Thời gian: ${when}.`));
  // One formatter for every document and page: the unit is written once, decimals kept (issue 13, 15).
  for (const o of a.outputs) out.push(bulletLine(`Kết quả dự kiến: ${formatOutput(o)}.`));
  const budget = activityBudget(a);
  if (budget > 0) out.push(bulletLine(`Kinh phí: ${formatVnd(budget)}.`));
  a.children.forEach((c, i) => {
    out.push(...activityLines(c, `${number}.${i + 1}`, depth + 1, names));
  });
  return out;
}

function responsibilityLines(r: PlanContent['responsibilities'][number], number: string): Line[] {
  const out: Line[] = asLines([heading(`${number}.`, r.heading)]);
  for (const t of r.tasks) out.push(bulletLine(t));
  r.children.forEach((c, i) => {
    out.push(...responsibilityLines(c, `${number}.${i + 1}`));
  });
  return out;
}

function fundingLines(c: PlanContent): Line[] {
  const out: Line[] = [];
  const f = c.funding;
  if (f.text) out.push(bodyLine(f.text));
  const priced = f.sources.filter((s) => s.amount != null);
  const total =
    f.total ?? (priced.length ? priced.reduce((s, x) => s + (x.amount ?? 0), 0) : budgetTotal(c) || null);
  // Every source is listed, with its amount when the plan states one; a source the text
  // already names is not repeated.
  const sources = f.sources.filter((s) => s.amount != null || !f.text?.includes(s.name));
  const sourceText = (s: (typeof sources)[number]) =>
    `${s.name}${s.amount != null ? `: ${formatVnd(s.amount)}` : ''}${s.legalBasis && s.amount == null ? ` (${s.legalBasis})` : ''}.`;
  if (total) {
    out.push(
      bodyLine(
        `Tổng kinh phí: ${formatVnd(total)} (${amountInWords(total)})${sources.length ? '. Trong đó:' : '.'}`,
      ),
    );
    for (const s of sources) out.push(bulletLine(sourceText(s), 2));
  } else {
    for (const s of sources) out.push(bulletLine(sourceText(s)));
  }
  if (out.length && c.annexes.some((a) => a.kind === 'budget'))
    out.push(bodyLine('(Biểu kinh phí chi tiết kèm theo).'));
  return out;
}

/** What each part of the body holds; an empty part prints no heading at all. */
function sectionLines(key: PlanSectionKey, c: PlanContent, names: PlanNames): Line[] {
  const out: Line[] = [];
  switch (key) {
    case 'review':
      for (const p of (c.review ?? '')
        .split(/\n+/)
        .map((x) => x.trim())
        .filter(Boolean))
        out.push(bodyLine(p));
      return out;
    case 'purposes': {
      let k = 1;
      if (c.purposes.length) {
        out.push(...asLines([heading(`${k++}.`, 'Mục đích')]));
        for (const p of c.purposes) out.push(bulletLine(p));
      }
      if (c.requirements.length) {
        out.push(...asLines([heading(`${k++}.`, 'Yêu cầu')]));
        for (const r of c.requirements) out.push(bulletLine(r));
      }
      return out;
    }
    case 'objectives': {
      let k = 1;
      if (c.generalObjective.length) {
        out.push(...asLines([heading(`${k++}.`, 'Mục tiêu chung')]));
        for (const g of c.generalObjective) out.push(bodyLine(g));
      }
      if (c.targets.length) {
        out.push(...asLines([heading(`${k++}.`, 'Mục tiêu cụ thể')]));
        for (const t of c.targets) out.push(bulletLine(`${targetSentence(t)}.`));
      }
      return out;
    }
    case 'activities':
      c.activities.forEach((a, i) => {
        out.push(...activityLines(a, String(i + 1), 1, names));
      });
      return out;
    case 'funding':
      return fundingLines(c);
    case 'responsibilities':
      c.responsibilities.forEach((r, i) => {
        out.push(...responsibilityLines(r, String(i + 1)));
      });
      return out;
    case 'reporting': {
      const r = c.reporting;
      if (!r || (!r.text && !r.toName && !r.deadline)) return out;
      const composed = `Các đơn vị tổng hợp báo cáo kết quả thực hiện về ${r.toName ?? ''}${r.deadline ? ` trước ngày ${formatDateVi(r.deadline)}` : ''}${r.throughName ? ` (qua ${r.throughName})` : ''} theo quy định.`;
      out.push(bodyLine(r.text ?? composed.replace(/ về {2}/, ' ')));
      return out;
    }
  }
}

/** The body: the plan's own headings, numbered I., II., … over the parts that have content. */
function bodyBlocks(c: PlanContent, names: PlanNames): Block[] {
  const lines: Line[] = [];
  let number = 0;
  for (const section of sectionsOf(c)) {
    const content = sectionLines(section.key, c, names);
    if (!content.length) continue;
    lines.push(...asLines([heading(`${ROMAN[number++]}.`, upper(section.title))]), ...content);
  }
  if (c.closing) lines.push(bodyLine(c.closing));
  // The end mark goes on the last line of text (an activity's last bullet when nothing follows).
  const last = lines.findLastIndex((l) => l.text);
  return lines.map((l, i) =>
    i === last ? l.render(`${l.text.replace(/[.;:,\s/]+$/, '')}./.`, true) : l.render(l.text),
  );
}

function annexBlocks(
  c: PlanContent,
  annex: PlanContent['annexes'][number],
  index: number,
  count: number,
  names: PlanNames,
): Block[] {
  const out: Block[] = [];
  // "Phụ lục" on its own line, numbered I, II … when there are several (Mẫu 2.1).
  // (The Tam Đường plan numbers its single budget annex "Phụ lục I": kept as written.)
  const numbered = count > 1 || annex.kind === 'budget';
  out.push(centered(numbered ? `Phụ lục ${ROMAN[index]}` : 'Phụ lục', { bold: true, after: 60 }));
  out.push(centered(upper(annex.title), { bold: true, after: 60 }));
  if (annex.subtitle) out.push(centered(annex.subtitle, { bold: annex.kind === 'list', after: 60 }));
  // The issuer in running text: its name as written ("Ban Chỉ đạo …"), not the header's capitals.
  const issuer = (c.issuerOrganisationId && names.organisation(c.issuerOrganisationId)) || c.issuerName;
  const ref = `(Kèm theo Kế hoạch ${numberLine(c).replace(/^Số:\s*/, 'số ')}${c.issuedDate ? ` ${citedDate(c.issuedDate)}` : ''} của ${issuer})`;
  out.push(centered(ref, { italic: true, after: 60 }));
  const width = annex.landscape ? A4.height - MARGINS.top - MARGINS.bottom : TEXT_WIDTH;
  out.push(rule(2500, width, 240));
  if (annex.kind === 'list') {
    annex.items.forEach((item, i) => {
      out.push(body(`${i + 1}. ${item}`));
    });
  } else if (annex.kind === 'table') {
    // Columns share the width evenly; a short row is padded so every row has every cell.
    const titles = annex.columns ?? [];
    const columns = titles.map((title) => ({ title, share: 100 / Math.max(1, titles.length) }));
    const rows = (annex.rows ?? []).map((r) => titles.map((_, i) => r[i] ?? ''));
    if (columns.length) out.push(simpleTable(columns, rows, width));
  } else {
    out.push(budgetAnnexTable(c, names, width));
    const total = budgetTotal(c);
    out.push(body([run(`Bằng chữ: ${amountInWords(total)}.`, { italic: true })], { indent: false }));
  }
  return out;
}

/** The page number, centred at the top from page 2 (Nghị định 30). */
export const pageNumberHeader = () =>
  new Header({
    children: [
      new Paragraph({
        alignment: AlignmentType.CENTER,
        children: [new TextRun({ children: [PageNumber.CURRENT], font: FONT, size: pt(13) })],
      }),
    ],
  });

/** The plan as a Nghị định 30 document (DOCX bytes). */
export async function planToDocx(c: PlanContent, names: PlanNames): Promise<Buffer> {
  const main: Block[] = [
    headerBlock({
      parentBodyName: c.parentBodyName,
      issuerName: c.issuerName,
      number: c.number,
      symbol: c.symbol,
      place: c.place,
      date: c.issuedDate,
    }),
    centered('', { after: 120 }),
    centered(upper(c.title || 'KẾ HOẠCH'), { bold: true, before: 240 }),
    centered(subjectWithPeriod(c.subject, c.period), { bold: true }),
    rule(2800, TEXT_WIDTH, 240),
    ...c.legalBases.map((b, i) => body(legalBasisLine(b, i === c.legalBases.length - 1), { italic: true })),
    ...(c.preamble ? [body(c.preamble)] : []),
    ...bodyBlocks(c, names),
    centered('', { after: 120, keepNext: true }),
    signatureBlock(c.recipients, c.archive, c.signature),
  ];
  const page = (landscape: boolean) => ({
    // docx swaps width and height itself for a landscape page: always give the portrait A4.
    size: {
      width: A4.width,
      height: A4.height,
      orientation: landscape ? PageOrientation.LANDSCAPE : PageOrientation.PORTRAIT,
    },
    margin: MARGINS,
  });
  const doc = new Document({
    creator: 'Cân Bằng',
    title: `${c.title} ${subjectWithPeriod(c.subject, c.period)}`,
    styles: { default: { document: { run: { font: FONT, size: pt(14) } } } },
    sections: [
      {
        // Page numbers from page 2: the first page's header is empty (titlePage).
        properties: { page: page(false), titlePage: true },
        headers: { default: pageNumberHeader(), first: new Header({ children: [] }) },
        footers: { default: new Footer({ children: [] }) },
        children: main,
      },
      // Each annex on its own pages, numbered from 1 (Phụ lục 2.1: separate numbering).
      ...c.annexes.map((annex, i) => ({
        properties: { page: { ...page(annex.landscape), pageNumbers: { start: 1 } }, titlePage: true },
        headers: { default: pageNumberHeader(), first: new Header({ children: [] }) },
        children: annexBlocks(c, annex, i, c.annexes.length, names),
      })),
    ],
  });
  return Packer.toBuffer(doc);
}
