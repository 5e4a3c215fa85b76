// Catalogue area "exemptions-form": the form of a consequence test (new and edit) and the checks of what it carries, Indonesian first.
export const exemptionsForm = {
  'exemptions-form.choose_where_information_under_test_comes': {
    id: 'Pilih asal informasi yang diuji.',
    en: 'Choose where the information under test comes from.',
  },
  'exemptions-form.choose_classified_item_under_test': { id: 'Pilih informasi berklasifikasi yang diuji.', en: 'Choose the classified item under test.' },
  'exemptions-form.choose_dip_entry_exempt': { id: 'Pilih entri DIP yang akan dikecualikan.', en: 'Choose the DIP entry to exempt.' },
  'exemptions-form.information_already_has_consequence_test_progress': {
    id: 'Informasi ini sudah memiliki uji konsekuensi yang sedang berjalan atau berlaku.',
    en: 'This information already has a consequence test in progress or in force.',
  },
  'exemptions-form.unknown_request': { id: 'Permohonan tidak dikenal.', en: 'Unknown request.' },
  'exemptions-form.choose_when_test_made': { id: 'Pilih saat pengujian.', en: 'Choose when the test is made.' },
  'exemptions-form.choose_exemption_ground_art_17_sub': {
    id: 'Pilih dasar pengecualian (UU KIP Pasal 17) beserta angkanya bila ada.',
    en: 'Choose the exemption ground (Art. 17) with its sub-point where it has one.',
  },
  'exemptions-form.name_regulation_legal_basis_least_5': {
    id: 'Sebutkan peraturan yang menjadi dasar hukum (minimal 5 karakter).',
    en: 'Name the regulation that is the legal basis (at least 5 characters).',
  },
  'exemptions-form.name_article_paragraph': { id: 'Sebutkan pasal dan ayatnya.', en: 'Name the article and paragraph.' },
  'exemptions-form.describe_information_withheld_least_10_characters': {
    id: 'Uraikan informasi yang dikecualikan (minimal 10 karakter).',
    en: 'Describe the information to be withheld (at least 10 characters).',
  },
  'exemptions-form.describe_consequence_if_information_were_opened': {
    id: 'Uraikan konsekuensi bila informasi dibuka (minimal 20 karakter).',
    en: 'Describe the consequence if the information were opened (at least 20 characters).',
  },
  'exemptions-form.describe_public_interest_balance_least_20': {
    id: 'Uraikan pertimbangan kepentingan publik (minimal 20 karakter).',
    en: 'Describe the public-interest balance (at least 20 characters).',
  },
  'exemptions-form.state_whether_exempt_full_part': {
    id: 'Nyatakan apakah dikecualikan seluruhnya atau sebagian.',
    en: 'State whether it is exempt in full or in part.',
  },
  'exemptions-form.describe_part_still_given': { id: 'Sebutkan bagian yang tetap dapat diberikan.', en: 'Describe the part that can still be given.' },
  'exemptions-form.enter_first_day_exemption_period': {
    id: 'Isi tanggal mulai jangka waktu pengecualian.',
    en: 'Enter the first day of the exemption period.',
  },
  'exemptions-form.enter_last_day_exemption_ground_cannot': {
    id: 'Isi tanggal akhir: pengecualian atas dasar ini tidak boleh tanpa batas waktu.',
    en: 'Enter the last day: an exemption on this ground cannot be without end.',
  },
  'exemptions-form.last_day_cannot_before_first_day': {
    id: 'Tanggal akhir tidak boleh sebelum tanggal mulai.',
    en: 'The last day cannot be before the first day.',
  },
  'exemptions-form.write_title_public_least_5_characters': {
    id: 'Tulis judul untuk publik (minimal 5 karakter).',
    en: 'Write a title for the public (at least 5 characters).',
  },
  'exemptions-form.write_summary_consequence_public_least_20': {
    id: 'Tulis ringkasan konsekuensi untuk publik (minimal 20 karakter).',
    en: 'Write a summary of the consequence for the public (at least 20 characters).',
  },
  'exemptions-form.unknown_proposing_agency': { id: 'Unit pengusul tidak dikenal.', en: 'Unknown proposing agency.' },
  'exemptions-form.consequence_test_proposed_name_agency_information': {
    id: 'Uji konsekuensi diajukan atas nama unit pemilik informasi; informasi ini milik unit lain.',
    en: 'A consequence test is proposed in the name of the agency the information belongs to; this information belongs to another agency.',
  },
  'exemptions-form.write_note_least_5_characters': { id: 'Tuliskan catatan (minimal 5 karakter).', en: 'Write a note (at least 5 characters).' },
  'exemptions-form.give_reasons_decision_least_10_characters': {
    id: 'Tuliskan alasan keputusan (minimal 10 karakter).',
    en: 'Give the reasons for the decision (at least 10 characters).',
  },
  'exemptions-form.choose_decision': { id: 'Pilih keputusan.', en: 'Choose a decision.' },
  'exemptions-form.give_reason_opening_information_least_10': {
    id: 'Tuliskan alasan pembukaan informasi (minimal 10 karakter).',
    en: 'Give the reason for opening the information (at least 10 characters).',
  },
  'exemptions-form.period_runs_beyond_year_limit': {
    id: 'Jangka waktu melebihi batas {years} tahun (PP 61/2010) untuk dasar huruf a–f. Perpendek, atau centang pernyataan bahwa jangka waktu ini disengaja.',
    en: 'The period runs beyond the {years}-year limit (PP 61/2010) for grounds a–f. Shorten it, or tick the statement that this period is intended.',
  },
  'exemptions-form.form.letter_sub_point_law_14': {
    id: 'Huruf dan angka UU No. 14 Tahun 2008 Pasal 17. Huruf a, c, e, f dan h dipilih menurut angkanya.',
    en: 'Letter and sub-point of Law 14/2008 Art. 17. Letters a, c, e, f and h are chosen by their sub-point.',
  },
  'exemptions-form.form.exemption_ground_art_17': { id: 'Dasar pengecualian (Pasal 17)', en: 'Exemption ground (Art. 17)' },
  'exemptions-form.form.new_consequence_test': { id: 'Uji konsekuensi baru', en: 'New consequence test' },
  'exemptions-form.form.back': { id: '← Kembali', en: '← Back' },
  'exemptions-form.form.consequence_test_weighs_harm_opening': {
    id: 'Uji konsekuensi menimbang akibat bila informasi dibuka terhadap kepentingan publik (UU KIP Pasal 2 ayat (4) dan Pasal 19). Setelah disimpan sebagai draf, ajukan kepada PPID Utama.',
    en: 'A consequence test weighs the harm of opening the information against the public interest (Law 14/2008 Art. 2(4) and 19). Once saved as a draft, submit it to the lead PPID.',
  },
  'exemptions-form.form.return_note': { id: 'Catatan pengembalian: ', en: 'Return note: ' },
  'exemptions-form.form.1_information_tested': { id: '1. Informasi yang diuji', en: '1. The information tested' },
  'exemptions-form.form.title_description_are_recorded_register': {
    id: 'Judul dan uraian informasi dicatat dalam register informasi berklasifikasi dan hanya dapat dibaca pejabat yang berwenang; keduanya tidak pernah tampil di portal.',
    en: 'The title and description are recorded in the register of classified information and only authorised officials may read them; they never appear on the portal.',
  },
  'exemptions-form.form.request': { id: 'Untuk permohonan', en: 'For request' },
  'exemptions-form.form.test_made_when_request_arrives': { id: ' (pengujian saat ada permohonan).', en: ' (test made when a request arrives).' },
  'exemptions-form.form.where_information_comes_from': { id: 'Asal informasi', en: 'Where the information comes from' },
  'exemptions-form.form.new_information': { id: 'Informasi baru', en: 'New information' },
  'exemptions-form.form.fill_title_description_level_below': {
    id: 'Isi judul, uraian dan tingkat klasifikasi di bawah.',
    en: 'Fill in the title, description and level below.',
  },
  'exemptions-form.form.classified_item_already_recorded': { id: 'Informasi berklasifikasi yang sudah tercatat', en: 'A classified item already recorded' },
  'exemptions-form.form.choose_from_those_you_may': { id: 'Pilih dari daftar yang boleh Anda baca.', en: 'Choose from those you may read.' },
  'exemptions-form.form.entry_public_register': { id: 'Entri Daftar Informasi Publik', en: 'An entry of the public register' },
  'exemptions-form.form.once_approved_entry_withdrawn_from': {
    id: 'Bila ditetapkan, entri ditarik dari portal.',
    en: 'Once approved, the entry is withdrawn from the portal.',
  },
  'exemptions-form.form.information_requested': { id: 'Informasi yang dimohon', en: 'The information requested' },
  'exemptions-form.form.title_information_internal': { id: 'Judul informasi (internal)', en: 'Title of the information (internal)' },
  'exemptions-form.form.description_internal': { id: 'Uraian (internal)', en: 'Description (internal)' },
  'exemptions-form.form.classified_item_already_recorded_2': { id: 'Informasi berklasifikasi yang sudah tercatat', en: 'Classified item already recorded' },
  'exemptions-form.form.dip_entry': { id: 'Entri DIP', en: 'DIP entry' },
  'exemptions-form.form.security_level': { id: 'Tingkat klasifikasi keamanan', en: 'Security level' },
  'exemptions-form.form.new_information_request_s_subject': {
    id: 'Untuk informasi baru, dari permohonan atau dari DIP; tidak boleh di atas izin akses Anda. Klasifikasi keamanan bukan dasar pengecualian.',
    en: 'For new information, a request’s subject or a DIP entry; not above your clearance. A security level is not an exemption ground.',
  },
  'exemptions-form.form.information_tested_register_number': { id: 'Informasi yang diuji: register nomor', en: 'Information tested: register number' },
  'exemptions-form.form.2_exemption_ground': { id: '2. Dasar pengecualian', en: '2. Exemption ground' },
  'exemptions-form.form.when_test_made': { id: 'Saat pengujian', en: 'When the test is made' },
  'exemptions-form.form.my_agency': { id: 'Unit saya', en: 'My agency' },
  'exemptions-form.form.legal_basis_regulation': { id: 'Dasar hukum: peraturan', en: 'Legal basis: regulation' },
  'exemptions-form.form.e_g_law_no_17': { id: 'Mis. UU No. 17 Tahun 2023 tentang Kesehatan.', en: 'E.g. Law No. 17 of 2023 on Health.' },
  'exemptions-form.form.legal_basis_article_paragraph': { id: 'Dasar hukum: pasal dan ayat', en: 'Legal basis: article and paragraph' },
  'exemptions-form.form.e_g_article_4_1': { id: 'Mis. Pasal 4 ayat (1) huruf i.', en: 'E.g. Article 4(1)(i).' },
  'exemptions-form.form.3_consequence_test_internal': { id: '3. Pengujian konsekuensi (internal)', en: '3. The consequence test (internal)' },
  'exemptions-form.form.only_authorised_ppid_superior_read': {
    id: 'Bagian ini hanya dibaca PPID dan Atasan PPID yang berwenang, tidak pernah tampil di portal maupun dalam email.',
    en: 'Only the authorised PPID and superior read this part; it never appears on the portal or in emails.',
  },
  'exemptions-form.form.consequence_if_information_were_opened': {
    id: 'Konsekuensi apabila informasi dibuka',
    en: 'Consequence if the information were opened',
  },
  'exemptions-form.form.why_closing_information_protects_greater': {
    id: 'Mengapa menutup informasi melindungi kepentingan yang lebih besar daripada membukanya (UU KIP Pasal 2 ayat (4)).',
    en: 'Why closing the information protects a greater interest than opening it (Law 14/2008 Art. 2(4)).',
  },
  'exemptions-form.form.exempt_part_rest_given_exempt': {
    id: 'Dikecualikan sebagian (bagian lain diberikan, yang dikecualikan dihitamkan)',
    en: 'Exempt in part (the rest is given, the exempt part blacked out)',
  },
  'exemptions-form.form.part_can_still_given_if': {
    id: 'Bagian yang tetap dapat diberikan (bila sebagian)',
    en: 'The part that can still be given (if partial)',
  },
  'exemptions-form.form.4_exemption_period': { id: '4. Jangka waktu pengecualian', en: '4. Exemption period' },
  'exemptions-form.form.grounds_f_are_not_permanent': {
    id: 'Dasar huruf a–f tidak permanen dan paling lama {MAX_YEARS_A_TO_F} tahun (UU KIP Pasal 20, PP 61/2010); huruf i dan j wajib berakhir; huruf g dan h boleh tanpa tanggal akhir.',
    en: 'Grounds a–f are not permanent and last at most {MAX_YEARS_A_TO_F} years (Art. 20, PP 61/2010); i and j must end; g and h may have no end date.',
  },
  'exemptions-form.form.from': { id: 'Mulai', en: 'From' },
  'exemptions-form.form.until': { id: 'Berakhir', en: 'Until' },
  'exemptions-form.form.period_beyond_years_intended': {
    id: 'Jangka waktu lebih dari {MAX_YEARS_A_TO_F} tahun ini disengaja.',
    en: 'This period beyond {MAX_YEARS_A_TO_F} years is intended.',
  },
  'exemptions-form.form.5_what_public_sees': { id: '5. Yang ditampilkan kepada publik', en: '5. What the public sees' },
  'exemptions-form.form.shown_portal': { id: 'Tampil di portal. ', en: 'Shown on the portal. ' },
  'exemptions-form.form.title_summary_are_published_register': {
    id: 'Judul dan ringkasan ini dimuat dalam Daftar Informasi yang Dikecualikan yang dapat dibaca siapa saja, beserta dasar pengecualian, dasar hukum, jangka waktu dan nomor penetapan. Jangan tuliskan nama orang, isi rahasia, atau hal lain yang justru dikecualikan.',
    en: 'This title and summary are published in the register of exempt information that anyone can read, with the ground, legal basis, period and decision number. Do not write names, secret content or anything else that is itself withheld.',
  },
  'exemptions-form.form.title_public': { id: 'Judul untuk publik', en: 'Title for the public' },
  'exemptions-form.form.summary_consequence_public': { id: 'Ringkasan konsekuensi untuk publik', en: 'Summary of the consequence for the public' },
  'exemptions-form.form.save_draft': { id: 'Simpan draf', en: 'Save the draft' },
} as const satisfies Record<string, { id: string; en: string }>;
