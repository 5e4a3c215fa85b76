// Catalogue area "documents": the texts of its pages and routes, Indonesian first (moved from the inline tx calls by scripts/codemod-messages.ts).
export const documents = {
  'documents.errors.redaction_not_available_server_pdftoppm': {
    id: 'Penghitaman belum dapat dilakukan di server ini: program pdftoppm dan pdftotext (paket poppler-utils) belum terpasang. Minta administrator memasangnya (lihat README, bagian pemasangan).',
    en: 'Redaction is not available on this server: pdftoppm and pdftotext (the poppler-utils package) are not installed. Ask the administrator to install them (see the README, set-up section).',
  },
  'documents.errors.only_pdf_documents_can_redacted': {
    id: 'Hanya dokumen PDF yang dapat dihitamkan di sini. Simpan dokumen sebagai PDF terlebih dahulu.',
    en: 'Only PDF documents can be redacted here. Save the document as a PDF first.',
  },
  'documents.errors.pdf_password_protected_cannot_opened': {
    id: 'PDF ini dilindungi kata sandi sehingga tidak dapat dibuka untuk penghitaman. Unggah salinan PDF tanpa kata sandi.',
    en: 'This PDF is password-protected and cannot be opened for redaction. Upload a copy without a password.',
  },
  'documents.errors.pdf_damaged_cannot_read_save': {
    id: 'PDF ini rusak atau tidak dapat dibaca. Simpan ulang atau pindai ulang dokumen, lalu unggah kembali.',
    en: 'This PDF is damaged or cannot be read. Save or scan the document again and upload it once more.',
  },
  'documents.errors.pdf_has_more_than_pages': {
    id: 'PDF ini memiliki lebih dari {max} halaman{pagesMax}; penghitaman dibatasi {max} halaman per dokumen. Pisahkan dokumen menjadi beberapa berkas.',
    en: 'This PDF has more than {max} pages{pagesMax}; redaction is limited to {max} pages per document. Split the document into several files.',
  },
  'documents.errors.there_no_page_document_has': {
    id: 'Halaman {page} tidak ada; dokumen ini memiliki {pages} halaman.',
    en: 'There is no page {page}; this document has {pages} pages.',
  },
  'documents.errors.processing_pdf_took_too_long': {
    id: 'Pemrosesan PDF memakan waktu terlalu lama dan dihentikan. Coba lagi nanti, atau pisahkan dokumen menjadi berkas yang lebih kecil.',
    en: 'Processing the PDF took too long and was stopped. Try again later, or split the document into smaller files.',
  },
  'documents.errors.text_pattern_row_was_not': {
    id: 'Teks pada pola baris {rowsJoin} tidak ditemukan di halaman yang dipilih, sehingga tidak ada yang dihitamkan untuk pola itu. Periksa ejaannya, atau tandai areanya langsung: halaman hasil pindaian tidak memiliki lapisan teks.',
    en: 'The text of pattern row {rowsJoin} was not found on the pages chosen, so nothing would be removed for it. Check the spelling, or mark the area directly: scanned pages have no text layer.',
  },
  'documents.sniff.uploaded_file_empty_0_bytes': { id: 'Berkas yang diunggah kosong (0 bita).', en: 'The uploaded file is empty (0 bytes).' },
  'documents.watermark.pdf_cannot_read_put_watermark': {
    id: 'PDF ini tidak dapat dibaca untuk diberi tanda air (mungkin dilindungi kata sandi atau rusak). Simpan ulang sebagai PDF biasa tanpa kata sandi, lalu unggah lagi.',
    en: 'This PDF cannot be read to put a watermark on it (it may be password-protected or damaged). Save it again as a plain PDF without a password, then upload it again.',
  },
} as const satisfies Record<string, { id: string; en: string }>;
