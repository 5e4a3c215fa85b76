// Catalogue area "accounts": the texts of its pages and routes, Indonesian first (moved from the inline tx calls by scripts/codemod-messages.ts).
export const accounts = {
  'accounts.login.wrong_email_password': { id: 'Email atau kata sandi salah.', en: 'Wrong email or password.' },
  'accounts.login.too_many_failed_sign_attempts': {
    id: 'Terlalu banyak percobaan masuk yang gagal. Demi keamanan, coba lagi dalam {minutes} menit, atau gunakan "Lupa kata sandi".',
    en: 'Too many failed sign-in attempts. For your security, try again in {minutes} minutes, or use "Forgot password".',
  },
  'accounts.login.your_account_locked_administrator_contact': {
    id: 'Akun Anda sedang dikunci oleh administrator. Hubungi administrator untuk membukanya.',
    en: 'Your account is locked by an administrator. Contact the administrator to unlock it.',
  },
  'accounts.password-reset.link_no_longer_valid_already': {
    id: 'Tautan ini tidak berlaku lagi (sudah dipakai atau kedaluwarsa). Minta tautan baru dari halaman "Lupa kata sandi".',
    en: 'This link is no longer valid (already used or expired). Ask for a new one on the "Forgot password" page.',
  },
  'accounts.password-reset.please_sign_first': { id: 'Silakan masuk terlebih dahulu.', en: 'Please sign in first.' },
  'accounts.password-reset.current_password_wrong': { id: 'Kata sandi saat ini salah.', en: 'The current password is wrong.' },
} as const satisfies Record<string, { id: string; en: string }>;
