export const ADMIN_LEVELS = ['country', 'province', 'district', 'commune', 'village'] as const;
export type AdminLevel = (typeof ADMIN_LEVELS)[number];

export const ADMIN_LEVEL_LABELS: Record<AdminLevel, { vi: string; en: string }> = {
  country: { vi: 'Toàn quốc', en: 'Country' },
  province: { vi: 'Tỉnh', en: 'Province' },
  district: { vi: 'Huyện (cũ)', en: 'District (former)' },
  commune: { vi: 'Xã, phường, thị trấn', en: 'Commune / ward / town' },
  village: { vi: 'Bản, tổ, tiểu khu', en: 'Village / hamlet' },
};

/** Kinds of village-level units users may add under a commune. */
export const VILLAGE_TYPES = ['bản', 'thôn', 'tổ dân phố', 'tiểu khu', 'xóm', 'ấp'] as const;
