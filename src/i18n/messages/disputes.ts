// Catalogue area "disputes": validation and error messages of the disputes area, Indonesian first.
export const disputes = {
  'disputes.enter_date_court_s_judgment_received': {
    id: 'Isi tanggal putusan pengadilan diterima (TTTT-BB-HH), tidak sebelum sengketa didaftarkan dan tidak setelah hari ini.',
    en: 'Enter the date the court’s judgment was received (YYYY-MM-DD), not before the dispute was filed and not after today.',
  },
  'disputes.date_court_s_judgment_recorded_court': {
    id: 'Tanggal putusan pengadilan dicatat pada tahap keberatan ke pengadilan.',
    en: 'The date of the court’s judgment is recorded at the court appeal stage.',
  },
  'disputes.enter_name_information_commission_least_5': {
    id: 'Isi nama Komisi Informasi (minimal 5 karakter).',
    en: 'Enter the name of the Information Commission (at least 5 characters).',
  },
  'disputes.enter_case_register_number_given_information': {
    id: 'Isi nomor register perkara dari Komisi Informasi.',
    en: 'Enter the case register number given by the Information Commission.',
  },
  'disputes.enter_date_form_yyyy_mm_dd': {
    id: 'Isi tanggal dengan format TTTT-BB-HH, mis. 2026-06-10.',
    en: 'Enter a date in the form YYYY-MM-DD, e.g. 2026-06-10.',
  },
  'disputes.filing_date_dispute_cannot_after_today': {
    id: 'Tanggal pendaftaran sengketa tidak boleh setelah hari ini.',
    en: 'The filing date of the dispute cannot be after today.',
  },
  'disputes.filing_date_dispute_cannot_before_request': {
    id: 'Tanggal pendaftaran sengketa tidak boleh sebelum permohonan diterima.',
    en: 'The filing date of the dispute cannot be before the request was received.',
  },
  'disputes.choose_stage_dispute': { id: 'Pilih tahap sengketa.', en: 'Choose the stage of the dispute.' },
  'disputes.dispute_only_move_forward_stage_has': {
    id: 'Tahap sengketa hanya dapat maju; tahap ini sudah dilewati.',
    en: 'The dispute can only move forward; this stage has already been passed.',
  },
  'disputes.dispute_already_stage': { id: 'Sengketa sudah pada tahap ini.', en: 'The dispute is already at this stage.' },
  'disputes.hearing_cannot_before_dispute_filed': {
    id: 'Tanggal sidang tidak boleh sebelum sengketa didaftarkan.',
    en: 'A hearing cannot be before the dispute was filed.',
  },
  'disputes.choose_outcome_dispute': { id: 'Pilih hasil penyelesaian sengketa.', en: 'Choose the outcome of the dispute.' },
  'disputes.decision_date_cannot_after_today': { id: 'Tanggal putusan tidak boleh setelah hari ini.', en: 'The decision date cannot be after today.' },
  'disputes.decision_date_cannot_before_dispute_filed': {
    id: 'Tanggal putusan tidak boleh sebelum sengketa didaftarkan.',
    en: 'The decision date cannot be before the dispute was filed.',
  },
  'disputes.write_operative_part_ruling_least_10': {
    id: 'Tuliskan amar putusan (minimal 10 karakter).',
    en: 'Write the operative part of the ruling (at least 10 characters).',
  },
  'disputes.write_result_mediation_agreement_least_10': {
    id: 'Tuliskan hasil mediasi / kesepakatan para pihak (minimal 10 karakter).',
    en: 'Write the result of the mediation / the agreement (at least 10 characters).',
  },
  'disputes.describe_follow_up_least_5_characters': {
    id: 'Tuliskan tindak lanjut (minimal 5 karakter).',
    en: 'Describe the follow-up (at least 5 characters).',
  },
  'disputes.record_outcome_dispute_before_closing_case': {
    id: 'Catat hasil penyelesaian sengketa sebelum menutup perkara.',
    en: 'Record the outcome of the dispute before closing the case.',
  },
  'disputes.mediation_not_available_dispute_about_refusal': {
    id: 'Mediasi tidak dapat ditempuh: sengketa ini atas penolakan berdasarkan pengecualian Pasal 17 (alasan keberatan huruf a, UU KIP Pasal 35 ayat (1)) dan diselesaikan melalui ajudikasi nonlitigasi; mediasi hanya untuk alasan huruf b–g (Pasal 40 ayat (2)).',
    en: 'Mediation is not available: this dispute is about a refusal under the Art. 17 exemptions (objection ground a, Law 14/2008 Art. 35(1)) and goes to non-litigation adjudication; mediation is only for grounds b–g (Art. 40(2)).',
  },
  'disputes.choose_what_body_does_about_ruling': {
    id: 'Pilih sikap badan publik atas putusan: mengajukan keberatan ke pengadilan atau tidak.',
    en: 'Choose what the body does about the ruling: appeal to the court or not.',
  },
  'disputes.day_ruling_received_cannot_before_ruling': {
    id: 'Tanggal diterimanya putusan tidak boleh sebelum tanggal putusan atau setelah hari ini.',
    en: 'The day the ruling was received cannot be before the ruling or after today.',
  },
  'disputes.first_record_ruling_opens_information': {
    id: 'Catat dahulu putusan yang membuka informasi.',
    en: 'First record the ruling that opens the information.',
  },
  'disputes.most_8000_characters': { id: 'Maksimal 8000 karakter.', en: 'At most 8000 characters.' },
  'disputes.attach-dispute-decision.decision_must_pdf_file_files': {
    id: 'Berkas putusan harus berupa PDF. Jenis berkas diperiksa dari isinya, bukan dari nama atau ekstensinya; pindai atau simpan putusan sebagai PDF lalu unggah lagi.',
    en: 'The decision must be a PDF file. Files are checked by their content, not by their name or extension; scan or save the decision as PDF and upload it again.',
  },
  'disputes.record-court-ruling.dispute_has_been_closed': { id: 'Perkara sengketa ini sudah ditutup.', en: 'This dispute has been closed.' },
  'disputes.register-dispute.dispute_request_has_already_been': {
    id: 'Sengketa atas permohonan ini sudah dicatat; perbarui perkara yang ada.',
    en: 'A dispute on this request has already been recorded; update that case.',
  },
} as const satisfies Record<string, { id: string; en: string }>;
