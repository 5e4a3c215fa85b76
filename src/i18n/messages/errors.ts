// Catalogue area "errors": the messages of the AppErrors every part of the system raises (src/errors.ts).
export const errors = {
  'errors.not_found': { id: 'Halaman atau data yang Anda cari tidak ditemukan.', en: 'The page or item you are looking for was not found.' },
  'errors.forbidden': { id: 'Anda tidak memiliki hak akses ke halaman ini.', en: 'You do not have permission to open this page.' },
  'errors.unauthenticated': { id: 'Silakan masuk terlebih dahulu.', en: 'Please sign in first.' },
  'errors.csrf': {
    id: 'Formulir kedaluwarsa atau tidak sah. Muat ulang halaman lalu coba lagi.',
    en: 'The form has expired or is not valid. Reload the page and try again.',
  },
  'errors.validation': { id: 'Periksa kembali isian yang ditandai.', en: 'Please check the marked fields.' },
  'errors.too_large': {
    id: 'Berkas atau data yang dikirim terlalu besar. Ukuran maksimum {maxMb} MB.',
    en: 'The file or data sent is too large. The maximum size is {maxMb} MB.',
  },
} as const satisfies Record<string, { id: string; en: string }>;
