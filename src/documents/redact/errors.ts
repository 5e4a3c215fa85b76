// The redaction failures a user can understand, Indonesian and English: no poppler, not a PDF, encrypted,
// damaged, too many pages, no such page, too slow, a pattern found nowhere.
import { AppError } from '../../errors.js';

export const redactionErrors = {
  unavailable: () =>
    new AppError('redaction_unavailable', 503, {
      id: 'Penghitaman belum dapat dilakukan di server ini: program pdftoppm dan pdftotext (paket poppler-utils) belum terpasang. Minta administrator memasangnya (lihat README, bagian pemasangan).',
      en: 'Redaction is not available on this server: pdftoppm and pdftotext (the poppler-utils package) are not installed. Ask the administrator to install them (see the README, set-up section).',
    }),
  notPdf: () =>
    new AppError('redaction_not_pdf', 415, {
      id: 'Hanya dokumen PDF yang dapat dihitamkan di sini. Simpan dokumen sebagai PDF terlebih dahulu.',
      en: 'Only PDF documents can be redacted here. Save the document as a PDF first.',
    }),
  encrypted: () =>
    new AppError('redaction_pdf_encrypted', 422, {
      id: 'PDF ini dilindungi kata sandi sehingga tidak dapat dibuka untuk penghitaman. Unggah salinan PDF tanpa kata sandi.',
      en: 'This PDF is password-protected and cannot be opened for redaction. Upload a copy without a password.',
    }),
  broken: () =>
    new AppError('redaction_pdf_broken', 422, {
      id: 'PDF ini rusak atau tidak dapat dibaca. Simpan ulang atau pindai ulang dokumen, lalu unggah kembali.',
      en: 'This PDF is damaged or cannot be read. Save or scan the document again and upload it once more.',
    }),
  tooManyPages: (pages: number, max: number) =>
    new AppError('redaction_too_many_pages', 422, {
      id: `PDF ini memiliki lebih dari ${max} halaman${pages > max ? ` (${pages})` : ''}; penghitaman dibatasi ${max} halaman per dokumen. Pisahkan dokumen menjadi beberapa berkas.`,
      en: `This PDF has more than ${max} pages${pages > max ? ` (${pages})` : ''}; redaction is limited to ${max} pages per document. Split the document into several files.`,
    }),
  noPage: (page: number, pages: number) =>
    new AppError('redaction_no_such_page', 422, {
      id: `Halaman ${page} tidak ada; dokumen ini memiliki ${pages} halaman.`,
      en: `There is no page ${page}; this document has ${pages} pages.`,
    }),
  timeout: () =>
    new AppError('redaction_timeout', 503, {
      id: 'Pemrosesan PDF memakan waktu terlalu lama dan dihentikan. Coba lagi nanti, atau pisahkan dokumen menjadi berkas yang lebih kecil.',
      en: 'Processing the PDF took too long and was stopped. Try again later, or split the document into smaller files.',
    }),
  /** Patterns are named by their row number only: the text of a pattern is withheld content. */
  patternsNotFound: (rows: number[]) =>
    new AppError('redaction_pattern_not_found', 422, {
      id: `Teks pada pola baris ${rows.join(', ')} tidak ditemukan di halaman yang dipilih, sehingga tidak ada yang dihitamkan untuk pola itu. Periksa ejaannya, atau tandai areanya langsung: halaman hasil pindaian tidak memiliki lapisan teks.`,
      en: `The text of pattern row ${rows.join(', ')} was not found on the pages chosen, so nothing would be removed for it. Check the spelling, or mark the area directly: scanned pages have no text layer.`,
    }),
};
