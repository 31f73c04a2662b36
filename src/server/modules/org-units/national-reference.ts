import { AppError } from '../../../shared/errors.ts';
import {
  type CommuneEntry,
  provinceReferenceSet,
  provinceUnit,
  type ReferenceSet,
  readJson,
} from './reference-data.ts';

/**
 * The whole country of 01/07/2025 (reference/admin/vn-2025.json, 2.6 MB): read on first use only
 * (adding a province, the list of provinces), never at start-up.
 */
interface NationalFile {
  effectiveFrom: string;
  counts: { provinces: number; communes: number };
  provinces: {
    code: string;
    name: string;
    shortName: string;
    type: string;
    nameEn?: string;
    codeName?: string;
    mergedFrom: { oldCode: string; oldName: string }[];
    units: CommuneEntry[];
  }[];
}

export interface ReferenceProvince {
  code: string;
  name: string;
  shortName: string;
  communes: number;
  /** The provinces of before 01/07/2025 it was made of ("Tỉnh Hà Giang", "Tỉnh Tuyên Quang"). */
  formerProvinces: string[];
}

let national: NationalFile | undefined;
function nationalFile(): NationalFile {
  national ??= readJson<NationalFile>('admin/vn-2025.json');
  return national;
}

export function referenceProvinces(): ReferenceProvince[] {
  return nationalFile().provinces.map((p) => ({
    code: p.code,
    name: p.name,
    shortName: p.shortName,
    communes: p.units.length,
    formerProvinces: p.mergedFrom.map((m) => m.oldName),
  }));
}

/** One province's units, former units and successor links; undefined for an unknown code. */
export function nationalProvinceSet(code: string): ReferenceSet | undefined {
  const p = nationalFile().provinces.find((x) => x.code === code);
  if (!p) return undefined;
  const province = provinceUnit(p.code, p.name, p.type, {
    nameEn: p.nameEn,
    codeName: p.codeName,
    formerProvinces: p.mergedFrom.map((m) => ({ code: m.oldCode, name: m.oldName })),
  });
  return provinceReferenceSet(`vn-2025:${p.code}`, province, p.units);
}

/** One province's reference set, or a Vietnamese error naming the unknown code. */
export function requireProvinceSet(code: string): ReferenceSet {
  const set = nationalProvinceSet(code);
  if (!set)
    throw new AppError('VALIDATION', {
      detail: `Không có tỉnh, thành phố mã "${code}" trong danh mục 34 tỉnh, thành phố từ 01/07/2025.`,
    });
  return set;
}
