import { sql } from 'drizzle-orm';
import type { FacilityKind } from '../../../shared/contracts/facilities.ts';
import type { Db } from '../../db/client.ts';
import { checklistItems, legalProvisions } from '../../db/schema/index.ts';

// The sanctions of Nghị định 117/2020/NĐ-CP on sex selection (articles 97–101), transcribed from
// ../shared/docs/LEGAL-NOTES.md with its verification status: entries read in a source excerpt
// are marked verified, the others (article numbers inferred, ranges from the press) are not.
// Administrators correct them in the app; seeding never overwrites their edits.

const ND117 = 'Nghị định 117/2020/NĐ-CP';
const M = 1_000_000;

export const LEGAL_CATALOGUE = [
  {
    code: 'NĐ117-Đ97',
    article: 97,
    clause: null,
    title: 'Tuyên truyền, phổ biến, tư vấn phương pháp để có được giới tính thai nhi theo ý muốn',
    acts: 'Tuyên truyền, phổ biến, tư vấn phương pháp tạo giới tính thai nhi theo ý muốn (số điều và khung phạt chưa tìm thấy trong nguồn).',
    fineMin: null,
    fineMax: null,
    verified: false,
    source:
      'Chưa tìm thấy; ví dụ thực tế: Lạng Sơn phạt 3 triệu đồng người bán thuốc "sinh con trai" trên Facebook.',
  },
  {
    code: 'NĐ117-Đ98-K1',
    article: 98,
    clause: '1',
    title: 'Vi phạm quy định về chẩn đoán, xác định giới tính thai nhi',
    acts: 'Sử dụng hình thức bói toán để chẩn đoán giới tính thai nhi.',
    fineMin: 3 * M,
    fineMax: 5 * M,
    verified: true,
    source: 'Chi cục DS-KHHGĐ Vĩnh Phúc, hỏi đáp 24/11/2020; thuvienphapluat.vn',
  },
  {
    code: 'NĐ117-Đ98-K2',
    article: 98,
    clause: '2',
    title: 'Vi phạm quy định về chẩn đoán, xác định giới tính thai nhi',
    acts: 'Bắt mạch, siêu âm, xét nghiệm máu, gen để chẩn đoán và tiết lộ giới tính thai nhi cho người mang thai (trừ trường hợp pháp luật cho phép).',
    fineMin: 5 * M,
    fineMax: 10 * M,
    verified: true,
    source: 'Chi cục DS-KHHGĐ Vĩnh Phúc, hỏi đáp 24/11/2020; thuvienphapluat.vn',
  },
  {
    code: 'NĐ117-Đ98-K3',
    article: 98,
    clause: '3',
    title: 'Hình thức xử phạt bổ sung (Điều 98)',
    acts: 'Tước quyền sử dụng giấy phép hoạt động hoặc chứng chỉ hành nghề từ 01 đến 03 tháng đối với hành vi tại khoản 2.',
    fineMin: null,
    fineMax: null,
    verified: true,
    source: 'Chi cục DS-KHHGĐ Vĩnh Phúc, hỏi đáp 24/11/2020',
  },
  {
    code: 'NĐ117-Đ99-K1',
    article: 99,
    clause: '1',
    title: 'Vi phạm quy định về lựa chọn giới tính thai nhi',
    acts: 'Đe dọa dùng vũ lực, uy hiếp tinh thần để buộc người khác phải thực hiện việc tạo giới tính thai nhi theo ý muốn.',
    fineMin: 5 * M,
    fineMax: 10 * M,
    verified: false,
    source:
      'Khung phạt theo báo chí (baogialai.com.vn 11/2020; thaibinhtv.vn 26/6/2021); số điều suy ra từ Điều 98 và 100.',
  },
  {
    code: 'NĐ117-Đ99-K2',
    article: 99,
    clause: '2',
    title: 'Vi phạm quy định về lựa chọn giới tính thai nhi',
    acts: 'Dùng vũ lực để buộc người khác phải thực hiện việc tạo giới tính thai nhi theo ý muốn.',
    fineMin: 10 * M,
    fineMax: 15 * M,
    verified: false,
    source: 'Khung phạt theo báo chí; số điều suy ra.',
  },
  {
    code: 'NĐ117-Đ99-K3',
    article: 99,
    clause: '3',
    title: 'Vi phạm quy định về lựa chọn giới tính thai nhi',
    acts: 'Kê đơn, chỉ dẫn sử dụng thuốc; cung cấp dụng cụ, thuốc, vật tư; nghiên cứu phương pháp để tạo giới tính thai nhi theo ý muốn.',
    fineMin: 15 * M,
    fineMax: 20 * M,
    verified: false,
    source: 'Báo chí ghi "đến 20 triệu đồng"; mức tối thiểu 15 triệu là suy đoán.',
  },
  ...(
    [
      ['1', 'Người mang thai tự ý loại bỏ thai nhi vì lý do lựa chọn giới tính mà không bị ép buộc.', 3, 5],
      ['2', 'Lôi kéo, dụ dỗ người mang thai loại bỏ thai nhi vì lý do lựa chọn giới tính.', 5, 7],
      [
        '3',
        'Đe dọa dùng vũ lực, uy hiếp tinh thần để buộc người mang thai loại bỏ thai nhi vì lý do lựa chọn giới tính.',
        7,
        10,
      ],
      ['4', 'Dùng vũ lực buộc người mang thai loại bỏ thai nhi vì lý do lựa chọn giới tính.', 10, 12],
    ] as const
  ).map(([clause, acts, min, max]) => ({
    code: `NĐ117-Đ100-K${clause}`,
    article: 100,
    clause,
    title: 'Hành vi loại bỏ thai nhi vì lý do lựa chọn giới tính',
    acts,
    fineMin: min * M,
    fineMax: max * M,
    verified: true,
    source: 'luatvaketoan.com (trích Điều 100)',
  })),
  {
    code: 'NĐ117-Đ100-K5',
    article: 100,
    clause: '5',
    title: 'Hành vi loại bỏ thai nhi vì lý do lựa chọn giới tính',
    acts: 'Cung cấp hóa chất, thuốc để loại bỏ thai nhi mà biết rõ người mang thai muốn loại bỏ vì lý do lựa chọn giới tính.',
    fineMin: null,
    fineMax: 15 * M,
    verified: false,
    source: 'Báo chí ghi "đến 15 triệu đồng" (baogialai.com.vn); số khoản chưa kiểm chứng.',
  },
  {
    code: 'NĐ117-Đ100-K6',
    article: 100,
    clause: '6',
    title: 'Hành vi loại bỏ thai nhi vì lý do lựa chọn giới tính',
    acts: 'Thực hiện việc loại bỏ thai nhi mà biết rõ người mang thai muốn loại bỏ vì lý do lựa chọn giới tính.',
    fineMin: null,
    fineMax: 20 * M,
    verified: false,
    source: 'Báo chí ghi "đến 20 triệu đồng"; số khoản chưa kiểm chứng.',
  },
  {
    code: 'NĐ117-Đ101-K1',
    article: 101,
    clause: '1',
    title: 'Ép buộc sinh thêm con khi chỉ có con trai hoặc chỉ có con gái',
    acts: 'Đe dọa dùng vũ lực, uy hiếp tinh thần để buộc người khác mang thai, sinh thêm con khi chỉ có con trai hoặc chỉ có con gái.',
    fineMin: 3 * M,
    fineMax: 5 * M,
    verified: false,
    source: 'luatsu247.net (nguồn thứ cấp)',
  },
  {
    code: 'NĐ117-Đ101-K2',
    article: 101,
    clause: '2',
    title: 'Ép buộc sinh thêm con khi chỉ có con trai hoặc chỉ có con gái',
    acts: 'Dùng vũ lực buộc người khác mang thai, sinh thêm con khi chỉ có con trai hoặc chỉ có con gái.',
    fineMin: 7 * M,
    fineMax: 10 * M,
    verified: false,
    source: 'kienthuc.net.vn 10/2020 (nguồn thứ cấp)',
  },
];

/** What inspections of each kind of facility check, until administrators change it. */
export const DEFAULT_CHECKLIST: { label: string; appliesTo: FacilityKind[] }[] = [
  { label: 'Không chẩn đoán, tiết lộ giới tính thai nhi dưới mọi hình thức', appliesTo: ['health_facility'] },
  { label: 'Có sổ ghi chép siêu âm thai, ghi đầy đủ', appliesTo: ['health_facility'] },
  { label: 'Có sổ phá thai ghi rõ lý do, tuổi thai', appliesTo: ['health_facility'] },
  { label: 'Niêm yết quy định cấm lựa chọn giới tính thai nhi', appliesTo: ['health_facility', 'pharmacy'] },
  { label: 'Cơ sở và người cung cấp dịch vụ đã ký cam kết', appliesTo: ['health_facility'] },
  { label: 'Không bán thuốc, sản phẩm quảng cáo "sinh con theo ý muốn"', appliesTo: ['pharmacy'] },
  {
    label: 'Không kinh doanh sách, tài liệu, ấn phẩm hướng dẫn chọn giới tính thai nhi',
    appliesTo: ['bookstore', 'media_producer'],
  },
];

export async function ensureLegalCatalogue(db: Db): Promise<void> {
  await db
    .insert(legalProvisions)
    .values(LEGAL_CATALOGUE.map((p) => ({ ...p, document: ND117 })))
    .onConflictDoNothing({ target: legalProvisions.code });
}

/** Each province with no checklist yet gets the default one. */
export async function ensureDefaultChecklists(db: Db): Promise<void> {
  await db.execute(sql`
    insert into ${checklistItems} (province_code, label, applies_to, sort_order)
    select u.province_code, d.label, d.applies_to, d.sort_order
      from admin_units u
      cross join (select * from json_to_recordset(${JSON.stringify(
        DEFAULT_CHECKLIST.map((c, i) => ({
          label: c.label,
          applies_to: `{${c.appliesTo.join(',')}}`,
          sort_order: (i + 1) * 10,
        })),
      )}::json) as d(label text, applies_to text[], sort_order int)) d
     where u.level = 'province'
       and not exists (select 1 from ${checklistItems} c where c.province_code = u.province_code)`);
}
