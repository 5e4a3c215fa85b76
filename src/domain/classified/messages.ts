// English for the Indonesian validation messages of the classified-information forms (read by domain/messages/validation.ts).
export const CLASSIFIED_MESSAGES_EN: Record<string, string> = {
  'Tuliskan judul informasi (minimal 3 karakter).': 'Give the title of the information (at least 3 characters).',
  'Judul paling banyak 300 karakter.': 'The title can have at most 300 characters.',
  'Uraian paling banyak 10.000 karakter.': 'The description can have at most 10,000 characters.',
  'Pilih tingkat klasifikasi keamanan.': 'Choose the security level.',
  'Tuliskan alasan Anda membuka informasi ini (minimal 5 karakter).': 'Give your reason for opening this information (at least 5 characters).',
  'Alasan paling banyak 500 karakter.': 'The reason can have at most 500 characters.',
  'Pilih tingkat izin akses.': 'Choose a clearance.',
  'Pilih petugas yang diberi akses.': 'Choose the officer to give access to.',
  'Tuliskan mengapa petugas ini perlu mengetahui informasi ini (minimal 10 karakter).':
    'Give the reason why this officer needs to know this information (at least 10 characters).',
  'Isi tanggal berakhirnya akses.': 'Enter the date the access ends.',
  'Tuliskan alasan perubahan tingkat (minimal 10 karakter).': 'Give the reason for the change of level (at least 10 characters).',
  // Level decisions (level-decisions.ts).
  'Tuliskan dasar hukum penetapan (minimal 10 karakter).': 'Give the legal basis of the decision (at least 10 characters).',
  'Isi tanggal mulai masa klasifikasi (TTTT-BB-HH).': 'Give the start of the classification period (YYYY-MM-DD).',
  'Isi tanggal dengan format TTTT-BB-HH.': 'Give the date as YYYY-MM-DD.',
  'Akhir masa klasifikasi tidak boleh sebelum awalnya.': 'The end of the classification period cannot be before its start.',
  'Tanggal penurunan atau pembukaan tidak boleh sebelum awal masa klasifikasi.': 'The date of lowering or opening cannot be before the period starts.',
  'Tingkat sesudah penurunan harus lebih rendah dari tingkat yang ditetapkan.': 'The level after lowering must be below the level decided.',
};
