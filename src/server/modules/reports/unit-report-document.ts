import { sql } from 'drizzle-orm';
import type { PlanContent } from '../../../shared/contracts/plans.ts';
import type { UnitReportDto } from '../../../shared/contracts/reports.ts';
import { citedDate, documentNumber, todayInVietnam } from '../../../shared/format/index.ts';
import { midSentence } from '../../../shared/text/index.ts';
import type { Principal } from '../../access/principal.ts';
import type { Db } from '../../db/client.ts';
import { rows } from '../../db/tx.ts';
import { getReport } from './unit-reports.service.ts';

// What a unit's own report needs to be printed as a Nghị định 30 document to sign and stamp: the
// report (read with its own access rules), the unit as its header names it, and the plan it
// answers. The unit reports to the body its plan names for receiving (through it when named), so
// "Kính gửi" is that body — never the unit itself.

export interface UnitReportDocument {
  report: UnitReportDto;
  parentBodyName: string | null;
  issuerName: string;
  abbreviation: string | null;
  place: string;
  date: string;
  subject: string;
  to: string;
  planReference: string;
  position: string;
  signerName: string;
}

export async function unitReportDocument(db: Db, p: Principal, id: string): Promise<UnitReportDocument> {
  const report = await getReport(db, p, id);
  const [x] = await rows<{
    name: string;
    abbreviation: string | null;
    kind: string;
    head: string | null;
    parent: string | null;
    unit: string;
    content: PlanContent;
    issued: string | null;
    planIssuer: string;
  }>(
    db,
    sql`select o.name, o.abbreviation, o.kind, o.head_name as head, po.name as parent, u.name as unit,
               pl.content, pl.issued_date::text as issued, io.name as "planIssuer"
          from organisations o join admin_units u on u.id = o.admin_unit_id
          left join organisations po on po.id = o.parent_id
          join plans pl on pl.id = ${report.planId} join organisations io on io.id = pl.organisation_id
         where o.id = ${report.organisationId}`,
  );
  const c = x.content;
  const number = documentNumber(c.number, c.symbol);
  return {
    report,
    parentBodyName: x.parent,
    issuerName: x.name,
    abbreviation: x.abbreviation,
    place: x.unit.replace(/^(Xã|Phường|Thị trấn|Huyện|Quận|Thị xã|Thành phố|Tỉnh)\s+/u, ''),
    date: todayInVietnam(),
    subject: `Kết quả thực hiện kế hoạch ${midSentence(c.subject.replace(/^Kế hoạch\s*/i, ''))} — ${report.period.label.toLocaleLowerCase('vi')}`,
    to: c.reporting?.throughName ?? c.reporting?.toName ?? x.planIssuer,
    planReference: `Kế hoạch${number ? ` số ${number}` : ''}${x.issued ? ` ${citedDate(x.issued)}` : ''} của ${x.planIssuer}`,
    position: x.kind === 'commune_health_station' ? 'TRẠM TRƯỞNG' : 'THỦ TRƯỞNG ĐƠN VỊ',
    signerName: x.head ?? '',
  };
}
