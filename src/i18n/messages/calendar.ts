// Catalogue area "calendar": the texts of its pages and routes, Indonesian first (moved from the inline tx calls by scripts/codemod-messages.ts).
export const calendar = {
  'calendar.import-calendar.calendar_changed_since_preview_was': {
    id: 'Kalender telah berubah sejak pratinjau dibuat (atau pratinjau tidak sah). Unggah berkas lagi untuk pratinjau baru.',
    en: 'The calendar changed since the preview was made (or the preview is not valid). Upload the file again for a new preview.',
  },
  'calendar.import-file.file_too_large_most_kb': {
    id: 'Berkas terlalu besar: maksimal {MAX_CALENDAR_FILE_BYTES} KB untuk kalender satu tahun.',
    en: "The file is too large: at most {MAX_CALENDAR_FILE_BYTES} KB for one year's calendar.",
  },
  'calendar.manage-calendar.non_working_day_name_already': {
    id: 'Hari libur dengan nama ini sudah tercatat pada tanggal tersebut.',
    en: 'A non-working day with this name is already on record for that date.',
  },
} as const satisfies Record<string, { id: string; en: string }>;
