// English for the validation messages that the domain's zod schemas carry in Indonesian (the schemas stay Indonesian-first);
// here in domain/, beside the areas whose message maps it joins, so that i18n/ never imports the domain.
import { HANDLING_MESSAGES_EN } from '../requests/handling-input.js';
import { REQUEST_MESSAGES_EN } from '../requests/input.js';
import { CLASSIFIED_MESSAGES_EN } from '../classified/messages.js';
import { REDACTION_MESSAGES_EN } from '../redaction/messages.js';
import { EXEMPTION_MESSAGES_EN } from '../exemptions/input.js';
import { DISPUTE_MESSAGES_EN } from '../disputes/input.js';
import { SYNONYM_MESSAGES_EN } from '../dip/synonyms.js';
import { SEARCH_LOG_MESSAGES_EN } from '../search-log/query-log.js';

const EN: Record<string, string> = {
  'Alamat situs harus URL lengkap (https://...).': 'The website must be a full URL (https://...).',
  'Email wajib diisi.': 'Email is required.',
  'Format email tidak valid.': 'This is not a valid email address.',
  'Kata sandi saat ini wajib diisi.': 'The current password is required.',
  'Kata sandi terlalu panjang (maksimal 256 karakter).': 'The password is too long (at most 256 characters).',
  'Kata sandi wajib diisi.': 'Password is required.',
  'Kode 2–40 karakter: huruf kecil, angka dan tanda hubung, mis. "dinkes".': 'Code of 2–40 characters: lower-case letters, digits and hyphens, e.g. "dinkes".',
  'Kode persiapan wajib diisi.': 'The setup code is required.',
  'Konfirmasi kata sandi tidak sama.': 'The two passwords do not match.',
  'Maksimal 200 karakter.': 'At most 200 characters.',
  'Maksimal 60 karakter.': 'At most 60 characters.',
  'NIP terdiri dari 18 angka (boleh dikosongkan).': 'A NIP has 18 digits (it may be left empty).',
  'Pilih siapa yang menyetujui penetapan.': 'Choose who approves the decision.',
  'Nama badan publik wajib diisi (minimal 3 karakter).': 'The name of the public body is required (at least 3 characters).',
  'Nama unit wajib diisi (minimal 3 karakter).': 'The agency name is required (at least 3 characters).',
  'Nama wajib diisi.': 'Name is required.',
  'PPID Pembantu harus terikat pada satu unit.': 'An agency information officer must belong to an agency.',
  'Peran tidak dikenal.': 'Unknown role.',
  'Pilih minimal satu peran.': 'Choose at least one role.',
  'Tuliskan alasan penguncian (minimal 3 karakter).': 'Give the reason for locking (at least 3 characters).',
  'Unit tidak dikenal.': 'Unknown agency.',
  'Kata sandi minimal 10 karakter.': 'The password needs at least 10 characters.',
  'Kode persiapan salah. Lihat kode yang tercetak di konsol server.': 'Wrong setup code. Look for the code printed on the server console.',
  'Tanggal tidak valid; gunakan format TTTT-BB-HH, mis. 2026-03-20.': 'Not a valid date; use the form YYYY-MM-DD, e.g. 2026-03-20.',
  'Tahun harus antara 2000 dan 2100.': 'The year must be between 2000 and 2100.',
  'Pilih jenis hari libur.': 'Choose the kind of non-working day.',
  'Nama hari libur wajib diisi (minimal 3 karakter).': 'The name is required (at least 3 characters).',
  'Maksimal 500 karakter.': 'At most 500 characters.',
  'Isi tanggal mulai.': 'Enter the start date.',
  'Jumlah hari kerja harus bilangan bulat dari 1 sampai 1000.': 'The number of working days must be a whole number from 1 to 1000.',
  'Pilih jangka waktu menurut undang-undang atau isi jumlah hari kerja.': 'Choose a statutory period or enter a number of working days.',
  'Jangka waktu yang dipilih dan jumlah hari kerja berbeda; kosongkan salah satunya.':
    'The chosen period and the number of working days differ; leave one of them empty.',
  'Jangka waktu tidak dikenal.': 'Unknown period.',
  'Isi jumlah hari 1–365.': 'Enter a number of days from 1 to 365.',
  'Isi jumlah hari kerja 1–60.': 'Enter a number of working days from 1 to 60.',
};

const REQUESTS_EN: Record<string, string> = {
  ...REQUEST_MESSAGES_EN,
  ...CLASSIFIED_MESSAGES_EN,
  ...REDACTION_MESSAGES_EN,
  ...EXEMPTION_MESSAGES_EN,
  ...HANDLING_MESSAGES_EN,
  ...DISPUTE_MESSAGES_EN,
  ...SYNONYM_MESSAGES_EN,
  ...SEARCH_LOG_MESSAGES_EN,
  'Isi nomor pendaftaran.': 'Enter the registration number.',
  'Isi kode pelacakan.': 'Enter the tracking code.',
  'Maksimal 100 karakter.': 'At most 100 characters.',
  'Maksimal 500 karakter.': 'At most 500 characters.',
  'Maksimal 2000 karakter.': 'At most 2000 characters.',
  'Maksimal 4000 karakter.': 'At most 4000 characters.',
  'Maksimal 40 karakter.': 'At most 40 characters.',
  'Maksimal 120 karakter.': 'At most 120 characters.',
};

export function validationMessage(message: string, locale: string): string {
  return locale === 'en' ? (EN[message] ?? REQUESTS_EN[message] ?? message) : message;
}
