import crypto from 'node:crypto';
import type { PlanContent } from '../../src/shared/contracts/plans.ts';

// The second province's plan as its People's Committee issues it (issue 15's form: a period, an
// issuer of any kind with its signature block, a change target), shared by the database test of
// the whole loop in Lạng Sơn and the end-to-end test from onboarding to the national page.

const id = () => crypto.randomUUID();

/** A plan of the provincial People's Committee of Lạng Sơn, numbered and dated, ready to issue. */
export function committeePlan(placeUnitIds: number[]): PlanContent {
  return {
    period: { start: 2026, end: 2026 },
    issuerKind: 'ubnd_province',
    parentBodyName: null,
    issuerName: 'ỦY BAN NHÂN DÂN TỈNH LẠNG SƠN',
    number: '112',
    symbol: 'KH-UBND',
    place: 'Lạng Sơn',
    issuedDate: '2026-03-02',
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
    targets: [
      {
        id: id(),
        indicator: 'Tỷ số giới tính khi sinh giảm',
        comparator: 'gte',
        value: 0.3,
        unit: 'điểm/năm',
        unitIds: [],
      },
    ],
    activities: [
      {
        id: id(),
        title: 'Truyền thông về mất cân bằng giới tính khi sinh tại các xã, phường',
        content: ['Phát tin trên loa truyền thanh xã, phường.'],
        forms: [],
        audiences: [],
        coordinatingOrganisationIds: [],
        coordinatingNames: ['Hội Liên hiệp Phụ nữ tỉnh'],
        placeUnitIds,
        outputs: [],
        budgetLines: [],
        children: [],
      },
    ],
    funding: {
      text: null,
      sources: [{ key: 'nsdp', name: 'Ngân sách địa phương', amount: 300_000_000 }],
      total: 300_000_000,
    },
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
  };
}
