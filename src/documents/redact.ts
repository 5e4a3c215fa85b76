// True redaction of PDFs for partial release (UU KIP Ps 22(7)(e)): every page is rendered to pixels with
// pdftoppm (poppler-utils), the withheld areas are burnt into those pixels in black, and a new PDF is built
// from the page images alone, so no text, font, vector or image data of the original survives anywhere in
// the file, not even under the black boxes. Text patterns are found with `pdftotext -bbox-layout` and
// become areas. A log page (Lembar Keterangan Penghitaman) listing the grounds is appended.
//
// The original never touches the disk: poppler reads it from stdin and writes pages to stdout.
// The steps live in documents/redact/, one a file; this file is their public face, and the one place
// the rest of src/ (and tests that replace detectPoppler) import them from.
export { REDACTION_LIMITS } from './redact/limits.js';
export { redactionErrors } from './redact/errors.js';
export { detectPoppler, warnIfNoPoppler, type EngineOptions, type PopplerTools } from './redact/poppler.js';
export { readPages, readWords, type PageSize, type Rect, type Word } from './redact/read-pdf.js';
export { matchPattern, normalizeText, PATTERN_KINDS, resolvePatterns, type PatternInput, type PatternKind, type ResolvedArea } from './redact/patterns.js';
export { findPersonalData, maskPersonalData, type PersonalDataFindings, type PersonalDataKind } from './redact/personal-data.js';
export { burn, encodeJpeg, renderPageImage, type PageImage, type Raster } from './redact/pixels.js';
export { redactPdf, type RedactInput, type RedactResult } from './redact/redact-pdf.js';
export { logRows } from './redact/log-rows.js';
