// Catalogue area "requests-objections": objections: the citizen's form, ground b without a request, and the back-office register, Indonesian first.
export const requestsObjections = {
  'requests-objections.objection-entry.file_objection': { id: 'Ajukan keberatan', en: 'File an objection' },
  'requests-objections.objection-entry.you_may_object_ppid_s': {
    id: 'Keberatan diajukan kepada Atasan PPID bila permohonan informasi Anda ditolak, tidak ditanggapi, atau dijawab tidak sebagaimana diminta. Atasan PPID wajib menanggapi secara tertulis paling lambat 30 hari kerja (UU No. 14 Tahun 2008 Pasal 35–36).',
    en: 'You may object to the PPID’s superior when your request was refused, not answered, or not answered as asked. The superior must answer in writing within 30 working days (Law No. 14 of 2008, Art. 35–36).',
  },
  'requests-objections.objection-entry.objection_can_filed_within_30': {
    id: 'Keberatan dapat diajukan dalam 30 hari kerja setelah pemberitahuan tertulis, atau setelah batas waktu jawaban lewat tanpa jawaban. Nomor pendaftaran dan kode pelacakan ada pada tanda bukti permohonan dan email Anda.',
    en: 'An objection can be filed within 30 working days of the written notice, or of the lapse of the answer deadline. The registration number and tracking code are on your request receipt and in your email.',
  },
  'requests-objections.objection-entry.no_request_objection_because_information': {
    id: 'Belum mengajukan permohonan? Keberatan karena informasi yang wajib diumumkan belum diumumkan (Pasal 35 ayat (1) huruf b) tidak memerlukan nomor permohonan.',
    en: 'No request? An objection because information that must be published was not (Art. 35(1)(b)) needs no request number.',
  },
  'requests-objections.objection-entry.your_request': { id: 'Permohonan Anda', en: 'Your request' },
  'requests-objections.objection-entry.example_001_ppid_iii_2026': { id: 'Contoh: 001/PPID/III/2026', en: 'For example: 001/PPID/III/2026' },
  'requests-objections.objection-form.objection_goes_ppid_s_superior': {
    id: 'Keberatan diajukan kepada Atasan PPID, yang wajib menanggapi secara tertulis paling lambat 30 hari kerja (UU No. 14 Tahun 2008 Pasal 35–36).',
    en: 'An objection goes to the PPID’s superior, who must answer in writing within 30 working days (Law No. 14 of 2008, Art. 35–36).',
  },
  'requests-objections.objection-form.objections_accepted_until': { id: 'batas pengajuan keberatan', en: 'objections accepted until' },
  'requests-objections.objection-form.describe_what_happened_what_you': {
    id: 'Uraikan apa yang terjadi dan apa yang Anda harapkan.',
    en: 'Describe what happened and what you expect.',
  },
  'requests-objections.objection-form.proxy_gives_ppid_special_power': {
    id: 'Kuasa melampirkan surat kuasa khusus bermeterai kepada PPID.',
    en: 'A proxy gives the PPID a special power of attorney with a duty stamp.',
  },
  'requests-objections.objection-form.send_objection': { id: 'Kirim keberatan', en: 'Send the objection' },
  'requests-objections.objection-unpublished.objection_information_must_published_was': {
    id: 'Keberatan: informasi yang wajib diumumkan belum diumumkan',
    en: 'Objection: information that must be published was not',
  },
  'requests-objections.objection-unpublished.periodic_art_9_immediate_art': {
    id: 'Informasi berkala (Pasal 9), serta-merta (Pasal 10) dan tersedia setiap saat (Pasal 11) wajib diumumkan tanpa diminta. Bila belum diumumkan, Anda dapat mengajukan keberatan kepada Atasan PPID tanpa permohonan informasi (UU No. 14 Tahun 2008 Pasal 35 ayat (1) huruf b). Atasan PPID menanggapi secara tertulis paling lambat 30 hari kerja.',
    en: 'Periodic (Art. 9), immediate (Art. 10) and always-available (Art. 11) information must be published without being asked for. If it was not, you may object to the PPID’s superior without a request (Law No. 14 of 2008, Art. 35(1)(b)). The superior answers in writing within 30 working days.',
  },
  'requests-objections.objection-unpublished.objection_request_you_made': {
    id: 'Keberatan atas permohonan yang sudah Anda ajukan',
    en: 'Objection to a request you made',
  },
  'requests-objections.objection-unpublished.information_not_published': { id: 'Informasi yang belum diumumkan', en: 'The information not published' },
  'requests-objections.objection-unpublished.which_information_must_published_but': {
    id: 'Informasi apa yang wajib diumumkan tetapi belum diumumkan?',
    en: 'Which information must be published but was not?',
  },
  'requests-objections.objection-unpublished.unit_holding_information': { id: 'Unit yang menguasai informasi', en: 'Unit holding the information' },
  'requests-objections.objection-unpublished.not_sure': { id: '— tidak tahu —', en: '— not sure —' },
  'requests-objections.objection-unpublished.where_you_looked_information_what': {
    id: 'Di mana Anda mencari informasi itu dan apa yang Anda harapkan.',
    en: 'Where you looked for the information and what you expect.',
  },
  'requests-objections.objection-unpublished.applicant': { id: 'Data pemohon', en: 'Applicant' },
  'requests-objections.objection-unpublished.only_ppid_staff_superior_see': {
    id: 'Data Anda hanya dilihat petugas PPID dan Atasan PPID, tidak diumumkan.',
    en: 'Only PPID staff and the superior see your data; it is never published.',
  },
  'requests-objections.objection-unpublished.16_digits_identity_card': { id: '16 angka, seperti pada KTP.', en: '16 digits, as on the identity card.' },
  'requests-objections.objection-unpublished.your_objection_registered': { id: 'Keberatan Anda telah terdaftar', en: 'Your objection is registered' },
  'requests-objections.objection-unpublished.objection_number': { id: 'Nomor registrasi keberatan', en: 'Objection number' },
  'requests-objections.objection-unpublished.superior_answers': { id: 'Tanggapan Atasan PPID paling lambat', en: 'The superior answers by' },
  'requests-objections.objection-unpublished.keep_number_code_code_shown': {
    id: 'Simpan nomor dan kode ini: kode hanya ditampilkan sekali. Unduh tanda bukti PDF atau cetak halaman ini.',
    en: 'Keep this number and code: the code is shown only once. Download the PDF receipt or print this page.',
  },
  'requests-objections.objection-unpublished.track_objection': { id: 'Lacak keberatan ini', en: 'Track this objection' },
  'requests-objections.objection-unpublished.download_receipt_pdf': { id: 'Unduh tanda bukti (PDF)', en: 'Download the receipt (PDF)' },
  'requests-objections.objection-unpublished.track_objection_without_request': {
    id: 'Lacak keberatan tanpa permohonan',
    en: 'Track an objection without a request',
  },
  'requests-objections.objection-unpublished.track': { id: 'Lacak', en: 'Track' },
  'requests-objections.objection-unpublished.decided_superior': { id: 'Diputuskan Atasan PPID', en: 'Decided by the superior' },
  'requests-objections.objection-unpublished.superior_answer_due': {
    id: 'Diperiksa Atasan PPID; tanggapan paling lambat',
    en: 'With the superior; answer due by',
  },
  'requests-objections.objections.objection_register': { id: 'Register keberatan', en: 'Objection register' },
  'requests-objections.objections.every_objection_request_columns_objection': {
    id: 'Setiap keberatan atas permohonan informasi dengan kolom register keberatan (a–k), termasuk keputusan Atasan PPID dan tanggapan pemohon. Berisi data pribadi pemohon.',
    en: 'Every objection to a request with the columns of the objection register (a–k), including the decision of the PPID’s superior and the applicant’s reply. It holds applicants’ personal data.',
  },
  'requests-objections.objections.record_objection': { id: 'Catat keberatan', en: 'Record an objection' },
  'requests-objections.objections.download_objection_register_xlsx': { id: 'Unduh register keberatan (xlsx)', en: 'Download the objection register (xlsx)' },
  'requests-objections.objections.no_objections_year': { id: 'Belum ada keberatan pada tahun ini.', en: 'No objections in this year.' },
  'requests-objections.objections.answer_due': { id: 'Tanggapan paling lambat', en: 'Answer due by' },
  'requests-objections.objections.no_request_art_35_1': { id: 'Tanpa permohonan (Pasal 35 ayat (1) huruf b)', en: 'No request (Art. 35(1)(b))' },
  'requests-objections.objections.proxy': { id: 'kuasa', en: 'proxy' },
  'requests-objections.objections.grounds': { id: 'Alasan keberatan', en: 'Grounds' },
  'requests-objections.objections.response_letter_pdf': { id: 'Surat tanggapan (PDF)', en: 'Response letter (PDF)' },
  'requests-objections.objections.decide_objection': { id: 'Putuskan keberatan', en: 'Decide the objection' },
  'requests-objections.objections.reasons': { id: 'Alasan keputusan', en: 'Reasons' },
  'requests-objections.objections.required_when_ppid_s_decision': {
    id: 'Wajib; bila keputusan PPID dikuatkan, alasan tertulis ini dilampirkan (Pasal 36 ayat (3)).',
    en: 'Required; when the PPID’s decision is upheld, these written reasons are attached (Art. 36(3)).',
  },
  'requests-objections.objections.order_ppid': { id: 'Perintah kepada PPID', en: 'Order to the PPID' },
  'requests-objections.objections.working_days_ppid_give_information': {
    id: 'Jangka waktu PPID memberikan informasi (hari kerja)',
    en: 'Working days for the PPID to give the information',
  },
  'requests-objections.objections.upheld_objections_law_sets_no': {
    id: 'Untuk keberatan yang diterima. Undang-undang tidak menetapkan jangka waktu; bila kosong dipakai ketentuan badan publik ({bodyObjectionFollowUpWorkingDays} hari kerja).',
    en: "For upheld objections. The law sets no period; when empty, the body's setting is used ({bodyObjectionFollowUpWorkingDays} working days).",
  },
  'requests-objections.objections.save_decision_send_letter': { id: 'Simpan keputusan dan kirim surat', en: 'Save the decision and send the letter' },
  'requests-objections.objections.awaiting_decision_ppid_s_superior': {
    id: 'Menunggu keputusan Atasan PPID.',
    en: 'Awaiting the decision of the PPID’s superior.',
  },
} as const satisfies Record<string, { id: string; en: string }>;
