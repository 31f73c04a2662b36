import { and, eq, isNull, sql } from 'drizzle-orm';
import type { FacilityKind, FacilityService } from '../../../shared/contracts/facilities.ts';
import { todayInVietnam } from '../../../shared/format/index.ts';
import { foldVietnamese, vnSortKey } from '../../../shared/text/index.ts';
import { seededRandom } from '../../stats/srb/simulate.ts';
import type { Db } from '../client.ts';
import {
  adminUnits,
  appMeta,
  checklistItems,
  commitments,
  facilities,
  healthWorkers,
  inspectionPlans,
  inspections,
  legalProvisions,
  users,
  violations,
} from '../schema/index.ts';
import { withActor } from '../tx.ts';

// A plausible, invented registry for Sơn La (every row is_demo, see reference/PROVENANCE.md):
// public health centres, private clinics, pharmacies, bookstores and media producers, the
// people who perform ultrasound and abortion, their commitments (most signed, some lapsed,
// some missing) and a year of inspections with a few violations. Seeded and repeatable.

const KEY = 'demo:facilities';
const CLINIC_NAMES = [
  'An Bình',
  'Hồng Đức',
  'Minh Tâm',
  'Phúc An',
  'Tâm Đức',
  'Sao Mai',
  'Bình Minh',
  'Hạnh Phúc',
  'Kim Ngân',
  'Thu Hà',
  'Việt Pháp',
  'Đức Tín',
  'Tuệ Tĩnh',
  'Thiện Nhân',
  'Hòa Bình',
  'Mai Linh',
  'Ngọc Lan',
  'Sơn Thủy',
  'Thanh Xuân',
  'Trường Sơn',
  'Vạn An',
  'Yên Hòa',
  'Phương Đông',
  'Hoàng Long',
  'Nhân Ái',
  'Bảo An',
];
const PEOPLE = [
  'Lò Văn Hùng',
  'Cầm Thị Lan',
  'Quàng Văn Minh',
  'Tòng Thị Hoa',
  'Nguyễn Thị Hằng',
  'Trần Văn Đức',
  'Lường Thị Mai',
  'Hoàng Văn Thắng',
  'Lê Thị Thu',
  'Phạm Văn Long',
  'Vì Thị Hương',
  'Đinh Văn Sơn',
  'Bạc Thị Nga',
  'Lù Văn Tiến',
  'Điêu Thị Yến',
  'Vũ Thị Ngọc',
  'Mè Văn Kiên',
  'Hà Thị Phượng',
];

export async function seedDemoFacilities(db: Db): Promise<void> {
  if ((await db.select().from(appMeta).where(eq(appMeta.key, KEY))).length) return;
  const rand = seededRandom(2026);
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(rand() * xs.length)];
  const communes = await db
    .select()
    .from(adminUnits)
    .where(
      and(eq(adminUnits.provinceCode, '14'), eq(adminUnits.level, 'commune'), isNull(adminUnits.validTo)),
    )
    .orderBy(sql`${adminUnits.sortKey} collate "C"`);
  if (!communes.length) return;
  const wards = communes.filter((c) => c.type === 'phường');
  const [inspector] = await db.select().from(users).where(eq(users.username, 'thanhtra'));
  const checklist = await db.select().from(checklistItems).where(eq(checklistItems.provinceCode, '14'));
  const provisions = await db.select().from(legalProvisions);
  const provision = (code: string) => provisions.find((p) => p.code === code)?.id ?? null;
  const today = todayInVietnam();
  const year = Number(today.slice(0, 4));

  await withActor(db, null, async (tx) => {
    await tx.execute(sql`select set_config('canbang.skip_audit', 'on', true)`);
    type Spec = {
      kind: FacilityKind;
      name: string;
      services: FacilityService[];
      unit: (typeof communes)[number];
      ownership: 'public' | 'private' | null;
    };
    const specs: Spec[] = [
      {
        kind: 'health_facility',
        name: 'Bệnh viện Đa khoa tỉnh Sơn La',
        services: ['ultrasound', 'abortion', 'obstetrics'],
        unit: wards[0] ?? communes[0],
        ownership: 'public',
      },
    ];
    for (const c of communes.filter((_, i) => i % 7 === 0))
      specs.push({
        kind: 'health_facility',
        name: `Trung tâm Y tế khu vực ${c.shortName}`,
        services: ['ultrasound', 'abortion', 'obstetrics'],
        unit: c,
        ownership: 'public',
      });
    CLINIC_NAMES.forEach((n, i) => {
      const unit = i < 12 ? pick(wards) : pick(communes);
      const services: FacilityService[] = ['ultrasound'];
      if (rand() < 0.35) services.push('abortion');
      if (rand() < 0.5) services.push('obstetrics');
      if (i === 3) services.push('assisted_reproduction');
      specs.push({
        kind: 'health_facility',
        name: `Phòng khám ${i % 3 ? 'Sản phụ khoa' : 'Đa khoa'} ${n}`,
        services,
        unit,
        ownership: 'private',
      });
    });
    for (let i = 0; i < 24; i++)
      specs.push({
        kind: 'pharmacy',
        name: `Nhà thuốc ${pick(CLINIC_NAMES)} ${i + 1}`,
        services: [],
        unit: pick(communes),
        ownership: 'private',
      });
    for (let i = 0; i < 8; i++)
      specs.push({
        kind: 'bookstore',
        name: `Nhà sách ${pick(CLINIC_NAMES)}`,
        services: [],
        unit: pick(wards),
        ownership: 'private',
      });
    for (let i = 0; i < 3; i++)
      specs.push({
        kind: 'media_producer',
        name: `Công ty Truyền thông ${CLINIC_NAMES[i + 5]}`,
        services: [],
        unit: pick(wards),
        ownership: 'private',
      });

    const rows = await tx
      .insert(facilities)
      .values(
        specs.map((s, i) => ({
          provinceCode: '14',
          kind: s.kind,
          ownership: s.ownership,
          name: s.name,
          licenceNumber: `${String(i + 101).padStart(3, '0')}/SL-${s.kind === 'health_facility' ? 'GPHĐ' : s.kind === 'pharmacy' ? 'ĐKKDD' : 'GPKD'}`,
          services: s.services,
          adminUnitId: s.unit.id,
          address: `${s.unit.name}, tỉnh Sơn La`,
          headName: pick(PEOPLE),
          status: rand() < 0.04 ? ('suspended' as const) : ('active' as const),
          isDemo: true,
          sortKey: vnSortKey(s.name),
          searchText: foldVietnamese(s.name),
        })),
      )
      .returning();
    const clinics = rows.filter((r) => r.kind === 'health_facility');
    const workers = await tx
      .insert(healthWorkers)
      .values(
        PEOPLE.map((name, i) => {
          const at = clinics[i % clinics.length];
          return {
            provinceCode: '14',
            fullName: name,
            certificateNumber: `${String(2000 + i * 37).padStart(6, '0')}/SL-CCHN`,
            facilityId: at.id,
            workplace: at.name,
            adminUnitId: at.adminUnitId,
            services: at.services.filter((s) => s === 'ultrasound' || s === 'abortion'),
            isDemo: true,
            sortKey: vnSortKey(name),
            searchText: foldVietnamese(name),
          };
        }),
      )
      .returning();

    // About 80% of those who must sign have a commitment on file; a few have lapsed.
    const signers = [
      ...rows
        .filter((r) => r.services.includes('ultrasound') || r.services.includes('abortion'))
        .map((r) => ({ facilityId: r.id, workerId: null, signer: r.headName ?? 'Người đứng đầu' })),
      ...workers
        .filter((w) => w.services.length)
        .map((w) => ({ facilityId: null, workerId: w.id, signer: w.fullName })),
    ];
    const signed = signers.filter(() => rand() < 0.82);
    await tx.insert(commitments).values(
      signed.map((s) => {
        const lapsed = rand() < 0.12;
        const month = 1 + Math.floor(rand() * 10);
        return {
          provinceCode: '14',
          facilityId: s.facilityId,
          workerId: s.workerId,
          signedOn: `${lapsed ? year - 2 : year - (rand() < 0.5 ? 1 : 0)}-${String(month).padStart(2, '0')}-15`,
          validUntil: lapsed ? `${year - 1}-${String(month).padStart(2, '0')}-14` : null,
          signerName: s.signer,
          signerTitle: s.facilityId ? 'Người đứng đầu cơ sở' : 'Người hành nghề',
          notes: 'Ký tại Hội nghị ký cam kết không lựa chọn giới tính thai nhi (dữ liệu minh họa).',
          createdBy: 'dữ liệu mẫu',
        };
      }),
    );

    // The year's inspection plan: the private clinics, pharmacies and bookstores of the wards.
    const targets = rows
      .filter((r) => r.ownership === 'private' && (r.kind !== 'pharmacy' || rand() < 0.5))
      .slice(0, 36);
    const [plan] = await tx
      .insert(inspectionPlans)
      .values({
        provinceCode: '14',
        title: `Kế hoạch kiểm tra các cơ sở cung cấp dịch vụ liên quan đến lựa chọn giới tính thai nhi năm ${year}`,
        periodStart: `${year}-03-01`,
        periodEnd: `${year}-11-30`,
        teamUserIds: inspector ? [inspector.id] : [],
        teamNotes: 'Đoàn liên ngành: Thanh tra Sở Y tế, Chi cục Dân số, Công an tỉnh (dữ liệu minh họa).',
        facilityIds: targets.map((t) => t.id),
        createdBy: 'dữ liệu mẫu',
        isDemo: true,
      })
      .returning();
    const lastMonth = Math.max(3, Number(today.slice(5, 7)) - 1);
    const done = targets.slice(0, Math.round(targets.length * 0.6));
    const violationSpecs = [
      {
        code: 'NĐ117-Đ98-K2',
        description: 'Bác sĩ siêu âm thông báo giới tính thai nhi cho người mang thai qua tin nhắn.',
        offenderKind: 'individual' as const,
        fine: 7_500_000,
        status: 'sanctioned' as const,
      },
      {
        code: 'NĐ117-Đ99-K3',
        description: 'Bán thuốc quảng cáo "sinh con trai theo ý muốn".',
        offenderKind: 'individual' as const,
        fine: 16_000_000,
        status: 'closed' as const,
      },
      {
        code: 'NĐ117-Đ97',
        description: 'Bày bán sách hướng dẫn chọn giới tính thai nhi.',
        offenderKind: 'organisation' as const,
        fine: null,
        status: 'open' as const,
      },
      {
        code: 'NĐ117-Đ98-K2',
        description: 'Phòng khám không ghi sổ siêu âm thai, nghi tiết lộ giới tính thai nhi.',
        offenderKind: 'organisation' as const,
        fine: 12_000_000,
        status: 'sanctioned' as const,
      },
    ];
    for (const [i, f] of done.entries()) {
      const month = 3 + Math.floor((i / done.length) * (lastMonth - 2));
      const day = `${year}-${String(month).padStart(2, '0')}-${String(5 + (i % 20)).padStart(2, '0')}`;
      const violation = i % 6 === 2 ? violationSpecs[(i / 6) | 0] : undefined;
      const items = checklist.filter((c) => c.appliesTo.includes(f.kind));
      const [ins] = await tx
        .insert(inspections)
        .values({
          provinceCode: '14',
          planId: plan.id,
          facilityId: f.id,
          inspectedOn: day > today ? today : day,
          team: 'Đoàn kiểm tra liên ngành tỉnh Sơn La',
          checklist: items.map((c, k) => ({
            itemId: c.id,
            label: c.label,
            result: violation && k === 0 ? 'fail' : 'pass',
            note: null,
          })),
          findings: violation
            ? violation.description
            : 'Cơ sở chấp hành đúng quy định; đã nhắc nhở niêm yết quy định cấm lựa chọn giới tính thai nhi.',
          recordedBy: 'thanhtra',
          isDemo: true,
        })
        .returning();
      if (violation)
        await tx.insert(violations).values({
          inspectionId: ins.id,
          provinceCode: '14',
          legalProvisionId: provision(violation.code),
          description: violation.description,
          offenderKind: violation.offenderKind,
          offenderName: f.headName,
          decisionNumber: violation.fine ? `${10 + i}/QĐ-XPHC` : null,
          decisionDate: violation.fine ? ins.inspectedOn : null,
          fineAmount: violation.fine,
          status: violation.status,
          closedOn: violation.status === 'closed' ? ins.inspectedOn : null,
          followUp:
            violation.status === 'open' ? 'Chờ xác minh thêm.' : 'Cơ sở đã nộp phạt và cam kết khắc phục.',
        });
    }
    await tx
      .insert(appMeta)
      .values({ key: KEY, value: { facilities: rows.length, workers: workers.length } });
  });
}
