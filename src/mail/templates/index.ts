// Email templates, Bahasa Indonesia first and English when the recipient chose it.
import { exemptionTemplates } from './exemptions.js';
import { searchLogTemplates } from './search-log.js';
import { formatLongDate } from '../../domain/calendar/dates.js';

export type Locale = 'id' | 'en';

type Rendered = { subject: string; text: string };
type DipMail = { name: string; body: string; unit: string; actor: string; count: number; titles: string[]; link: string };
type ObjectionMail = { name: string; number: string; request: string; dueDate: string; link: string; body: string };
type RequestMail = { name: string; number: string; dueDate: string; link: string; body: string };
type CaseMail = { name: string; number: string; unit: string; dueDate: string; link: string; body: string };
type ApplicantMail = { name: string; number: string; link: string; body: string };
type Template<P> = Record<Locale, (p: P) => Rendered>;

/** One line of a reminder digest: a case by its number (never the applicant), its due date and where it stands. */
export type DigestLine = { number: string; request: string | null; unit: string | null; due: string; daysLeft: number; daysLate: number; link: string };
export type DigestSection = { kind: 'requests' | 'objections'; items: DigestLine[] } | { kind: 'dispositions'; unit: string; items: DigestLine[] };
type DigestMail = { name: string; body: string; date: string; sections: DigestSection[]; link: string };
/** A case that has become overdue. */
export type EscalationCase =
  | { kind: 'request'; number: string; due: string; daysLate: number; link: string }
  | { kind: 'objection'; number: string; request: string; due: string; daysLate: number; link: string }
  | { kind: 'disposition'; number: string; unit: string; due: string; requestDue: string; daysLate: number; link: string };
type EscalationMail = { name: string; body: string; case: EscalationCase };

const digestLine = {
  id: (l: DigestLine) =>
    `- ${l.number}${l.request ? ` (permohonan ${l.request})` : ''}: batas ${formatLongDate(l.due)}, ${
      l.daysLate ? `TERLAMBAT ${l.daysLate} hari kerja` : l.daysLeft ? `sisa ${l.daysLeft} hari kerja` : 'hari ini hari terakhir'
    }\n  ${l.link}`,
  en: (l: DigestLine) =>
    `- ${l.number}${l.request ? ` (request ${l.request})` : ''}: due ${formatLongDate(l.due, 'en')}, ${
      l.daysLate
        ? `OVERDUE by ${l.daysLate} working day${l.daysLate > 1 ? 's' : ''}`
        : l.daysLeft
          ? `${l.daysLeft} working day${l.daysLeft > 1 ? 's' : ''} left`
          : 'today is the last day'
    }\n  ${l.link}`,
};
const sectionTitle = {
  id: (s: DigestSection) =>
    s.kind === 'dispositions'
      ? `Disposisi kepada ${s.unit} yang belum dijawab (tenggat internal)`
      : s.kind === 'requests'
        ? 'Permohonan informasi yang belum diberi pemberitahuan tertulis'
        : 'Keberatan yang menunggu tanggapan tertulis Atasan PPID',
  en: (s: DigestSection) =>
    s.kind === 'dispositions'
      ? `Dispositions to ${s.unit} not yet answered (internal deadlines)`
      : s.kind === 'requests'
        ? 'Information requests still without a written notice'
        : "Objections awaiting the Atasan PPID's written answer",
};
const lateCount = (p: DigestMail) => p.sections.reduce((n, s) => n + s.items.filter((i) => i.daysLate > 0).length, 0);
const soonCount = (p: DigestMail) => p.sections.reduce((n, s) => n + s.items.filter((i) => i.daysLate === 0).length, 0);

const footer = {
  id: (body: string) => `\n\n--\n${body}\nPesan ini dikirim otomatis oleh sistem layanan informasi publik. Mohon tidak membalas email ini.`,
  en: (body: string) => `\n\n--\n${body}\nThis message was sent automatically by the public information service. Please do not reply.`,
};

export const templates = {
  password_reset: {
    id: (p: { name: string; link: string; minutes: number; body: string }) => ({
      subject: 'Atur ulang kata sandi Anda',
      text: `Yth. ${p.name},\n\nKami menerima permintaan untuk mengatur ulang kata sandi akun Anda. Buka tautan berikut untuk membuat kata sandi baru (berlaku ${p.minutes} menit, hanya sekali pakai):\n\n${p.link}\n\nJika Anda tidak meminta ini, abaikan email ini; kata sandi Anda tidak berubah.${footer.id(p.body)}`,
    }),
    en: (p: { name: string; link: string; minutes: number; body: string }) => ({
      subject: 'Reset your password',
      text: `Dear ${p.name},\n\nWe received a request to reset the password of your account. Open this link to choose a new password (valid for ${p.minutes} minutes, single use):\n\n${p.link}\n\nIf you did not ask for this, ignore this email; your password stays the same.${footer.en(p.body)}`,
    }),
  } satisfies Template<{ name: string; link: string; minutes: number; body: string }>,
  account_invite: {
    id: (p: { name: string; link: string; minutes: number; body: string; email: string }) => ({
      subject: `Akun Anda di ${p.body}`,
      text: `Yth. ${p.name},\n\nAkun Anda telah dibuat dengan alamat email ${p.email}. Buka tautan berikut untuk membuat kata sandi (berlaku ${Math.round(p.minutes / 60)} jam, hanya sekali pakai):\n\n${p.link}${footer.id(p.body)}`,
    }),
    en: (p: { name: string; link: string; minutes: number; body: string; email: string }) => ({
      subject: `Your account at ${p.body}`,
      text: `Dear ${p.name},\n\nAn account has been created for you with the email address ${p.email}. Open this link to choose your password (valid for ${Math.round(p.minutes / 60)} hours, single use):\n\n${p.link}${footer.en(p.body)}`,
    }),
  } satisfies Template<{ name: string; link: string; minutes: number; body: string; email: string }>,
  password_changed: {
    id: (p: { name: string; body: string }) => ({
      subject: 'Kata sandi Anda telah diubah',
      text: `Yth. ${p.name},\n\nKata sandi akun Anda baru saja diubah. Jika bukan Anda yang mengubahnya, segera hubungi administrator.${footer.id(p.body)}`,
    }),
    en: (p: { name: string; body: string }) => ({
      subject: 'Your password was changed',
      text: `Dear ${p.name},\n\nThe password of your account was just changed. If this was not you, contact the administrator at once.${footer.en(p.body)}`,
    }),
  } satisfies Template<{ name: string; body: string }>,
  request_received: {
    id: (p: RequestMail) => ({
      subject: `Permohonan informasi ${p.number} telah diterima`,
      text: `Yth. ${p.name},\n\nPermohonan informasi Anda telah kami terima dan terdaftar dengan nomor:\n\n    ${p.number}\n\nPPID wajib memberikan pemberitahuan tertulis paling lambat ${p.dueDate} (10 hari kerja; dapat diperpanjang 7 hari kerja dengan alasan tertulis).\n\nIkuti perkembangannya dan unduh tanda bukti permohonan di:\n${p.link}\n\nSimpan tautan ini: kode di dalamnya adalah kunci untuk melihat permohonan Anda. Jangan bagikan kepada orang lain.${footer.id(p.body)}`,
    }),
    en: (p: RequestMail) => ({
      subject: `Information request ${p.number} received`,
      text: `Dear ${p.name},\n\nWe have received your request for information and registered it under the number:\n\n    ${p.number}\n\nThe PPID must give you a written notice by ${p.dueDate} at the latest (10 working days; it may be extended by 7 working days with written reasons).\n\nFollow its progress and download the receipt at:\n${p.link}\n\nKeep this link: the code in it is the key to your request. Do not share it.${footer.en(p.body)}`,
    }),
  } satisfies Template<RequestMail>,
  objection_received: {
    id: (p: ObjectionMail) => ({
      subject: `Keberatan ${p.number} telah diterima`,
      text: `Yth. ${p.name},\n\nKeberatan Anda ${p.request ? `atas permohonan ${p.request}` : 'atas informasi yang wajib diumumkan'} telah kami terima dan terdaftar dengan nomor ${p.number}. Atasan PPID wajib memberikan tanggapan tertulis paling lambat ${p.dueDate} (30 hari kerja, UU No. 14 Tahun 2008 Pasal 36).\n\nIkuti perkembangannya di:\n${p.link}${footer.id(p.body)}`,
    }),
    en: (p: ObjectionMail) => ({
      subject: `Objection ${p.number} received`,
      text: `Dear ${p.name},\n\nWe have received your objection ${p.request ? `to request ${p.request}` : 'on information that must be published'}; it is registered as ${p.number}. The PPID's superior must answer in writing by ${p.dueDate} (30 working days, Law No. 14 of 2008, Art. 36).\n\nFollow it at:\n${p.link}${footer.en(p.body)}`,
    }),
  } satisfies Template<ObjectionMail>,
  objection_to_decide: {
    id: (p: ObjectionMail) => ({
      subject: `Keberatan baru ${p.number} menunggu keputusan Anda`,
      text: `Yth. ${p.name},\n\nKeberatan ${p.number} ${p.request ? `atas permohonan ${p.request}` : 'atas informasi yang wajib diumumkan (tanpa permohonan)'} menunggu keputusan tertulis Atasan PPID paling lambat ${p.dueDate}.\n\nBuka di: ${p.link}${footer.id(p.body)}`,
    }),
    en: (p: ObjectionMail) => ({
      subject: `New objection ${p.number} awaits your decision`,
      text: `Dear ${p.name},\n\nObjection ${p.number} ${p.request ? `to request ${p.request}` : 'on information that must be published (no request)'} awaits the written decision of the PPID's superior by ${p.dueDate}.\n\nOpen it at: ${p.link}${footer.en(p.body)}`,
    }),
  } satisfies Template<ObjectionMail>,
  objection_decided: {
    id: (p: { name: string; number: string; request: string; decision: string; body: string }) => ({
      subject: `Keputusan atas keberatan ${p.number}`,
      text: `Yth. ${p.name},\n\nAtasan PPID telah memutuskan keberatan ${p.number}${p.request ? ` atas permohonan ${p.request}` : ''}: ${p.decision}.\n\nSurat tanggapan dapat diunduh dari halaman pelacakan permohonan Anda. Bila tidak puas, Anda dapat mengajukan penyelesaian sengketa kepada Komisi Informasi paling lambat 14 hari kerja setelah menerima tanggapan ini (UU No. 14 Tahun 2008 Pasal 37).${footer.id(p.body)}`,
    }),
    en: (p: { name: string; number: string; request: string; decision: string; body: string }) => ({
      subject: `Decision on objection ${p.number}`,
      text: `Dear ${p.name},\n\nThe PPID's superior has decided objection ${p.number}${p.request ? ` to request ${p.request}` : ''}: ${p.decision}.\n\nThe response letter can be downloaded from your request's tracking page. If you are not satisfied, you may take the dispute to the Information Commission within 14 working days of receiving this answer (Law No. 14 of 2008, Art. 37).${footer.en(p.body)}`,
    }),
  } satisfies Template<{ name: string; number: string; request: string; decision: string; body: string }>,
  request_disposed: {
    id: (p: CaseMail) => ({
      subject: `Disposisi permohonan informasi ${p.number}`,
      text: `Yth. ${p.name},\n\nPPID Utama meneruskan permohonan informasi ${p.number} kepada ${p.unit}. Mohon siapkan jawaban unit paling lambat ${p.dueDate}.\n\nBaca permohonan dan instruksinya di:\n${p.link}${footer.id(p.body)}`,
    }),
    en: (p: CaseMail) => ({
      subject: `Information request ${p.number} passed to your agency`,
      text: `Dear ${p.name},\n\nThe lead PPID passed information request ${p.number} to ${p.unit}. Please prepare the agency's answer by ${p.dueDate}.\n\nRead the request and the instruction at:\n${p.link}${footer.en(p.body)}`,
    }),
  } satisfies Template<CaseMail>,
  request_unit_answered: {
    id: (p: CaseMail) => ({
      subject: `Jawaban unit atas permohonan ${p.number}`,
      text: `Yth. ${p.name},\n\n${p.unit} telah menyampaikan jawaban atas permohonan informasi ${p.number}. Pemberitahuan tertulis wajib dikirim paling lambat ${p.dueDate}.\n\nLihat di:\n${p.link}${footer.id(p.body)}`,
    }),
    en: (p: CaseMail) => ({
      subject: `Agency answer on request ${p.number}`,
      text: `Dear ${p.name},\n\n${p.unit} has sent its answer on information request ${p.number}. The written notice is due by ${p.dueDate}.\n\nSee:\n${p.link}${footer.en(p.body)}`,
    }),
  } satisfies Template<CaseMail>,
  request_extended: {
    id: (p: ApplicantMail & { dueDate: string; reason: string }) => ({
      subject: `Perpanjangan jangka waktu permohonan ${p.number}`,
      text: `Yth. ${p.name},\n\nJangka waktu pemberitahuan tertulis atas permohonan informasi ${p.number} diperpanjang 7 hari kerja (UU No. 14 Tahun 2008 Pasal 22 ayat (8)) menjadi paling lambat ${p.dueDate}, dengan alasan:\n\n${p.reason}\n\nSurat pemberitahuan perpanjangan dapat diunduh di halaman pelacakan dengan nomor pendaftaran dan kode pelacakan dari tanda bukti Anda:\n${p.link}${footer.id(p.body)}`,
    }),
    en: (p: ApplicantMail & { dueDate: string; reason: string }) => ({
      subject: `Time limit of request ${p.number} extended`,
      text: `Dear ${p.name},\n\nThe time limit for the written notice on information request ${p.number} has been extended by 7 working days (Law 14/2008 Art. 22(8)) to ${p.dueDate}, for this reason:\n\n${p.reason}\n\nThe extension letter can be downloaded from the tracking page with the registration number and the tracking code on your receipt:\n${p.link}${footer.en(p.body)}`,
    }),
  } satisfies Template<ApplicantMail & { dueDate: string; reason: string }>,
  request_answered: {
    id: (p: ApplicantMail & { outcome: string; noticeDate: string }) => ({
      subject: `Pemberitahuan tertulis atas permohonan ${p.number}`,
      text: `Yth. ${p.name},\n\nPPID telah memberikan pemberitahuan tertulis atas permohonan informasi ${p.number} tertanggal ${p.noticeDate}:\n\n    ${p.outcome}\n\nUnduh surat pemberitahuan tertulis (dan, bila ada, surat keputusan penolakan) di halaman pelacakan dengan nomor pendaftaran dan kode pelacakan dari tanda bukti Anda:\n${p.link}\n\nBila Anda tidak puas, Anda berhak mengajukan keberatan kepada Atasan PPID dalam 30 hari kerja (UU No. 14 Tahun 2008 Pasal 35–36).${footer.id(p.body)}`,
    }),
    en: (p: ApplicantMail & { outcome: string; noticeDate: string }) => ({
      subject: `Written notice on request ${p.number}`,
      text: `Dear ${p.name},\n\nThe PPID has given its written notice on information request ${p.number}, dated ${p.noticeDate}:\n\n    ${p.outcome}\n\nDownload the written notice (and any refusal decision) from the tracking page with the registration number and the tracking code on your receipt:\n${p.link}\n\nIf you are not satisfied, you may file an objection with the PPID's superior within 30 working days (Law 14/2008 Art. 35–36).${footer.en(p.body)}`,
    }),
  } satisfies Template<ApplicantMail & { outcome: string; noticeDate: string }>,
  dip_submitted: {
    id: (p: DipMail) => ({
      subject: `DIP diajukan: ${p.unit} (${p.count} entri)`,
      text: `Yth. ${p.name},\n\n${p.actor} mengajukan ${p.count} entri Daftar Informasi Publik dari ${p.unit} untuk diperiksa:\n\n${p.titles.map((t) => `- ${t}`).join('\n')}\n\nPeriksa di: ${p.link}${footer.id(p.body)}`,
    }),
    en: (p: DipMail) => ({
      subject: `DIP submitted: ${p.unit} (${p.count} entries)`,
      text: `Dear ${p.name},\n\n${p.actor} submitted ${p.count} entries of the Public Information Register of ${p.unit} for review:\n\n${p.titles.map((t) => `- ${t}`).join('\n')}\n\nReview them at: ${p.link}${footer.en(p.body)}`,
    }),
  } satisfies Template<DipMail>,
  dip_returned: {
    id: (p: DipMail & { note: string }) => ({
      subject: `DIP dikembalikan untuk diperbaiki: ${p.titles[0]}`,
      text: `Yth. ${p.name},\n\nPPID Utama mengembalikan entri DIP "${p.titles[0]}" (${p.unit}) dengan catatan:\n\n${p.note}\n\nPerbaiki lalu ajukan kembali di: ${p.link}${footer.id(p.body)}`,
    }),
    en: (p: DipMail & { note: string }) => ({
      subject: `DIP entry returned for changes: ${p.titles[0]}`,
      text: `Dear ${p.name},\n\nThe lead PPID returned the DIP entry "${p.titles[0]}" (${p.unit}) with this note:\n\n${p.note}\n\nMake the changes and submit it again at: ${p.link}${footer.en(p.body)}`,
    }),
  } satisfies Template<DipMail & { note: string }>,
  dip_published: {
    id: (p: DipMail) => ({
      subject: `DIP diterbitkan: ${p.titles[0]}`,
      text: `Yth. ${p.name},\n\nEntri DIP "${p.titles[0]}" (${p.unit}) telah disetujui dan terbit di portal:\n\n${p.link}${footer.id(p.body)}`,
    }),
    en: (p: DipMail) => ({
      subject: `DIP entry published: ${p.titles[0]}`,
      text: `Dear ${p.name},\n\nThe DIP entry "${p.titles[0]}" (${p.unit}) was approved and is now on the portal:\n\n${p.link}${footer.en(p.body)}`,
    }),
  } satisfies Template<DipMail>,
  dip_unpublished: {
    id: (p: DipMail & { note: string }) => ({
      subject: `DIP ditarik dari portal: ${p.titles[0]}`,
      text: `Yth. ${p.name},\n\nEntri DIP "${p.titles[0]}" (${p.unit}) ditarik dari portal oleh PPID Utama dengan alasan:\n\n${p.note}\n\nLihat: ${p.link}${footer.id(p.body)}`,
    }),
    en: (p: DipMail & { note: string }) => ({
      subject: `DIP entry withdrawn from the portal: ${p.titles[0]}`,
      text: `Dear ${p.name},\n\nThe DIP entry "${p.titles[0]}" (${p.unit}) was withdrawn from the portal by the lead PPID for this reason:\n\n${p.note}\n\nSee: ${p.link}${footer.en(p.body)}`,
    }),
  } satisfies Template<DipMail & { note: string }>,
  citizen_sign_in: {
    id: (p: { link: string; minutes: number; body: string }) => ({
      subject: 'Tautan masuk: permohonan informasi Anda',
      text: `Yth. Pemohon,\n\nKami menerima permintaan untuk membuka halaman "Permohonan saya" dengan alamat email ini. Buka tautan berikut untuk melihat semua permohonan informasi yang Anda ajukan dengan email ini (berlaku ${p.minutes} menit, hanya sekali pakai):\n\n${p.link}\n\nJika bukan Anda yang meminta, abaikan email ini; tidak ada yang berubah dan tidak ada yang dapat masuk tanpa tautan ini.${footer.id(p.body)}`,
    }),
    en: (p: { link: string; minutes: number; body: string }) => ({
      subject: 'Sign-in link: your information requests',
      text: `Dear applicant,\n\nWe were asked to open the "My requests" page for this email address. Open this link to see every information request you filed with this email (valid for ${p.minutes} minutes, single use):\n\n${p.link}\n\nIf this was not you, ignore this email; nothing changes and nobody can sign in without this link.${footer.en(p.body)}`,
    }),
  } satisfies Template<{ link: string; minutes: number; body: string }>,
  reminder_digest: {
    id: (p: DigestMail) => ({
      subject: `Pengingat tenggat ${formatLongDate(p.date)}: ${lateCount(p)} terlambat, ${soonCount(p)} segera jatuh tempo`,
      text: `Yth. ${p.name},\n\nBerikut yang jatuh tempo dalam 2 hari kerja dan yang sudah lewat batas waktu, per ${formatLongDate(p.date)}. Semua batas waktu dihitung dalam hari kerja.\n\n${p.sections
        .map((s) => `${sectionTitle.id(s)}:\n${s.items.map(digestLine.id).join('\n')}`)
        .join('\n\n')}\n\nRuang kerja: ${p.link}${footer.id(p.body)}`,
    }),
    en: (p: DigestMail) => ({
      subject: `Deadline reminder ${formatLongDate(p.date, 'en')}: ${lateCount(p)} overdue, ${soonCount(p)} due soon`,
      text: `Dear ${p.name},\n\nHere is what is due within 2 working days and what is overdue, as of ${formatLongDate(p.date, 'en')}. All deadlines are counted in working days.\n\n${p.sections
        .map((s) => `${sectionTitle.en(s)}:\n${s.items.map(digestLine.en).join('\n')}`)
        .join('\n\n')}\n\nWorkspace: ${p.link}${footer.en(p.body)}`,
    }),
  } satisfies Template<DigestMail>,
  calendar_missing: {
    id: (p: { name: string; year: number; link: string; body: string }) => ({
      subject: `Kalender hari libur tahun ${p.year} belum dimuat`,
      text: `Yth. ${p.name},\n\nKalender hari libur nasional dan cuti bersama tahun ${p.year} belum dimuat. Tenggat yang melewati 1 Januari ${p.year} dihitung seolah-olah setiap Senin–Jumat hari kerja, sehingga dapat terlalu awal (UU No. 14 Tahun 2008 Pasal 22 dan 36). Muat kalender tahun itu (SKB tiga menteri) dari berkas CSV atau iCalendar di:\n${p.link}\n\nPengingat ini dikirim paling banyak sekali seminggu sampai kalender dimuat.${footer.id(p.body)}`,
    }),
    en: (p: { name: string; year: number; link: string; body: string }) => ({
      subject: `The holiday calendar for ${p.year} has not been loaded`,
      text: `Dear ${p.name},\n\nThe calendar of national holidays and cuti bersama for ${p.year} has not been loaded. Deadlines that cross 1 January ${p.year} count every Monday–Friday as a working day and may be too early (Law 14/2008 Art. 22 and 36). Load that year's calendar (the three ministers' SKB) from a CSV or iCalendar file at:\n${p.link}\n\nThis reminder is sent at most once a week until the calendar is loaded.${footer.en(p.body)}`,
    }),
  } satisfies Template<{ name: string; year: number; link: string; body: string }>,
  deadline_escalation: {
    id: ({ name, body, case: c }: EscalationMail) => ({
      subject:
        c.kind === 'request'
          ? `Eskalasi: permohonan ${c.number} melewati batas waktu`
          : c.kind === 'objection'
            ? `Eskalasi: keberatan ${c.number} melewati batas waktu`
            : `Eskalasi: disposisi permohonan ${c.number} kepada ${c.unit} belum dijawab`,
      text: `Yth. ${name},\n\n${
        c.kind === 'request'
          ? `Permohonan informasi ${c.number} belum diberi pemberitahuan tertulis, padahal batas waktunya ${formatLongDate(c.due)} (UU No. 14 Tahun 2008 Pasal 22 ayat (7)–(8)); kini terlambat ${c.daysLate} hari kerja. Pemohon berhak mengajukan keberatan kepada Atasan PPID (Pasal 35 ayat (1) huruf c dan g).`
          : c.kind === 'objection'
            ? `Keberatan ${c.number} atas permohonan ${c.request} belum ditanggapi secara tertulis, padahal batas waktunya ${formatLongDate(c.due)} (UU No. 14 Tahun 2008 Pasal 36 ayat (2)); kini terlambat ${c.daysLate} hari kerja. Pemohon dapat membawa perkaranya ke Komisi Informasi.`
            : `${c.unit} belum menjawab disposisi permohonan ${c.number}; tenggat internalnya ${formatLongDate(c.due)} (terlambat ${c.daysLate} hari kerja). Batas pemberitahuan tertulis kepada pemohon: ${formatLongDate(c.requestDue)}.`
      }\n\nTindak lanjuti di:\n${c.link}\n\nEmail eskalasi ini dikirim sekali untuk perkara ini.${footer.id(body)}`,
    }),
    en: ({ name, body, case: c }: EscalationMail) => ({
      subject:
        c.kind === 'request'
          ? `Escalation: request ${c.number} is overdue`
          : c.kind === 'objection'
            ? `Escalation: objection ${c.number} is overdue`
            : `Escalation: ${c.unit} has not answered the disposition of request ${c.number}`,
      text: `Dear ${name},\n\n${
        c.kind === 'request'
          ? `Information request ${c.number} has no written notice yet, although it was due on ${formatLongDate(c.due, 'en')} (Law 14/2008 Art. 22(7)–(8)); it is now ${c.daysLate} working day(s) overdue. The applicant may object to the Atasan PPID (Art. 35(1) c and g).`
          : c.kind === 'objection'
            ? `Objection ${c.number} to request ${c.request} has no written answer yet, although it was due on ${formatLongDate(c.due, 'en')} (Law 14/2008 Art. 36(2)); it is now ${c.daysLate} working day(s) overdue. The applicant may take the case to the Information Commission.`
            : `${c.unit} has not answered the disposition of request ${c.number}; its internal deadline was ${formatLongDate(c.due, 'en')} (${c.daysLate} working day(s) overdue). The written notice to the applicant is due on ${formatLongDate(c.requestDue, 'en')}.`
      }\n\nFollow it up at:\n${c.link}\n\nThis escalation is sent once for this case.${footer.en(body)}`,
    }),
  } satisfies Template<EscalationMail>,
  test_message: {
    id: (p: { body: string }) => ({
      subject: 'Uji pengiriman email',
      text: `Ini email uji dari ${p.body}. Jika Anda menerimanya, pengiriman email berfungsi.${footer.id(p.body)}`,
    }),
    en: (p: { body: string }) => ({
      subject: 'Email delivery test',
      text: `This is a test email from ${p.body}. If you received it, email delivery works.${footer.en(p.body)}`,
    }),
  } satisfies Template<{ body: string }>,
  ...exemptionTemplates,
  ...searchLogTemplates,
};

export type TemplateName = keyof typeof templates;
export type TemplateParams<N extends TemplateName> = Parameters<(typeof templates)[N]['id']>[0];

export function renderTemplate<N extends TemplateName>(name: N, locale: Locale, params: TemplateParams<N>): Rendered {
  const t = templates[name] as unknown as Template<TemplateParams<N>>;
  return t[locale](params);
}
