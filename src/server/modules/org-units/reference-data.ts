import fs from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { AdminLevel } from '../../../shared/admin-levels.ts';

/**
 * The official units shipped in reference/admin/, turned into one flat list. Old (pre-2025)
 * units end on 30/06/2025; the 2025 communes start on 01/07/2025 (Nghị quyết 1681/NQ-UBTVQH15
 * for Sơn La and the matching resolutions for Lai Châu), and every old commune links to the
 * new commune(s) it went into.
 */
export const REFERENCE_DIR = fileURLToPath(new URL('../../../../reference', import.meta.url));

export const REFORM_2025_START = '2025-07-01';
export const REFORM_2025_LAST_OLD_DAY = '2025-06-30';

export interface UnitSpec {
  code: string;
  name: string;
  shortName: string;
  type: string;
  level: AdminLevel;
  parentCode: string | null;
  /** Distinguishes reused codes: the parent is the unit with this code valid at the same time. */
  validFrom: string | null;
  validTo: string | null;
  provinceCode: string;
  meta: Record<string, unknown>;
}

export interface SuccessorSpec {
  predecessor: { code: string; validFrom: string | null };
  successor: { code: string; validFrom: string | null };
  kind: 'full' | 'partial';
  effectiveDate: string;
}

export interface ReferenceSet {
  id: string;
  units: UnitSpec[];
  successors: SuccessorSpec[];
}

const TYPE_PREFIXES: [string, string][] = [
  ['Thành phố ', 'thành phố'],
  ['Thị xã ', 'thị xã'],
  ['Thị trấn ', 'thị trấn'],
  ['Huyện ', 'huyện'],
  ['Phường ', 'phường'],
  ['Tỉnh ', 'tỉnh'],
  ['Xã ', 'xã'],
];

/** "Huyện Mai Sơn" → { type: "huyện", shortName: "Mai Sơn" }. */
export function splitUnitName(name: string): { type: string; shortName: string } {
  for (const [prefix, type] of TYPE_PREFIXES) {
    if (name.startsWith(prefix)) return { type, shortName: name.slice(prefix.length) };
  }
  return { type: '', shortName: name };
}

export function readJson<T>(rel: string): T {
  return JSON.parse(fs.readFileSync(`${REFERENCE_DIR}/${rel}`, 'utf8')) as T;
}

/** A former commune (or, for a few islands, a former district) merged into a 2025 commune. */
export interface MergedFrom {
  oldCode: string;
  oldName: string;
  /** Missing for the few old codes the national catalogue of 01/03/2025 lacks. */
  oldDistrictCode?: string;
  oldDistrictName?: string;
  oldProvinceCode?: string;
  oldProvince?: string;
  mergeType: 'full' | 'partial';
}

/** One 2025 commune or ward, as son-la-2025.json and vn-2025.json write it. */
export interface CommuneEntry {
  code: string;
  name: string;
  shortName: string;
  type: string;
  nameEn?: string;
  codeName?: string;
  areaKm2?: number;
  gisServerId?: string;
  sttInCV1027?: number;
  mergedFrom: MergedFrom[];
}

interface SonLaFile {
  province: { code: string; name: string };
  units: CommuneEntry[];
}

function provinceUnit(
  code: string,
  name: string,
  type = 'tỉnh',
  meta: Record<string, unknown> = {},
): UnitSpec {
  return {
    code,
    name,
    shortName: splitUnitName(name).shortName,
    type,
    level: 'province',
    parentCode: null,
    validFrom: null,
    validTo: null,
    provinceCode: code,
    meta,
  };
}

function formerUnit(
  code: string,
  name: string,
  level: 'district' | 'commune',
  parentCode: string,
  provinceCode: string,
  meta: Record<string, unknown> = {},
): UnitSpec {
  return {
    code,
    name,
    ...splitUnitName(name),
    level,
    parentCode,
    validFrom: null,
    validTo: REFORM_2025_LAST_OLD_DAY,
    provinceCode,
    meta,
  };
}

/**
 * A province of 01/07/2025 with its communes, and the former districts and communes merged into
 * them (valid until 30/06/2025, linked to their successors). Former districts hang under the
 * current province, also when they belonged to a province merged into it (meta names which), so
 * that pre-2025 data roll up to the province that now holds them. The few old codes without a
 * district in the catalogue are placed directly under the province (3-digit codes as districts).
 */
export function provinceReferenceSet(id: string, province: UnitSpec, communes: CommuneEntry[]): ReferenceSet {
  const prov = province.code;
  const units: UnitSpec[] = [province];
  const successors: SuccessorSpec[] = [];
  const districts = new Map<string, UnitSpec>();
  const oldCommunes = new Map<string, UnitSpec>();
  for (const u of communes) {
    for (const m of u.mergedFrom) {
      const fromElsewhere =
        m.oldProvinceCode && m.oldProvinceCode !== prov
          ? { formerProvinceCode: m.oldProvinceCode, formerProvince: m.oldProvince }
          : {};
      if (m.oldDistrictCode && !districts.has(m.oldDistrictCode))
        districts.set(
          m.oldDistrictCode,
          formerUnit(
            m.oldDistrictCode,
            m.oldDistrictName ?? m.oldDistrictCode,
            'district',
            prov,
            prov,
            fromElsewhere,
          ),
        );
      if (!oldCommunes.has(m.oldCode) && !districts.has(m.oldCode)) {
        const unit = m.oldDistrictCode
          ? formerUnit(m.oldCode, m.oldName, 'commune', m.oldDistrictCode, prov)
          : formerUnit(m.oldCode, m.oldName, m.oldCode.length === 3 ? 'district' : 'commune', prov, prov, {
              ...fromElsewhere,
              note: 'Mã cũ không có trong danh mục ngày 01/03/2025.',
            });
        (unit.level === 'district' ? districts : oldCommunes).set(m.oldCode, unit);
      }
      successors.push({
        predecessor: { code: m.oldCode, validFrom: null },
        successor: { code: u.code, validFrom: REFORM_2025_START },
        kind: m.mergeType,
        effectiveDate: REFORM_2025_START,
      });
    }
  }
  units.push(...districts.values(), ...oldCommunes.values());
  for (const u of communes) {
    units.push({
      code: u.code,
      name: u.name,
      shortName: u.shortName,
      type: u.type,
      level: 'commune',
      parentCode: prov,
      validFrom: REFORM_2025_START,
      validTo: null,
      provinceCode: prov,
      meta: {
        nameEn: u.nameEn,
        codeName: u.codeName,
        areaKm2: u.areaKm2,
        gisServerId: u.gisServerId,
        sttInCV1027: u.sttInCV1027,
      },
    });
  }
  return { id, units, successors };
}

export function sonLa2025(): ReferenceSet {
  const file = readJson<SonLaFile>('admin/son-la-2025.json');
  return provinceReferenceSet(
    'son-la-2025',
    provinceUnit(file.province.code, file.province.name),
    file.units,
  );
}

interface TamDuongFile {
  province: { code: string; name: string };
  district: { code: string; name: string };
  units: {
    code: string;
    name: string;
    shortName: string;
    type: string;
    inGSO_2020_03_01: boolean;
    mergedInto2025: { code: string; name: string; mergeType: 'full' | 'partial' }[];
    note: string | null;
  }[];
  newCommunes2025: { code: string; name: string }[];
}

/** Sùng Phài left Tam Đường for Lai Châu city early in 2020 (absent from the 01/03/2020 catalogue). */
const LEFT_TAM_DUONG_2020 = '2020-02-29';

export function tamDuong2020(): ReferenceSet {
  const file = readJson<TamDuongFile>('admin/tam-duong-2020.json');
  const prov = file.province.code;
  const units: UnitSpec[] = [
    provinceUnit(prov, file.province.name),
    {
      code: file.district.code,
      name: file.district.name,
      ...splitUnitName(file.district.name),
      level: 'district',
      parentCode: prov,
      validFrom: null,
      validTo: REFORM_2025_LAST_OLD_DAY,
      provinceCode: prov,
      meta: {},
    },
  ];
  const successors: SuccessorSpec[] = [];
  for (const u of file.units) {
    units.push({
      code: u.code,
      name: u.name,
      shortName: u.shortName,
      type: u.type,
      level: 'commune',
      parentCode: file.district.code,
      validFrom: null,
      validTo: u.inGSO_2020_03_01 ? REFORM_2025_LAST_OLD_DAY : LEFT_TAM_DUONG_2020,
      provinceCode: prov,
      meta: u.note ? { note: u.note } : {},
    });
    for (const m of u.mergedInto2025) {
      successors.push({
        predecessor: { code: u.code, validFrom: null },
        successor: { code: m.code, validFrom: REFORM_2025_START },
        kind: m.mergeType,
        effectiveDate: REFORM_2025_START,
      });
    }
  }
  for (const c of file.newCommunes2025) {
    units.push({
      code: c.code,
      name: c.name,
      ...splitUnitName(c.name),
      level: 'commune',
      parentCode: prov,
      validFrom: REFORM_2025_START,
      validTo: null,
      provinceCode: prov,
      meta: { note: 'Chỉ các xã, phường mới nhận các xã cũ của huyện Tam Đường được nạp.' },
    });
  }
  return { id: 'tam-duong-2020', units, successors };
}

/** The sets loaded at every start (each once per database): Sơn La and Tam Đường, the demo's areas. */
export const STARTUP_REFERENCE_SETS: { id: string; build: () => ReferenceSet }[] = [
  { id: 'son-la-2025', build: sonLa2025 },
  { id: 'tam-duong-2020', build: tamDuong2020 },
];

export { provinceUnit };
