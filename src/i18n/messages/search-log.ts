// Catalogue area "search_log": validation and error messages of the search log area, Indonesian first.
export const searchLog = {
  'search-log.not_valid_month_use_form_yyyy': { id: 'Bulan tidak valid; gunakan format TTTT-BB.', en: 'Not a valid month; use the form YYYY-MM.' },
  'search-log.choose_unit_should_publish_information': {
    id: 'Pilih unit yang seharusnya menerbitkan informasi ini.',
    en: 'Choose the unit that should publish this information.',
  },
  'search-log.write_note_unit_least_5_characters': {
    id: 'Tuliskan catatan untuk unit (minimal 5 karakter).',
    en: 'Write a note for the unit (at least 5 characters).',
  },
  'search-log.note_too_long_most_2000_characters': {
    id: 'Catatan terlalu panjang (maksimal 2000 karakter).',
    en: 'The note is too long (at most 2000 characters).',
  },
  'search-log.query_not_log_month': { id: 'Kata pencarian tidak ada di log bulan ini.', en: 'This query is not in the log of this month.' },
} as const satisfies Record<string, { id: string; en: string }>;
