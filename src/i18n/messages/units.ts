// Catalogue area "units": the texts of its pages and routes, Indonesian first (moved from the inline tx calls by scripts/codemod-messages.ts).
export const units = {
  'units.units.code_already_used_another_unit': { id: 'Kode ini sudah dipakai unit lain.', en: 'This code is already used by another unit.' },
  'units.units.unit_still_has_users': { id: 'Unit ini masih memiliki pengguna.', en: 'This unit still has users.' },
} as const satisfies Record<string, { id: string; en: string }>;
