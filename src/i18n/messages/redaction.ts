// Catalogue area "redaction": validation and error messages of the redaction area, Indonesian first.
export const redaction = {
  'redaction.enter_distance_from_left_percent_0': {
    id: 'Isi jarak dari kiri dalam persen (0–100).',
    en: 'Enter the distance from the left in percent (0–100).',
  },
  'redaction.enter_distance_from_top_percent_0': { id: 'Isi jarak dari atas dalam persen (0–100).', en: 'Enter the distance from the top in percent (0–100).' },
  'redaction.enter_width_percent_0_100': { id: 'Isi lebar dalam persen (0–100).', en: 'Enter the width in percent (0–100).' },
  'redaction.enter_height_percent_0_100': { id: 'Isi tinggi dalam persen (0–100).', en: 'Enter the height in percent (0–100).' },
  'redaction.enter_page_number': { id: 'Isi nomor halaman.', en: 'Enter the page number.' },
  'redaction.area_too_small_width_height_least': {
    id: 'Area terlalu kecil: lebar dan tinggi paling sedikit 0,2%.',
    en: 'The area is too small: width and height must be at least 0.2%.',
  },
  'redaction.area_lie_within_page': { id: 'Area harus berada di dalam halaman.', en: 'The area must lie within the page.' },
  'redaction.choose_exemption_ground_uu_kip_article': {
    id: 'Pilih dasar pengecualian (UU KIP Pasal 17).',
    en: 'Choose the exemption ground (UU KIP Article 17).',
  },
  'redaction.mark_area_page_image_enter_position': {
    id: 'Tandai area pada gambar halaman, atau isi posisinya dalam persen.',
    en: 'Mark an area on the page image, or enter its position in percent.',
  },
  'redaction.at_most_areas_per_redaction': { id: 'Paling banyak {max} area per penghitaman.', en: 'At most {max} areas per redaction.' },
  'redaction.at_most_patterns_per_redaction': { id: 'Paling banyak {max} pola per penghitaman.', en: 'At most {max} patterns per redaction.' },
  'redaction.choose_page': { id: 'Pilih halaman.', en: 'Choose the page.' },
  'redaction.unknown_kind_pattern': { id: 'Jenis pola tidak dikenal.', en: 'Unknown kind of pattern.' },
  'redaction.pattern_have_most_200_characters': { id: 'Teks pola paling banyak 200 karakter.', en: 'A pattern can have at most 200 characters.' },
  'redaction.write_text_remove_least_2_characters': {
    id: 'Tuliskan teks yang akan dihitamkan (paling sedikit 2 karakter).',
    en: 'Write the text to remove (at least 2 characters).',
  },
  'redaction.request_number_have_most_100_characters': {
    id: 'Nomor permohonan paling banyak 100 karakter.',
    en: 'The request number can have at most 100 characters.',
  },
  'redaction.choose_consequence_test_partial_exemption_item': {
    id: 'Pilih uji konsekuensi (pengecualian sebagian) dari informasi ini.',
    en: 'Choose a consequence test (partial exemption) of this item.',
  },
  'redaction.choose_approved_consequence_test_redaction_rests': {
    id: 'Pilih uji konsekuensi yang telah ditetapkan yang mendasari penghitaman ini: bagian yang dihitamkan harus dikecualikan berdasarkan uji konsekuensi (UU KIP Pasal 17 dan 19; Perki 1/2017 Pasal 4 ayat (1)).',
    en: 'Choose the approved consequence test this redaction rests on: what is blacked out must be exempt under a consequence test (Law 14/2008 Art. 17 and 19; Perki 1/2017 Art. 4(1)).',
  },
  'redaction.no_request_has_registration_number': {
    id: 'Permohonan dengan nomor pendaftaran ini tidak ditemukan.',
    en: 'No request has this registration number.',
  },
  'redaction.describe_document_copy_3_200_characters': {
    id: 'Tuliskan keterangan dokumen untuk salinan (3–200 karakter), tanpa isi yang dikecualikan.',
    en: 'Describe the document for the copy (3–200 characters), without any of the withheld content.',
  },
  'redaction.tick_statement_you_have_checked_preview': {
    id: 'Centang pernyataan bahwa Anda telah memeriksa pratinjau setiap halaman.',
    en: 'Tick the statement that you have checked the preview of every page.',
  },
  'redaction.mark_least_one_area_text_pattern': {
    id: 'Tandai minimal satu area atau pola teks sebelum membuat salinan.',
    en: 'Mark at least one area or text pattern before making the copy.',
  },
  'redaction.worksheet_just_changed_elsewhere_reload_page': {
    id: 'Lembar kerja ini baru saja diubah di tempat lain. Muat ulang halaman, lalu ulangi perubahan Anda.',
    en: 'This worksheet was just changed elsewhere. Reload the page, then make your change again.',
  },
  'redaction.copy_release_has_already_been_made': {
    id: 'Salinan untuk dirilis sudah dibuat dari penghitaman ini, sehingga tidak dapat diubah lagi. Buat revisi untuk mengubahnya.',
    en: 'The copy for release has already been made from this redaction, so it cannot be changed any more. Make a revision to change it.',
  },
  'redaction.produce-redaction.chosen_consequence_tests_do_not': {
    id: 'Uji konsekuensi yang dipilih tidak mencakup dasar pengecualian Pasal 17 huruf {list} yang dipakai pada penghitaman; pilih uji konsekuensi atas dasar itu atau ubah dasar areanya.',
    en: 'The chosen consequence tests do not cover the exemption ground Article 17({list}) used in the redaction; choose a test on that ground or change the ground of the areas.',
  },
} as const satisfies Record<string, { id: string; en: string }>;
