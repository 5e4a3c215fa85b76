// English for the Indonesian messages of the redaction forms (read by domain/messages/validation.ts and by the domain).
import { REDACTION_LIMITS } from '../../documents/redact.js';

const PERCENT: Record<string, string> = {
  'jarak dari kiri': 'the distance from the left',
  'jarak dari atas': 'the distance from the top',
  lebar: 'the width',
  tinggi: 'the height',
};

export const REDACTION_MESSAGES_EN: Record<string, string> = {
  ...Object.fromEntries(Object.entries(PERCENT).map(([id, en]) => [`Isi ${id} dalam persen (0–100).`, `Enter ${en} in percent (0–100).`])),
  'Isi nomor halaman.': 'Enter the page number.',
  'Area terlalu kecil: lebar dan tinggi paling sedikit 0,2%.': 'The area is too small: width and height must be at least 0.2%.',
  'Area harus berada di dalam halaman.': 'The area must lie within the page.',
  'Pilih dasar pengecualian (UU KIP Pasal 17).': 'Choose the exemption ground (UU KIP Article 17).',
  'Tandai area pada gambar halaman, atau isi posisinya dalam persen.': 'Mark an area on the page image, or enter its position in percent.',
  [`Paling banyak ${REDACTION_LIMITS.maxAreas} area per penghitaman.`]: `At most ${REDACTION_LIMITS.maxAreas} areas per redaction.`,
  [`Paling banyak ${REDACTION_LIMITS.maxPatterns} pola per penghitaman.`]: `At most ${REDACTION_LIMITS.maxPatterns} patterns per redaction.`,
  'Pilih halaman.': 'Choose the page.',
  'Jenis pola tidak dikenal.': 'Unknown kind of pattern.',
  'Teks pola paling banyak 200 karakter.': 'A pattern can have at most 200 characters.',
  'Tuliskan teks yang akan dihitamkan (paling sedikit 2 karakter).': 'Write the text to remove (at least 2 characters).',
  'Nomor permohonan paling banyak 100 karakter.': 'The request number can have at most 100 characters.',
  'Pilih uji konsekuensi (pengecualian sebagian) dari informasi ini.': 'Choose a consequence test (partial exemption) of this item.',
  'Pilih uji konsekuensi yang telah ditetapkan yang mendasari penghitaman ini: bagian yang dihitamkan harus dikecualikan berdasarkan uji konsekuensi (UU KIP Pasal 17 dan 19; Perki 1/2017 Pasal 4 ayat (1)).':
    'Choose the approved consequence test this redaction rests on: what is blacked out must be exempt under a consequence test (Law 14/2008 Art. 17 and 19; Perki 1/2017 Art. 4(1)).',
  'Permohonan dengan nomor pendaftaran ini tidak ditemukan.': 'No request has this registration number.',
  'Tuliskan keterangan dokumen untuk salinan (3–200 karakter), tanpa isi yang dikecualikan.':
    'Describe the document for the copy (3–200 characters), without any of the withheld content.',
  'Centang pernyataan bahwa Anda telah memeriksa pratinjau setiap halaman.': 'Tick the statement that you have checked the preview of every page.',
  'Tandai minimal satu area atau pola teks sebelum membuat salinan.': 'Mark at least one area or text pattern before making the copy.',
  'Lembar kerja ini baru saja diubah di tempat lain. Muat ulang halaman, lalu ulangi perubahan Anda.':
    'This worksheet was just changed elsewhere. Reload the page, then make your change again.',
  'Salinan untuk dirilis sudah dibuat dari penghitaman ini, sehingga tidak dapat diubah lagi. Buat revisi untuk mengubahnya.':
    'The copy for release has already been made from this redaction, so it cannot be changed any more. Make a revision to change it.',
};
