// The SRB pages' codes, without zod: the station's monthly form reads them, and zod (the schemas in
// srb.ts) stays off that page.

export const BIRTH_ORDERS = ['1', '2', '3+'] as const;
export type BirthOrder = (typeof BIRTH_ORDERS)[number];

/**
 * Which source of births counts for a province (issue 17: one source per commune-month, chosen
 * per province). `first_stored` is the default: whichever of the two was stored first for a
 * commune-month counts and the other is refused — what every province had before the choice
 * existed, so no province's entry is refused after an upgrade until its officer chooses.
 */
export const BIRTHS_SOURCES = ['first_stored', 'monthly_form', 'province_import'] as const;
export type BirthsSource = (typeof BIRTHS_SOURCES)[number];
