// The one error type users ever see: a stable code, an HTTP status and a message in Indonesian and English.
import { messages as catalogueMessages, type MessageId } from './i18n/catalogue.js';

export type Messages = { id: string; en: string };

export class AppError extends Error {
  readonly code: string;
  readonly status: number;
  readonly messages: Messages;
  /** The catalogue key of the message, when it came from the catalogue. */
  readonly messageId: MessageId | undefined;
  /** Per-field messages for forms (field name -> message). */
  readonly fields: Record<string, Messages> | undefined;

  constructor(code: string, status: number, messages: Messages | MessageId, fields?: Record<string, Messages>) {
    const resolved = typeof messages === 'string' ? catalogueMessages(messages) : messages;
    super(resolved.en);
    this.name = 'AppError';
    this.code = code;
    this.status = status;
    this.messages = resolved;
    this.messageId = typeof messages === 'string' ? messages : undefined;
    this.fields = fields;
  }

  message_(locale: string): string {
    return locale === 'en' ? this.messages.en : this.messages.id;
  }
}

export const errors = {
  notFound: () => new AppError('not_found', 404, 'errors.not_found'),
  forbidden: () => new AppError('forbidden', 403, 'errors.forbidden'),
  unauthenticated: () => new AppError('unauthenticated', 401, 'errors.unauthenticated'),
  csrf: () => new AppError('csrf_failed', 403, 'errors.csrf'),
  validation: (fields: Record<string, Messages>) => new AppError('validation_failed', 422, 'errors.validation', fields),
  conflict: (messages: Messages | MessageId) => new AppError('conflict', 409, messages),
  tooLarge: (maxMb: number) => new AppError('payload_too_large', 413, catalogueMessages('errors.too_large', { maxMb })),
};
