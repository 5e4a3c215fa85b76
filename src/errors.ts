// The one error type users ever see: a stable code, an HTTP status and a message in Indonesian and English.
export type Messages = { id: string; en: string };

export class AppError extends Error {
  readonly code: string;
  readonly status: number;
  readonly messages: Messages;
  /** Per-field messages for forms (field name -> message). */
  readonly fields: Record<string, Messages> | undefined;

  constructor(code: string, status: number, messages: Messages, fields?: Record<string, Messages>) {
    super(messages.en);
    this.name = 'AppError';
    this.code = code;
    this.status = status;
    this.messages = messages;
    this.fields = fields;
  }

  message_(locale: string): string {
    return locale === 'en' ? this.messages.en : this.messages.id;
  }
}

export const errors = {
  notFound: () =>
    new AppError('not_found', 404, {
      id: 'Halaman atau data yang Anda cari tidak ditemukan.',
      en: 'The page or item you are looking for was not found.',
    }),
  forbidden: () =>
    new AppError('forbidden', 403, {
      id: 'Anda tidak memiliki hak akses ke halaman ini.',
      en: 'You do not have permission to open this page.',
    }),
  unauthenticated: () =>
    new AppError('unauthenticated', 401, {
      id: 'Silakan masuk terlebih dahulu.',
      en: 'Please sign in first.',
    }),
  csrf: () =>
    new AppError('csrf_failed', 403, {
      id: 'Formulir kedaluwarsa atau tidak sah. Muat ulang halaman lalu coba lagi.',
      en: 'The form has expired or is not valid. Reload the page and try again.',
    }),
  validation: (fields: Record<string, Messages>) =>
    new AppError('validation_failed', 422, { id: 'Periksa kembali isian yang ditandai.', en: 'Please check the marked fields.' }, fields),
  conflict: (messages: Messages) => new AppError('conflict', 409, messages),
  tooLarge: (maxMb: number) =>
    new AppError('payload_too_large', 413, {
      id: `Berkas atau data yang dikirim terlalu besar. Ukuran maksimum ${maxMb} MB.`,
      en: `The file or data sent is too large. The maximum size is ${maxMb} MB.`,
    }),
};
