import { inArray } from 'drizzle-orm';
import type { PlanContent } from '../../../shared/contracts/plans.ts';
import { todayInVietnam } from '../../../shared/format/index.ts';
import { periodText } from '../../../shared/plans/period.ts';
import { foldVietnamese } from '../../../shared/text/index.ts';
import type { Principal } from '../../access/principal.ts';
import type { Db } from '../../db/client.ts';
import { adminUnits, organisations } from '../../db/schema/index.ts';
import { docxToPdf } from '../../documents/pdf.ts';
import { type PlanNames, planToDocx } from '../../documents/plan-docx.ts';
import { planToXlsx } from '../../documents/plan-xlsx.ts';
import { activityFigures } from '../../figures/outputs.ts';
import { numberActivities } from './plan-tree.ts';
import { getPlan } from './plans.service.ts';

export const EXPORT_FORMATS = ['docx', 'pdf', 'xlsx'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

const CONTENT_TYPES: Record<ExportFormat, string> = {
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  pdf: 'application/pdf',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
};

/** The names of every organisation and unit the plan mentions, fetched in two queries. */
export async function planNames(db: Db, c: PlanContent): Promise<PlanNames> {
  const orgIds = new Set<string>();
  const unitIds = new Set<number>();
  if (c.issuerOrganisationId) orgIds.add(c.issuerOrganisationId);
  for (const n of numberActivities(c.activities)) {
    if (n.activity.leadOrganisationId) orgIds.add(n.activity.leadOrganisationId);
    for (const id of n.activity.coordinatingOrganisationIds) orgIds.add(id);
    for (const id of n.activity.placeUnitIds) unitIds.add(id);
  }
  const orgs = orgIds.size
    ? await db
        .select({ id: organisations.id, name: organisations.name })
        .from(organisations)
        .where(inArray(organisations.id, [...orgIds]))
    : [];
  const units = unitIds.size
    ? await db
        .select({ id: adminUnits.id, name: adminUnits.name })
        .from(adminUnits)
        .where(inArray(adminUnits.id, [...unitIds]))
    : [];
  const orgMap = new Map(orgs.map((o) => [o.id, o.name]));
  const unitMap = new Map(units.map((u) => [u.id, u.name]));
  return { organisation: (id) => orgMap.get(id), unit: (id) => unitMap.get(id) };
}

/** "ke-hoach-246-KH-SYT-2026.docx": ASCII, so every browser and mail client keeps it. */
export function exportFileName(c: PlanContent, format: ExportFormat): string {
  const base = foldVietnamese(`ke hoach ${c.number ?? 'du thao'} ${c.symbol ?? ''} ${periodText(c.period)}`)
    .replace(/[^a-z0-9]+/gi, '-')
    .replace(/^-|-$/g, '');
  return `${base}.${format}`;
}

export async function exportPlan(db: Db, p: Principal, id: string, format: ExportFormat) {
  const found = await getPlan(db, p, id);
  // The issuer in running text (annex references) is the plan's organisation as the directory
  // names it, also for plans that never picked their issuer there.
  const plan = {
    ...found,
    content: {
      ...found.content,
      issuerOrganisationId: found.content.issuerOrganisationId ?? found.organisationId,
    },
  };
  const names = await planNames(db, plan.content);
  let data: Buffer;
  if (format === 'xlsx') {
    // What was done, for an issued plan: the figures layer's lines, as the progress page shows them.
    const figures =
      plan.status === 'issued'
        ? await activityFigures(db, p, { ...plan, provinceCode: plan.provinceCode }, todayInVietnam())
        : null;
    data = await planToXlsx(plan.content, names, figures);
  } else {
    data = await planToDocx(plan.content, names);
    if (format === 'pdf') data = await docxToPdf(data);
  }
  return { data, fileName: exportFileName(plan.content, format), contentType: CONTENT_TYPES[format] };
}
