import crypto from 'node:crypto';
import type { PlanContent } from '../../src/shared/contracts/plans.ts';

// Plans of a provincial People's Committee as the tests write them: what such a plan always holds
// (its issuer, the law it rests on, who carries it out, its signature block) once, here; each test
// gives what it looks at (its period, targets, activities, funding, annexes).

const id = () => crypto.randomUUID();

type Activity = PlanContent['activities'][number];

/** The target such plans open with: the sex ratio at birth falls by at least 0,3 points a year. */
export const srbDropTarget = (): PlanContent['targets'][number] => ({
  id: id(),
  indicator: 'Tỷ số giới tính khi sinh giảm',
  comparator: 'gte',
  value: 0.3,
  unit: 'điểm/năm',
  unitIds: [],
});

/** An activity of a plan, with the parts the tests do not look at left empty. */
export function planActivity(over: Partial<Activity> & { title: string }): Activity {
  return {
    id: id(),
    content: [],
    forms: [],
    audiences: [],
    coordinatingOrganisationIds: [],
    coordinatingNames: ['Hội Liên hiệp Phụ nữ tỉnh'],
    placeUnitIds: [],
    outputs: [],
    budgetLines: [],
    children: [],
    ...over,
  };
}

/** A plan of the People's Committee of `province` (its name as written, "Sơn La"), with `over` on top. */
export function committeePlanOf(province: string, over: Partial<PlanContent> = {}): PlanContent {
  return {
    period: { start: 2026, end: 2026 },
    issuerKind: 'ubnd_province',
    parentBodyName: null,
    issuerName: `ỦY BAN NHÂN DÂN TỈNH ${province.toLocaleUpperCase('vi')}`,
    number: null,
    symbol: 'KH-UBND',
    place: province,
    issuedDate: null,
    title: 'KẾ HOẠCH',
    subject: 'Thực hiện Đề án kiểm soát mất cân bằng giới tính khi sinh năm 2026',
    legalBases: [
      {
        verb: 'Căn cứ',
        kind: 'Luật',
        number: '73/2006/QH11',
        date: '2006-11-29',
        issuer: 'Quốc hội',
        title: 'Bình đẳng giới',
      },
    ],
    sections: [
      { key: 'objectives', title: 'Mục tiêu, chỉ tiêu' },
      { key: 'activities', title: 'Nhiệm vụ trọng tâm' },
      { key: 'funding', title: 'Kinh phí thực hiện' },
      { key: 'responsibilities', title: 'Tổ chức thực hiện' },
    ],
    review: null,
    leadsAssigned: false,
    purposes: [],
    requirements: [],
    generalObjective: ['Từng bước đưa tỷ số giới tính khi sinh về mức cân bằng tự nhiên.'],
    targets: [],
    activities: [],
    funding: { text: null, sources: [], total: null },
    responsibilities: [
      {
        heading: 'Sở Y tế',
        organisationIds: [],
        tasks: ['Chủ trì, hướng dẫn triển khai Kế hoạch.'],
        children: [],
      },
    ],
    reporting: null,
    closing: null,
    recipients: [{ name: 'Bộ Y tế' }],
    archive: 'Lưu: VT, KGVX.',
    signature: {
      authority: 'TM.',
      authorityOf: 'Ủy ban nhân dân',
      positionLines: ['KT. Chủ tịch', 'Phó Chủ tịch'],
      signerName: 'Nguyễn Văn Kiểm Thử',
    },
    annexes: [],
    ...over,
  };
}

/**
 * The second province's plan as its People's Committee issues it, numbered and dated, ready to
 * issue: shared by the database test of the whole loop in Lạng Sơn and the end-to-end test from
 * onboarding to the national page.
 */
export function committeePlan(placeUnitIds: number[]): PlanContent {
  return committeePlanOf('Lạng Sơn', {
    number: '112',
    issuedDate: '2026-03-02',
    targets: [srbDropTarget()],
    activities: [
      planActivity({
        title: 'Truyền thông về mất cân bằng giới tính khi sinh tại các xã, phường',
        content: ['Phát tin trên loa truyền thanh xã, phường.'],
        placeUnitIds,
      }),
    ],
    funding: {
      text: null,
      sources: [{ key: 'nsdp', name: 'Ngân sách địa phương', amount: 300_000_000 }],
      total: 300_000_000,
    },
  });
}
