// Catalogue area "privacy": messages of the retention and personal-data settings, Indonesian first.
export const privacy = {
  'privacy.retention_years_whole_number': {
    id: 'Isi jumlah tahun: bilangan bulat 1 sampai 100, atau kosongkan agar data disimpan.',
    en: 'Enter a number of years: a whole number from 1 to 100, or leave it empty to keep the data.',
  },
} as const satisfies Record<string, { id: string; en: string }>;
