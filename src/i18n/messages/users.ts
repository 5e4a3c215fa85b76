// Catalogue area "users": the texts of its pages and routes, Indonesian first (moved from the inline tx calls by scripts/codemod-messages.ts).
export const users = {
  'users.users.email_already_used_another_account': { id: 'Email ini sudah dipakai akun lain.', en: 'This email is already used by another account.' },
  'users.users.unknown_unit': { id: 'Unit tidak dikenal.', en: 'Unknown unit.' },
  'users.users.you_cannot_remove_administrator_role': {
    id: 'Anda tidak dapat mencabut peran administrator dari akun Anda sendiri.',
    en: 'You cannot remove the administrator role from your own account.',
  },
  'users.users.there_must_least_one_active': { id: 'Harus ada minimal satu administrator aktif.', en: 'There must be at least one active administrator.' },
  'users.users.you_cannot_lock_your_own': { id: 'Anda tidak dapat mengunci akun Anda sendiri.', en: 'You cannot lock your own account.' },
} as const satisfies Record<string, { id: string; en: string }>;
