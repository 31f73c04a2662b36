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
import type { PlanActivity, PlanContent, PlanTarget } from '../../shared/contracts/plans.ts';
import { formatDecimal, targetValueText } from '../../shared/format/decimal-vi.ts';
import {
  amountInWords,
  citedDate,
  formatDateVi,
  formatVnd,
} from '../../shared/format/index.ts';
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
import { budgetAnnexTable } from './plan-budget-table.ts';

/** Names for the ids a plan refers to (organisations, units), looked up by the caller. */
export interface PlanNames {
  organisation(id: string): string | undefined;
  unit(id: number): string | undefined;
}

type Block = Paragraph | Table;

function legalBasisLine(b: PlanContent['legalBases'][number], last: boolean): string {
  const parts = [
    b.verb,
    b.kind,
    b.number ? `số ${b.number}` : null,
    b.date ? citedDate(b.date) : null,
    b.issuer ? `của ${b.issuer}` : null,
    b.title,
  ]
    .filter(Boolean)
    .join(' ');
  return listEnd(parts.replace(/ ,/g, ','), last);
}

export function targetSentence(t: PlanTarget): string {
  return `${t.indicator}: ${targetValueText(t)}`;
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

/** One activity: its numbered title, then what the plan says of it, as "- " lines. */
function activityBlocks(a: PlanActivity, number: string, depth: number, names: PlanNames): Block[] {
  const label = depth <= 2 ? `${number}.` : `${DIEM[Number(number.split('.').at(-1)) - 1] ?? '-'})`;
  const out: Block[] = [heading(label, a.title)];
  for (const c of a.content) out.push(bullet(c));
  if (a.forms.length) {
    out.push(bullet('Hình thức thực hiện:', 1, { italic: true }));
    for (const f of a.forms) out.push(bullet(f, 2));
  }
  if (a.audiences.length) out.push(bullet(`Đối tượng: ${a.audiences.join('; ')}`));
  const lead = a.leadOrganisationId ? names.organisation(a.leadOrganisationId) : a.leadName;
  const coordinating = [
    ...a.coordinatingOrganisationIds.map((id) => names.organisation(id) ?? ''),
    ...a.coordinatingNames,
  ].filter(Boolean);
  if (lead || coordinating.length) {
    out.push(
      bullet(
        `Đơn vị thực hiện: ${lead ? `${lead} chủ trì` : ''}${coordinating.length ? `${lead ? ', ' : ''}phối hợp với ${coordinating.join(', ')}` : ''}.`,
      ),
    );
  }
  const where = places(a, names);
  if (where) out.push(bullet(`Địa bàn: ${where}.`));
  const when = timeText(a);
  if (when) out.push(bullet(`Thời gian: ${when}.`));
  for (const o of a.outputs)
    out.push(
      bullet(
        `Kết quả dự kiến: ${o.quantity != null ? `${formatDecimal(o.quantity)} ${o.unit ?? ''} ` : ''}${o.description}.`.replace(
          /\s+/g,
          ' ',
        ),
      ),
    );
  const budget = activityBudget(a);
  if (budget > 0) out.push(bullet(`Kinh phí: ${formatVnd(budget)}.`));
  a.children.forEach((c, i) => {
    out.push(...activityBlocks(c, `${number}.${i + 1}`, depth + 1, names));
  });
  return out;
}

function responsibilityBlocks(r: PlanContent['responsibilities'][number], number: string): Block[] {
  const out: Block[] = [heading(`${number}.`, r.heading)];
  for (const t of r.tasks) out.push(bullet(t));
  r.children.forEach((c, i) => {
    out.push(...responsibilityBlocks(c, `${number}.${i + 1}`));
  });
  return out;
}

/** The body: sections numbered I., II., … as far as the plan has them. */
function bodyBlocks(c: PlanContent, names: PlanNames): Block[] {
  const out: Block[] = [];
  let section = 0;
  const section_ = (title: string) => out.push(heading(`${ROMAN[section++]}.`, upper(title)));

  if (c.purposes.length || c.requirements.length) {
    section_('Mục đích, yêu cầu');
    let k = 1;
    if (c.purposes.length) {
      out.push(heading(`${k++}.`, 'Mục đích'));
      for (const p of c.purposes) out.push(bullet(p));
    }
    if (c.requirements.length) {
      out.push(heading(`${k++}.`, 'Yêu cầu'));
      for (const r of c.requirements) out.push(bullet(r));
    }
  }
  if (c.generalObjective.length || c.targets.length) {
    section_('Mục tiêu');
    let k = 1;
    if (c.generalObjective.length) {
      out.push(heading(`${k++}.`, 'Mục tiêu chung'));
      for (const g of c.generalObjective) out.push(body(g));
    }
    if (c.targets.length) {
      out.push(heading(`${k++}.`, 'Mục tiêu cụ thể'));
      for (const t of c.targets) out.push(bullet(`${targetSentence(t)}.`));
    }
  }
  if (c.activities.length) {
    section_('Nội dung các hoạt động');
    c.activities.forEach((a, i) => {
      out.push(...activityBlocks(a, String(i + 1), 1, names));
    });
  }
  section_('Kinh phí');
  if (c.funding.text) out.push(body(c.funding.text));
  const sources = c.funding.sources.filter((s) => s.amount != null);
  const total =
    c.funding.total ??
    (sources.length ? sources.reduce((s, x) => s + (x.amount ?? 0), 0) : budgetTotal(c) || null);
  if (total) {
    out.push(body(`Tổng kinh phí: ${formatVnd(total)} (${amountInWords(total)}). Trong đó:`));
    for (const s of sources) out.push(bullet(`${s.name}: ${formatVnd(s.amount!)}.`, 2));
  } else {
    for (const s of c.funding.sources)
      if (!c.funding.text) out.push(bullet(`${s.name}${s.legalBasis ? ` (${s.legalBasis})` : ''}.`));
  }
  if (c.annexes.some((a) => a.kind === 'budget')) out.push(body('(Biểu kinh phí chi tiết kèm theo).'));
  if (c.responsibilities.length) {
    section_('Tổ chức thực hiện');
    c.responsibilities.forEach((r, i) => {
      out.push(...responsibilityBlocks(r, String(i + 1)));
    });
  }
  if (c.reporting) {
    section_('Công tác báo cáo');
    const r = c.reporting;
    const composed = `Các đơn vị tổng hợp báo cáo kết quả thực hiện về ${r.toName ?? ''}${r.deadline ? ` trước ngày ${formatDateVi(r.deadline)}` : ''}${r.throughName ? ` (qua ${r.throughName})` : ''} theo quy định.`;
    out.push(body(r.text ?? composed));
  }
  if (c.closing) out.push(body(`${c.closing.replace(/[./]+$/, '')}./.`));
  else out.push(body('./.'));
  return out;
}

function annexBlocks(
  c: PlanContent,
  annex: PlanContent['annexes'][number],
  index: number,
  count: number,
  names: PlanNames,
): Block[] {
  const out: Block[] = [];
  if (count > 1 || annex.kind === 'budget')
    out.push(centered(`Phụ lục ${ROMAN[index]}`, { bold: true, after: 60 }));
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
    centered(c.subject, { bold: true }),
    rule(2800, TEXT_WIDTH, 240),
    ...c.legalBases.map((b, i) => body(legalBasisLine(b, i === c.legalBases.length - 1), { italic: true })),
    ...(c.preamble ? [body(c.preamble)] : []),
    ...bodyBlocks(c, names),
    centered('', { after: 120 }),
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
    title: `${c.title} ${c.subject}`,
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
