// Catalogue area "dip": validation and error messages of the dip area, Indonesian first.
export const dip = {
  'dip.title_required_least_5_characters': { id: 'Judul informasi wajib diisi (minimal 5 karakter).', en: 'The title is required (at least 5 characters).' },
  'dip.summary_required_least_10_characters': {
    id: 'Ringkasan isi informasi wajib diisi (minimal 10 karakter).',
    en: 'The summary is required (at least 10 characters).',
  },
  'dip.choose_category_periodic_immediate_any_time': {
    id: 'Pilih kategori: berkala, serta-merta, atau setiap saat.',
    en: 'Choose a category: periodic, immediate or at any time.',
  },
  'dip.choose_type_information': { id: 'Jenis informasi tidak dikenal.', en: 'Choose a type of information.' },
  'dip.say_who_responsible_making_information': {
    id: 'Penanggung jawab pembuatan informasi wajib diisi.',
    en: 'Say who is responsible for making the information.',
  },
  'dip.form_printed_recorded': { id: 'Bentuk informasi: tercetak atau terekam.', en: 'Form: printed or recorded.' },
  'dip.choose_least_one_form_printed_recorded': {
    id: 'Pilih minimal satu bentuk informasi (tercetak/terekam).',
    en: 'Choose at least one form (printed/recorded).',
  },
  'dip.retention_period_required': { id: 'Jangka waktu penyimpanan (retensi) wajib diisi.', en: 'The retention period is required.' },
  'dip.year_number_e_g_2025': { id: 'Tahun harus angka, mis. 2025.', en: 'The year must be a number, e.g. 2025.' },
  'dip.year_not_plausible_1945_earliest': { id: 'Tahun tidak masuk akal (minimal 1945).', en: 'That year is not plausible (1945 at the earliest).' },
  'dip.year_not_plausible_2100_latest': { id: 'Tahun tidak masuk akal (maksimal 2100).', en: 'That year is not plausible (2100 at the latest).' },
  'dip.most_20_keywords': { id: 'Maksimal 20 kata kunci.', en: 'At most 20 keywords.' },
  'dip.link_full_address_https': { id: 'Tautan harus URL lengkap (https://...).', en: 'A link must be a full address (https://...).' },
  'dip.write_note_agency_least_5_characters': {
    id: 'Tuliskan catatan perbaikan untuk PPID Pembantu (minimal 5 karakter).',
    en: 'Write a note for the agency (at least 5 characters).',
  },
  'dip.give_reason_withdrawing_least_10_characters': {
    id: 'Tuliskan alasan penarikan dari portal (minimal 10 karakter).',
    en: 'Give the reason for withdrawing it (at least 10 characters).',
  },
  'dip.type_does_not_fit_chosen_category': {
    id: 'Jenis informasi ini tidak cocok dengan kategori yang dipilih. Pilih jenis dari kelompok yang sesuai dengan kategorinya.',
    en: 'This type does not fit the chosen category. Choose a type from a group that fits the category.',
  },
  'dip.choose_agency_owns_entry': { id: 'Pilih unit pemilik entri.', en: 'Choose the agency that owns the entry.' },
  'dip.choose_type_information_2': { id: 'Pilih jenis informasi.', en: 'Choose a type of information.' },
  'dip.term_required_least_2_characters': { id: 'Istilah wajib diisi (minimal 2 karakter).', en: 'The term is required (at least 2 characters).' },
  'dip.most_100_characters': { id: 'Maksimal 100 karakter.', en: 'At most 100 characters.' },
  'dip.term_needs_letters_digits_besides_common': {
    id: 'Istilah harus memuat huruf atau angka selain kata umum.',
    en: 'The term needs letters or digits besides common words.',
  },
  'dip.each_expansion_needs_2_200_characters': { id: 'Setiap padanan 2–200 karakter.', en: 'Each expansion needs 2–200 characters.' },
  'dip.give_least_one_expansion': { id: 'Isi paling sedikit satu padanan.', en: 'Give at least one expansion.' },
  'dip.choose_kind_abbreviation_synonym': { id: 'Pilih jenis: singkatan atau sinonim.', en: 'Choose a kind: abbreviation or synonym.' },
  'dip.expansion_cannot_term_itself': { id: 'Padanan tidak boleh sama dengan istilahnya.', en: 'An expansion cannot be the term itself.' },
  'dip.synonyms_at_most_expansions': { id: 'Paling banyak {max} padanan.', en: 'At most {max} expansions.' },
} as const satisfies Record<string, { id: string; en: string }>;
