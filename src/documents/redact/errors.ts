// The redaction failures a user can understand, Indonesian and English: no poppler, not a PDF, encrypted,
// damaged, too many pages, no such page, too slow, a pattern found nowhere.
import { catalogueMessages } from '../../i18n/catalogue.js';
import { AppError } from '../../errors.js';

export const redactionErrors = {
  unavailable: () => new AppError('redaction_unavailable', 503, catalogueMessages('documents.errors.redaction_not_available_server_pdftoppm')),
  notPdf: () => new AppError('redaction_not_pdf', 415, catalogueMessages('documents.errors.only_pdf_documents_can_redacted')),
  encrypted: () => new AppError('redaction_pdf_encrypted', 422, catalogueMessages('documents.errors.pdf_password_protected_cannot_opened')),
  broken: () => new AppError('redaction_pdf_broken', 422, catalogueMessages('documents.errors.pdf_damaged_cannot_read_save')),
  tooManyPages: (pages: number, max: number) =>
    new AppError(
      'redaction_too_many_pages',
      422,
      catalogueMessages('documents.errors.pdf_has_more_than_pages', { max, pagesMax: pages > max ? ` (${pages})` : '' }),
    ),
  noPage: (page: number, pages: number) =>
    new AppError('redaction_no_such_page', 422, catalogueMessages('documents.errors.there_no_page_document_has', { page, pages })),
  timeout: () => new AppError('redaction_timeout', 503, catalogueMessages('documents.errors.processing_pdf_took_too_long')),
  /** Patterns are named by their row number only: the text of a pattern is withheld content. */
  patternsNotFound: (rows: number[]) =>
    new AppError('redaction_pattern_not_found', 422, catalogueMessages('documents.errors.text_pattern_row_was_not', { rowsJoin: rows.join(', ') })),
};
