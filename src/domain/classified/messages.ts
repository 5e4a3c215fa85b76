// English for the Indonesian validation messages of the classified-information forms (read by i18n/validation.ts).
export const CLASSIFIED_MESSAGES_EN: Record<string, string> = {
  'Tuliskan judul informasi (minimal 3 karakter).': 'Give the title of the information (at least 3 characters).',
  'Judul paling banyak 300 karakter.': 'The title can have at most 300 characters.',
  'Uraian paling banyak 10.000 karakter.': 'The description can have at most 10,000 characters.',
  'Pilih tingkat klasifikasi keamanan.': 'Choose the security level.',
  'Tuliskan alasan Anda membuka informasi ini (minimal 5 karakter).': 'Give your reason for opening this information (at least 5 characters).',
  'Alasan paling banyak 500 karakter.': 'The reason can have at most 500 characters.',
};
