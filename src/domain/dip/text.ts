// Indonesian text helpers for search: stop words (PostgreSQL has none for Indonesian) and word lists.

// Common function words; kept out of "maksud Anda" suggestions and stripped from queries.
export const STOP_WORDS = new Set(
  (
    'ada adalah agar akan aku anda antara apa apabila atas atau bagai bagaimana bagi bahwa baik banyak beberapa begitu belum berapa ' +
    'bila bisa boleh bukan dalam dan dapat dari daripada demikian dengan di dia dimana dua hal hanya harus hingga ia ialah ini itu ' +
    'jadi jika juga kalau kami kamu kami karena ke kecuali kepada ketika kita lagi lain lalu maka masih mereka nya oleh pada para ' +
    'per perlu pula pun saat saja sama sampai sangat saya se sebagai sebelum sedang sehingga sejak semua sendiri seperti serta ' +
    'setelah siapa suatu sudah supaya tanpa tapi telah tentang tersebut tetapi tiap untuk usai waktu yaitu yakni yang'
  ).split(/\s+/),
);

/** Distinct lower-case words of at least 3 letters, without stop words: the vocabulary for suggestions. */
export function searchWords(text: string): string[] {
  const words = text
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .split(/[^a-z0-9]+/)
    .filter((w) => w.length >= 3 && w.length <= 40 && !STOP_WORDS.has(w) && !/^\d+$/.test(w));
  // Hyphenated forms also as one word (e-KTP → ektp), as the index has them (qgesy_search_text, migration 0018).
  const joined = (text.toLowerCase().match(/[a-z0-9]+(?:-[a-z0-9]+)+/g) ?? []).map((w) => w.replace(/-/g, '')).filter((w) => w.length <= 40);
  return [...new Set([...words, ...joined])];
}

/**
 * Question words: a citizen asks "berapa anggaran …", "di mana kantor …", "kapan jadwal …"; the entry
 * never says "berapa". Dropped from queries like stop words (not from phrases). Several are stop words
 * already (apa, berapa, bagaimana, dimana, siapa); the rest are here rather than in STOP_WORDS, which
 * also shapes the published vocabulary and the highlighting.
 */
export const QUESTION_WORDS = new Set(
  (
    'apa apakah apakah berapa berapakah bagaimana bagaimanakah gimana gmn kapan kapankah siapa siapakah mengapa kenapa ' + 'dimana dimanakah mana manakah kah'
  ).split(/\s+/),
);

/**
 * Filler: words of a request, not of its subject ("mohon info jadwal …", "saya ingin minta data …").
 * Dropped from a query only while another content word is left, so that "informasi" or "data" alone
 * still searches. Deliberately NOT filler: "syarat"/"persyaratan" (the subject of "syarat izin usaha":
 * the requirements entries), "cara"/"tata cara" (procedure entries carry it in their titles), "jadwal",
 * "data" (26 of the demo's titles name a dataset "Data …": a citizen typing it wants a table, and
 * coverage ranking puts those first without excluding others), "laporan", "daftar". "informasi" and
 * "info" are filler: every DIP entry is public information, the word sets none apart.
 */
export const FILLER_WORDS = new Set(
  (
    'mohon tolong minta meminta memohon saya aku kami ingin mau hendak cari mencari carikan butuh membutuhkan perlu diperlukan ' +
    'dong deh nih sih ya tahu mengetahui lihat melihat info informasi mengenai soal terkait'
  ).split(/\s+/),
);
