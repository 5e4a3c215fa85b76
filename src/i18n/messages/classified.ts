// Catalogue area "classified": validation and error messages of the classified area, Indonesian first.
export const classified = {
  'classified.give_title_information_least_3_characters': {
    id: 'Tuliskan judul informasi (minimal 3 karakter).',
    en: 'Give the title of the information (at least 3 characters).',
  },
  'classified.title_have_most_300_characters': { id: 'Judul paling banyak 300 karakter.', en: 'The title can have at most 300 characters.' },
  'classified.description_have_most_10_000_characters': {
    id: 'Uraian paling banyak 10.000 karakter.',
    en: 'The description can have at most 10,000 characters.',
  },
  'classified.choose_security_level': { id: 'Pilih tingkat klasifikasi keamanan.', en: 'Choose the security level.' },
  'classified.give_your_reason_opening_information_least': {
    id: 'Tuliskan alasan Anda membuka informasi ini (minimal 5 karakter).',
    en: 'Give your reason for opening this information (at least 5 characters).',
  },
  'classified.reason_have_most_500_characters': { id: 'Alasan paling banyak 500 karakter.', en: 'The reason can have at most 500 characters.' },
  'classified.choose_clearance': { id: 'Pilih tingkat izin akses.', en: 'Choose a clearance.' },
  'classified.choose_officer_give_access': { id: 'Pilih petugas yang diberi akses.', en: 'Choose the officer to give access to.' },
  'classified.give_reason_why_officer_needs_know': {
    id: 'Tuliskan mengapa petugas ini perlu mengetahui informasi ini (minimal 10 karakter).',
    en: 'Give the reason why this officer needs to know this information (at least 10 characters).',
  },
  'classified.enter_date_access_ends': { id: 'Isi tanggal berakhirnya akses.', en: 'Enter the date the access ends.' },
  'classified.give_reason_change_level_least_10': {
    id: 'Tuliskan alasan perubahan tingkat (minimal 10 karakter).',
    en: 'Give the reason for the change of level (at least 10 characters).',
  },
  'classified.give_legal_basis_decision_least_10': {
    id: 'Tuliskan dasar hukum penetapan (minimal 10 karakter).',
    en: 'Give the legal basis of the decision (at least 10 characters).',
  },
  'classified.give_start_classification_period_yyyy_mm': {
    id: 'Isi tanggal mulai masa klasifikasi (TTTT-BB-HH).',
    en: 'Give the start of the classification period (YYYY-MM-DD).',
  },
  'classified.give_date_yyyy_mm_dd': { id: 'Isi tanggal dengan format TTTT-BB-HH.', en: 'Give the date as YYYY-MM-DD.' },
  'classified.end_classification_period_cannot_before_start': {
    id: 'Akhir masa klasifikasi tidak boleh sebelum awalnya.',
    en: 'The end of the classification period cannot be before its start.',
  },
  'classified.date_lowering_opening_cannot_before_period': {
    id: 'Tanggal penurunan atau pembukaan tidak boleh sebelum awal masa klasifikasi.',
    en: 'The date of lowering or opening cannot be before the period starts.',
  },
  'classified.level_after_lowering_below_level_decided': {
    id: 'Tingkat sesudah penurunan harus lebih rendah dari tingkat yang ditetapkan.',
    en: 'The level after lowering must be below the level decided.',
  },
} as const satisfies Record<string, { id: string; en: string }>;
