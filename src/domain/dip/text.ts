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
  return [...new Set(words)];
}
