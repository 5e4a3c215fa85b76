// Catalogue area "requests": validation and error messages of the requests area, Indonesian first.
export const requests = {
  'requests.choose_type_applicant': { id: 'Pilih jenis pemohon.', en: 'Choose the type of applicant.' },
  'requests.your_full_name_required': { id: 'Nama lengkap wajib diisi.', en: 'Your full name is required.' },
  'requests.nik_has_16_digits_identity_card': { id: 'NIK terdiri dari 16 angka, seperti pada KTP.', en: 'A NIK has 16 digits, as on the identity card (KTP).' },
  'requests.number_legal_entity_s_deed_approval': {
    id: 'Nomor SK pengesahan badan hukum wajib diisi.',
    en: 'The number of the legal entity’s deed of approval (SK pengesahan) is required.',
  },
  'requests.your_address_required': { id: 'Alamat wajib diisi.', en: 'Your address is required.' },
  'requests.give_email_address_phone_number_so': {
    id: 'Isi email atau nomor telepon, agar PPID dapat menghubungi Anda.',
    en: 'Give an email address or a phone number, so that the PPID can reach you.',
  },
  'requests.phone_number_contains_only_digits_spaces': {
    id: 'Nomor telepon hanya berisi angka, spasi, +, - atau tanda kurung.',
    en: 'A phone number contains only digits, spaces, +, - or brackets.',
  },
  'requests.describe_information_you_need_least_10': {
    id: 'Rincian informasi yang dibutuhkan wajib diisi (minimal 10 karakter).',
    en: 'Describe the information you need (at least 10 characters).',
  },
  'requests.state_what_you_will_use_information': { id: 'Tujuan penggunaan informasi wajib diisi.', en: 'State what you will use the information for.' },
  'requests.choose_how_you_want_obtain_information': { id: 'Pilih cara memperoleh informasi.', en: 'Choose how you want to obtain the information.' },
  'requests.choose_form_copy': { id: 'Pilih bentuk salinan.', en: 'Choose the form of the copy.' },
  'requests.choose_how_you_want_receive_copy': { id: 'Pilih cara mendapatkan salinan.', en: 'Choose how you want to receive the copy.' },
  'requests.give_email_address_receive_copy_email': {
    id: 'Isi alamat email untuk pengiriman salinan lewat email.',
    en: 'Give an email address to receive the copy by email.',
  },
  'requests.you_need_agree_statement_submit_request': {
    id: 'Anda perlu menyetujui pernyataan ini untuk mengajukan permohonan.',
    en: 'You need to agree to this statement to submit the request.',
  },
  'requests.choose_least_one_agency': { id: 'Pilih minimal satu unit kerja.', en: 'Choose at least one agency.' },
  'requests.unknown_agency': { id: 'Unit kerja tidak dikenal.', en: 'Unknown agency.' },
  'requests.write_instruction_agency_least_5_characters': {
    id: 'Tuliskan instruksi untuk unit kerja (minimal 5 karakter).',
    en: 'Write an instruction for the agency (at least 5 characters).',
  },
  'requests.internal_deadline_not_later_than_written': {
    id: 'Tenggat internal tidak boleh melewati batas waktu pemberitahuan tertulis.',
    en: 'The internal deadline may not be later than the written notice deadline.',
  },
  'requests.internal_deadline_not_past': { id: 'Tenggat internal tidak boleh sebelum hari ini.', en: 'The internal deadline may not be in the past.' },
  'requests.write_agency_s_answer_least_5': {
    id: 'Tuliskan jawaban unit kerja (minimal 5 karakter).',
    en: "Write the agency's answer (at least 5 characters).",
  },
  'requests.unknown_disposition': { id: 'Disposisi tidak dikenal.', en: 'Unknown disposition.' },
  'requests.give_reason_extension_least_10_characters': {
    id: 'Tuliskan alasan perpanjangan (minimal 10 karakter).',
    en: 'Give the reason for the extension (at least 10 characters).',
  },
  'requests.choose_decision_request': { id: 'Pilih keputusan atas permohonan.', en: 'Choose the decision on the request.' },
  'requests.state_whether_information_held': { id: 'Nyatakan apakah informasi dikuasai.', en: 'State whether the information is held.' },
  'requests.information_given_held_body': {
    id: 'Informasi yang diberikan harus dikuasai badan publik.',
    en: 'Information that is given must be held by the body.',
  },
  'requests.if_not_held_choose_not_held': { id: 'Bila tidak dikuasai, pilih "tidak dikuasai".', en: 'If it is not held, choose "not held".' },
  'requests.describe_information_will_given': { id: 'Sebutkan informasi yang akan diberikan.', en: 'Describe the information that will be given.' },
  'requests.describe_parts_withheld_blacked_out': {
    id: 'Sebutkan bagian informasi yang dihitamkan atau dikecualikan.',
    en: 'Describe the parts withheld or blacked out.',
  },
  'requests.give_reasons': { id: 'Tuliskan alasannya.', en: 'Give the reasons.' },
  'requests.choose_approved_consequence_test_force_law': {
    id: 'Pilih uji konsekuensi yang telah ditetapkan dan masih berlaku (UU KIP Pasal 19).',
    en: 'Choose an approved consequence test that is in force (Law 14/2008 Art. 19).',
  },
  'requests.consequence_test_not_force_date_notice': {
    id: 'Uji konsekuensi ini tidak (lagi) berlaku pada tanggal pemberitahuan.',
    en: 'This consequence test is not in force on the date of the notice.',
  },
  'requests.choose_form_information': { id: 'Pilih bentuk informasi.', en: 'Choose the form of the information.' },
  'requests.choose_means_delivery': { id: 'Pilih cara penyampaian.', en: 'Choose the means of delivery.' },
  'requests.enter_whole_number_0_more_without': {
    id: 'Isi angka bulat 0 atau lebih, tanpa titik atau koma.',
    en: 'Enter a whole number of 0 or more, without dots or commas.',
  },
  'requests.enter_time_provide_working_days': { id: 'Isi waktu penyediaan dalam hari kerja.', en: 'Enter the time to provide it, in working days.' },
  'requests.most_4000_characters': { id: 'Maksimal 4000 karakter.', en: 'At most 4000 characters.' },
  'requests.most_2000_characters': { id: 'Maksimal 2000 karakter.', en: 'At most 2000 characters.' },
  'requests.most_300_characters': { id: 'Maksimal 300 karakter.', en: 'At most 300 characters.' },
  'requests.choose_how_request_received': { id: 'Pilih saluran masuknya permohonan.', en: 'Choose how the request was received.' },
  'requests.give_date_received_yyyy_mm_dd': { id: 'Isi tanggal diterima (TTTT-BB-HH).', en: 'Give the date received (YYYY-MM-DD).' },
  'requests.give_time_received_hh_mm': { id: 'Isi jam diterima (JJ:MM).', en: 'Give the time received (HH:MM).' },
  'requests.time_received_cannot_future': { id: 'Waktu diterima tidak boleh di masa depan.', en: 'The time received cannot be in the future.' },
} as const satisfies Record<string, { id: string; en: string }>;
