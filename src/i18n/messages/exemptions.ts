// Catalogue area "exemptions": validation and error messages of the exemptions area, Indonesian first.
export const exemptions = {
  'exemptions.choose_where_information_under_test_comes': { id: 'Pilih asal informasi yang diuji.', en: 'Choose where the information under test comes from.' },
  'exemptions.choose_classified_item_under_test': { id: 'Pilih informasi berklasifikasi yang diuji.', en: 'Choose the classified item under test.' },
  'exemptions.choose_dip_entry_exempt': { id: 'Pilih entri DIP yang akan dikecualikan.', en: 'Choose the DIP entry to exempt.' },
  'exemptions.information_already_has_consequence_test_progress': {
    id: 'Informasi ini sudah memiliki uji konsekuensi yang sedang berjalan atau berlaku.',
    en: 'This information already has a consequence test in progress or in force.',
  },
  'exemptions.unknown_request': { id: 'Permohonan tidak dikenal.', en: 'Unknown request.' },
  'exemptions.choose_when_test_made': { id: 'Pilih saat pengujian.', en: 'Choose when the test is made.' },
  'exemptions.choose_exemption_ground_art_17_sub': {
    id: 'Pilih dasar pengecualian (UU KIP Pasal 17) beserta angkanya bila ada.',
    en: 'Choose the exemption ground (Art. 17) with its sub-point where it has one.',
  },
  'exemptions.name_regulation_legal_basis_least_5': {
    id: 'Sebutkan peraturan yang menjadi dasar hukum (minimal 5 karakter).',
    en: 'Name the regulation that is the legal basis (at least 5 characters).',
  },
  'exemptions.name_article_paragraph': { id: 'Sebutkan pasal dan ayatnya.', en: 'Name the article and paragraph.' },
  'exemptions.describe_information_withheld_least_10_characters': {
    id: 'Uraikan informasi yang dikecualikan (minimal 10 karakter).',
    en: 'Describe the information to be withheld (at least 10 characters).',
  },
  'exemptions.describe_consequence_if_information_were_opened': {
    id: 'Uraikan konsekuensi bila informasi dibuka (minimal 20 karakter).',
    en: 'Describe the consequence if the information were opened (at least 20 characters).',
  },
  'exemptions.describe_public_interest_balance_least_20': {
    id: 'Uraikan pertimbangan kepentingan publik (minimal 20 karakter).',
    en: 'Describe the public-interest balance (at least 20 characters).',
  },
  'exemptions.state_whether_exempt_full_part': {
    id: 'Nyatakan apakah dikecualikan seluruhnya atau sebagian.',
    en: 'State whether it is exempt in full or in part.',
  },
  'exemptions.describe_part_still_given': { id: 'Sebutkan bagian yang tetap dapat diberikan.', en: 'Describe the part that can still be given.' },
  'exemptions.enter_first_day_exemption_period': { id: 'Isi tanggal mulai jangka waktu pengecualian.', en: 'Enter the first day of the exemption period.' },
  'exemptions.enter_last_day_exemption_ground_cannot': {
    id: 'Isi tanggal akhir: pengecualian atas dasar ini tidak boleh tanpa batas waktu.',
    en: 'Enter the last day: an exemption on this ground cannot be without end.',
  },
  'exemptions.last_day_cannot_before_first_day': { id: 'Tanggal akhir tidak boleh sebelum tanggal mulai.', en: 'The last day cannot be before the first day.' },
  'exemptions.write_title_public_least_5_characters': {
    id: 'Tulis judul untuk publik (minimal 5 karakter).',
    en: 'Write a title for the public (at least 5 characters).',
  },
  'exemptions.write_summary_consequence_public_least_20': {
    id: 'Tulis ringkasan konsekuensi untuk publik (minimal 20 karakter).',
    en: 'Write a summary of the consequence for the public (at least 20 characters).',
  },
  'exemptions.unknown_proposing_agency': { id: 'Unit pengusul tidak dikenal.', en: 'Unknown proposing agency.' },
  'exemptions.consequence_test_proposed_name_agency_information': {
    id: 'Uji konsekuensi diajukan atas nama unit pemilik informasi; informasi ini milik unit lain.',
    en: 'A consequence test is proposed in the name of the agency the information belongs to; this information belongs to another agency.',
  },
  'exemptions.write_note_least_5_characters': { id: 'Tuliskan catatan (minimal 5 karakter).', en: 'Write a note (at least 5 characters).' },
  'exemptions.give_reasons_decision_least_10_characters': {
    id: 'Tuliskan alasan keputusan (minimal 10 karakter).',
    en: 'Give the reasons for the decision (at least 10 characters).',
  },
  'exemptions.choose_decision': { id: 'Pilih keputusan.', en: 'Choose a decision.' },
  'exemptions.give_reason_opening_information_least_10': {
    id: 'Tuliskan alasan pembukaan informasi (minimal 10 karakter).',
    en: 'Give the reason for opening the information (at least 10 characters).',
  },
  'exemptions.period_runs_beyond_year_limit': {
    id: 'Jangka waktu melebihi batas {years} tahun (PP 61/2010) untuk dasar huruf a–f. Perpendek, atau centang pernyataan bahwa jangka waktu ini disengaja.',
    en: 'The period runs beyond the {years}-year limit (PP 61/2010) for grounds a–f. Shorten it, or tick the statement that this period is intended.',
  },
} as const satisfies Record<string, { id: string; en: string }>;
