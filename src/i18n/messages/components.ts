// Catalogue area "components": the texts of its pages and routes, Indonesian first (moved from the inline tx calls by scripts/codemod-messages.ts).
export const components = {
  'components.calendar-confirm.i_have_checked_deadline_issue': {
    id: 'Saya telah memeriksa tenggat ini dan tetap menerbitkan surat (konfirmasi dicatat dalam riwayat perkara).',
    en: 'I have checked this deadline and issue the letter anyway (the confirmation is recorded in the case history).',
  },
  'components.layout.track_request': { id: 'Lacak permohonan', en: 'Track a request' },
  'components.layout.my_requests': { id: 'Permohonan saya', en: 'My requests' },
  'components.layout.file_objection': { id: 'Ajukan keberatan', en: 'File an objection' },
  'components.layout.service_statistics': { id: 'Statistik layanan', en: 'Service statistics' },
  'components.layout.exempt_information': { id: 'Informasi yang dikecualikan', en: 'Exempt information' },
  'components.layout.information_list': { id: 'Daftar Informasi', en: 'Information list' },
  'components.layout.search': { id: 'Cari', en: 'Search' },
  'components.layout.request_information': { id: 'Ajukan permohonan', en: 'Request information' },
  'components.layout.need_action': { id: ', {n} perlu tindakan', en: ', {n} need action' },
  'components.layout.workspace_menu': { id: 'Menu ruang kerja', en: 'Workspace menu' },
  'components.layout.my_unit_s_dip_score': { id: 'Skor DIP unit saya', en: "My unit's DIP score" },
  'components.page-header.breadcrumb': { id: 'Jejak halaman', en: 'Breadcrumb' },
  'components.register-table.year': { id: 'Tahun', en: 'Year' },
  'components.register-table.show': { id: 'Tampilkan', en: 'Show' },
} as const satisfies Record<string, { id: string; en: string }>;
