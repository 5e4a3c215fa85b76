// Catalogue area "privacy": messages of the retention and personal-data settings, Indonesian first.
export const privacy = {
  'privacy.retention_years_whole_number': {
    id: 'Isi jumlah tahun: bilangan bulat 1 sampai 100, atau kosongkan agar data disimpan.',
    en: 'Enter a number of years: a whole number from 1 to 100, or leave it empty to keep the data.',
  },
  'privacy.retention.number_years_must_whole_number': {
    id: 'Jumlah tahun harus bilangan bulat 1 sampai {MAX_RETENTION_YEARS}.',
    en: 'The number of years must be a whole number from 1 to {MAX_RETENTION_YEARS}.',
  },
  'privacy.retention.fill_public_body_profile_first': { id: 'Isi profil badan publik terlebih dahulu.', en: 'Fill in the public body profile first.' },
} as const satisfies Record<string, { id: string; en: string }>;
