// Catalogue area "objections": validation and error messages of the objections area, Indonesian first.
export const objections = {
  'objections.choose_least_one_ground_objection': { id: 'Pilih minimal satu alasan keberatan.', en: 'Choose at least one ground for the objection.' },
  'objections.describe_what_happened_least_20_characters': {
    id: 'Uraikan kasus posisi (minimal 20 karakter).',
    en: 'Describe what happened (at least 20 characters).',
  },
  'objections.give_reasons_decision_least_20_characters': {
    id: 'Tuliskan alasan keputusan (minimal 20 karakter).',
    en: 'Give the reasons for the decision (at least 20 characters).',
  },
  'objections.unknown_ground_choose_from_letters_g': {
    id: 'Alasan keberatan tidak dikenal; pilih dari huruf a–g Pasal 35 ayat (1).',
    en: 'Unknown ground; choose from letters a–g of Art. 35(1).',
  },
  'objections.name_proxy_text_most_200_characters': {
    id: 'Nama kuasa harus berupa teks (maksimal 200 karakter).',
    en: 'The name of the proxy must be text (at most 200 characters).',
  },
  'objections.enter_registration_number_request': { id: 'Isi nomor pendaftaran permohonan.', en: 'Enter the registration number of the request.' },
  'objections.enter_tracking_code_from_receipt_email': {
    id: 'Isi kode pelacakan dari tanda bukti atau email permohonan.',
    en: 'Enter the tracking code from the receipt or the email of the request.',
  },
  'objections.follow_up_period_number_1_60': {
    id: 'Jangka waktu tindak lanjut: bilangan 1–60 hari kerja, atau kosongkan.',
    en: 'Follow-up period: a number of 1–60 working days, or leave it empty.',
  },
  'objections.enter_date_information_given_yyyy_mm': {
    id: 'Isi tanggal informasi diberikan (TTTT-BB-HH).',
    en: 'Enter the date the information was given (YYYY-MM-DD).',
  },
  'objections.note_have_most_2000_characters': { id: 'Catatan maksimal 2000 karakter.', en: 'The note may have at most 2000 characters.' },
  'objections.date_cannot_before_objection_decision_after': {
    id: 'Tanggal tidak boleh sebelum keputusan keberatan atau sesudah hari ini.',
    en: 'The date cannot be before the objection decision or after today.',
  },
  'objections.without_request_number_objection_only_filed': {
    id: 'Tanpa nomor permohonan, keberatan hanya dapat diajukan dengan alasan huruf b (informasi yang wajib diumumkan belum diumumkan). Untuk alasan lain, isi nomor permohonan.',
    en: 'Without a request number, an objection can only be filed on ground b (information that must be published was not). For other grounds, enter the request number.',
  },
  'objections.enter_applicant_s_name_least_3': { id: 'Isi nama pemohon (minimal 3 karakter).', en: 'Enter the applicant’s name (at least 3 characters).' },
  'objections.enter_applicant_s_address': { id: 'Isi alamat pemohon.', en: 'Enter the applicant’s address.' },
  'objections.enter_email_address_phone_number_so': {
    id: 'Isi email atau nomor telepon agar Atasan PPID dapat menghubungi Anda.',
    en: 'Enter an email address or a phone number so that the PPID’s superior can reach you.',
  },
  'objections.email_address_not_valid': { id: 'Alamat email tidak valid.', en: 'The email address is not valid.' },
  'objections.describe_information_published_but_not_least': {
    id: 'Uraikan informasi yang wajib diumumkan tetapi belum diumumkan (minimal 10 karakter).',
    en: 'Describe the information that must be published but was not (at least 10 characters).',
  },
  'objections.unknown_unit': { id: 'Unit tidak dikenal.', en: 'Unknown unit.' },
  'objections.complete-follow-up.follow_up_objection_has_already': {
    id: 'Tindak lanjut keberatan ini sudah dicatat selesai.',
    en: 'The follow-up of this objection has already been recorded as done.',
  },
  'objections.file-unpublished-objection.too_many_objections_were_sent': {
    id: 'Terlalu banyak keberatan dikirim dari alamat atau email ini dalam satu jam terakhir. Coba lagi nanti, atau sampaikan keberatan langsung ke kantor PPID.',
    en: 'Too many objections were sent from this address or email in the last hour. Try again later, or hand in the objection at the PPID office.',
  },
  'objections.record-objection-intake.there_no_request_registration_number': {
    id: 'Tidak ada permohonan dengan nomor pendaftaran ini.',
    en: 'There is no request with this registration number.',
  },
} as const satisfies Record<string, { id: string; en: string }>;
