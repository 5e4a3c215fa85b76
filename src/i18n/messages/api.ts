// Catalogue area "api": the parameter messages of the JSON API (src/http/api/), Indonesian first.
export const api = {
  'api.page_must_whole_number_from': { id: 'Halaman harus bilangan bulat 1–10000.', en: 'The page must be a whole number from 1 to 10000.' },
  'api.page_size_must_whole_number': { id: 'Jumlah per halaman harus bilangan bulat 1–100.', en: 'The page size must be a whole number from 1 to 100.' },
  'api.year_must_whole_number_from': {
    id: 'Tahun harus bilangan bulat 1945–2100, mis. 2025.',
    en: 'The year must be a whole number from 1945 to 2100, e.g. 2025.',
  },
  'api.category_must_one_berkala_serta': {
    id: 'Kategori harus salah satu dari: berkala, serta_merta, setiap_saat.',
    en: 'The category must be one of: berkala, serta_merta, setiap_saat.',
  },
  'api.unit_code_has_2_40': {
    id: 'Kode unit terdiri dari 2–40 huruf kecil, angka atau tanda hubung, mis. dinkes.',
    en: 'A unit code has 2–40 lower-case letters, digits or hyphens, e.g. dinkes.',
  },
  'api.search_text_required_1_200': { id: 'Kata pencarian wajib diisi (1–200 karakter).', en: 'The search text is required (1–200 characters).' },
  'api.slug_has_lower_case_letters': {
    id: 'Slug terdiri dari huruf kecil, angka dan tanda hubung (maksimal 120 karakter).',
    en: 'A slug has lower-case letters, digits and hyphens (at most 120 characters).',
  },
  'api.downloadable_must_true_false': { id: 'downloadable harus true atau false.', en: 'downloadable must be true or false.' },
  'api.must_whole_number_0_more': { id: 'Harus bilangan bulat 0 atau lebih.', en: 'Must be a whole number, 0 or more.' },
  'api.must_true_false': { id: 'Harus true atau false.', en: 'Must be true or false.' },
  'api.text_too_long_most_1000': { id: 'Teks terlalu panjang (maksimal 1000 karakter).', en: 'Text too long (at most 1000 characters).' },
  'api.required_name_slug_id': { id: 'Wajib diisi: nama (slug) atau id.', en: 'Required: a name (slug) or an id.' },
  'api.registration_number_required_most_100': {
    id: 'Nomor pendaftaran wajib diisi (maksimal 100 karakter).',
    en: 'The registration number is required (at most 100 characters).',
  },
  'api.tracking_code_required_most_100': {
    id: 'Kode pelacakan wajib diisi (maksimal 100 karakter).',
    en: 'The tracking code is required (at most 100 characters).',
  },
} as const satisfies Record<string, { id: string; en: string }>;
