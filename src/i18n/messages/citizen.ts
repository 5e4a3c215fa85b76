// Catalogue area "citizen": the texts of its pages and routes, Indonesian first (moved from the inline tx calls by scripts/codemod-messages.ts).
export const citizen = {
  'citizen.account.too_many_sign_links_were': {
    id: 'Terlalu banyak tautan masuk diminta dalam satu jam terakhir. Coba lagi nanti, atau lacak permohonan dengan nomor pendaftaran dan kode pelacakan.',
    en: 'Too many sign-in links were asked for in the last hour. Try again later, or track your request with its registration number and tracking code.',
  },
  'citizen.account.sign_link_no_longer_valid': {
    id: 'Tautan masuk ini tidak berlaku lagi (sudah dipakai, kedaluwarsa, atau salah). Minta tautan baru.',
    en: 'This sign-in link is no longer valid (already used, expired or wrong). Ask for a new one.',
  },
} as const satisfies Record<string, { id: string; en: string }>;
