// Page metadata decided in one place (architecture notes §21): which page types search engines may index,
// and the description of the pages that do not write their own (the portal pages pass theirs via MetaHead).
import type { Locale } from '../../i18n/index.js';

/**
 * `noindex` for pages that are one visitor's (a tracked request, receipts, an objection being filed, the
 * citizen account, sign-in, password links, first-run setup), for search results with a query (endless, thin,
 * duplicate), for error pages and the back office. Indexable: home, catalogue and its categories, entries,
 * units, exempt-information lists (DIK), the request form, the empty tracking and objection forms, the
 * deadline calculator and the service statistics. robots.txt (routes/portal/portal.tsx) says the same.
 */
export function isNoindex(path: string, search: string): boolean {
  if (/^\/(?:admin|akun|masuk|keluar|lupa-sandi|atur-sandi|persiapan)(?:\/|$)/.test(path)) return true;
  // The empty tracking and objection forms are where people arrive from a search engine; filled in (a
  // number and code in the address) they are one applicant's. Receipts, letters and own data: never.
  if (path === '/permohonan/lacak' || path === '/permohonan/keberatan') return search !== '' && search !== '?';
  if (/^\/permohonan\/.+/.test(path)) return true;
  if (path === '/cari') {
    const q = new URLSearchParams(search).get('q');
    return !!q && q.trim() !== '';
  }
  return false;
}

type Text = { id: string; en: string };

/** Descriptions of the pages outside the portal module, written for each page. */
const DESCRIPTIONS: [RegExp, Text][] = [
  [
    /^\/permohonan$/,
    {
      id: 'Ajukan permohonan informasi publik secara daring: isi formulir, terima nomor pendaftaran, dan pantau jawabannya dalam 10 hari kerja.',
      en: 'Request public information online: fill in the form, receive a registration number and follow the answer, due within 10 working days.',
    },
  ],
  [
    /^\/permohonan\/lacak$/,
    {
      id: 'Lacak permohonan informasi Anda dengan nomor pendaftaran dan kode lacak: status, tenggat jawaban, dan surat dari PPID.',
      en: 'Track your information request with its registration number and tracking code: status, answer deadline and letters from the PPID.',
    },
  ],
  [
    /^\/permohonan\/keberatan$/,
    {
      id: 'Ajukan keberatan kepada Atasan PPID bila permohonan informasi Anda ditolak, tidak dijawab, atau jawabannya tidak memuaskan.',
      en: 'File an objection with the PPID’s superior when your information request was refused, not answered, or answered unsatisfactorily.',
    },
  ],
  [
    /^\/permohonan\//,
    {
      id: 'Halaman permohonan informasi publik Anda di PPID.',
      en: 'Your public information request at the PPID.',
    },
  ],
  [
    /^\/kalkulator-tenggat$/,
    {
      id: 'Hitung tenggat jawaban permohonan informasi dan keberatan menurut UU 14/2008 dan Perki 1/2021, dengan hari libur nasional.',
      en: 'Work out the deadlines for answering an information request or an objection under Law 14/2008 and PerKI 1/2021, with public holidays.',
    },
  ],
  [
    /^\/statistik-layanan$/,
    {
      id: 'Statistik layanan informasi publik: jumlah permohonan, waktu jawaban, keputusan, dan keberatan per tahun.',
      en: 'Public information service statistics: requests received, answer times, decisions and objections per year.',
    },
  ],
  [
    /^\/akun(?:\/|$)/,
    {
      id: 'Akun warga: lihat semua permohonan informasi Anda di satu tempat dengan tautan masuk lewat email.',
      en: 'Citizen account: see all your information requests in one place, signing in with a link sent by email.',
    },
  ],
  [
    /^\/(?:masuk|lupa-sandi|atur-sandi)(?:\/|$)/,
    {
      id: 'Masuk ke ruang kerja petugas PPID.',
      en: 'Sign in to the PPID staff workspace.',
    },
  ],
];

const FALLBACK: Text = {
  id: 'Layanan informasi publik PPID: daftar informasi publik, permohonan informasi, dan keberatan menurut UU 14/2008.',
  en: 'PPID public information service: the public information list, information requests and objections under Law 14/2008.',
};

export function describePage(path: string, locale: Locale): string {
  const t = DESCRIPTIONS.find(([re]) => re.test(path))?.[1] ?? FALLBACK;
  return locale === 'en' ? t.en : t.id;
}
