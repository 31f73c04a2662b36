import { sql } from 'drizzle-orm';
import type { PlanContent } from '../../../shared/contracts/plans.ts';
import type { Db } from '../../db/client.ts';
import { rows } from '../../db/tx.ts';
import type { PlanRow } from '../plans/plans.service.ts';

// "Kính gửi" of the report on a plan: the recipient the plan's reporting duty names, or the
// issuer's superior body — never the issuer itself (the Sở Y tế does not report to the Sở Y tế).
// A province's population office reports on its own plans up the professional line, to the Cục
// Dân số; any other body to the body it belongs to (Sở Y tế → Ủy ban nhân dân tỉnh).

const fold = (s: string) => s.normalize('NFC').toLocaleLowerCase('vi').replace(/\s+/g, ' ').trim();

export async function reportRecipient(db: Db, plan: PlanRow): Promise<string> {
  const c = plan.content as PlanContent;
  const [issuer] = await rows<{ name: string; kind: string; parent: string | null; unit: string }>(
    db,
    sql`select o.name, o.kind, p.name as parent, u.name as unit
          from organisations o join admin_units u on u.id = o.admin_unit_id
          left join organisations p on p.id = o.parent_id
         where o.id = ${plan.organisationId}`,
  );
  const issuerNames = [issuer?.name, c.issuerName].filter(Boolean).map((n) => fold(n!));
  // "Sở Y tế" names the issuer "Sở Y tế tỉnh Sơn La" as surely as its full name does.
  const isIssuer = (name: string) =>
    issuerNames.some((n) => n === fold(name) || n.startsWith(`${fold(name)} `));
  const duty = c.reporting;
  if (duty?.toOrganisationId && duty.toOrganisationId !== plan.organisationId) {
    const [to] = await rows<{ name: string }>(
      db,
      sql`select name from organisations where id = ${duty.toOrganisationId}`,
    );
    if (to) return to.name;
  }
  if (duty?.toName?.trim() && !isIssuer(duty.toName) && duty.toOrganisationId !== plan.organisationId)
    return duty.toName.trim();
  if (issuer?.kind === 'population_office') return 'Cục Dân số';
  if (issuer?.parent) return issuer.parent;
  if (issuer?.kind === 'health_department' || issuer?.kind === 'district_health_office')
    return `Ủy ban nhân dân ${midUnitName(issuer.unit)}`;
  return 'Cơ quan cấp trên';
}

/** "Tỉnh Sơn La" as a sentence names it: "tỉnh Sơn La". */
const midUnitName = (unit: string) =>
  unit.replace(/^(Tỉnh|Thành phố|Huyện|Quận|Thị xã|Xã|Phường)\b/u, (w) => w.toLocaleLowerCase('vi'));
