// Tanda bukti penerimaan keberatan on ground b of UU KIP Ps 35(1) filed without a request (information that
// must be published was not): the applicant's receipt as a PDF, with the objection's number, its applicant,
// what was not published, the Atasan PPID's 30 working days (Ps 36(2)) and the way to track it. Laid out as
// the request's receipt (receipt.ts): both are built by receipt-document.ts.
import type { Objection } from '../domain/objections/objections.js';
import { zoneOf } from '../domain/calendar/dates.js';
import type { Letterhead } from '../domain/org/letterhead.js';
import type { PdfNode } from '../documents/pdf.js';
import { receivedText } from './received.js';
import { receiptPdfOf, receiptRow } from './receipt-document.js';

/** The tracking page of an objection without a request, with its number and code (what the QR code opens). */
export function objectionTrackingUrl(baseUrl: string, number: string, code: string): string {
  return `${baseUrl.replace(/\/+$/, '')}/permohonan/keberatan/lacak?nomor=${encodeURIComponent(number)}&kode=${encodeURIComponent(code)}`;
}

export async function unpublishedObjectionReceiptPdf(
  head: Letterhead,
  o: Objection & { unitName: string | null },
  access: { code: string; trackingUrl: string },
): Promise<Buffer> {
  const tz = zoneOf(head.body);
  const row = receiptRow;
  const rows: PdfNode[][] = [
    row('Nomor registrasi keberatan', o.number),
    row('Diterima', receivedText(o.receivedAt, tz)),
    row('Alasan keberatan', 'UU No. 14 Tahun 2008 Pasal 35 ayat (1) huruf b: informasi yang wajib diumumkan (Pasal 9, 10, 11) belum diumumkan'),
    row('Nama', o.applicantName),
    row('NIK', o.applicantIdNumber),
    row('Alamat', o.applicantAddress),
    row('Telepon', o.applicantPhone),
    row('Email', o.applicantEmail),
    ...(o.proxyName ? [row('Kuasa pemohon', o.proxyName)] : []),
    row('Informasi yang belum diumumkan', o.unpublishedInformation),
    ...(o.unitName ? [row('Unit yang menguasai informasi', o.unitName)] : []),
    row('Kasus posisi', o.caseSummary),
  ];
  return receiptPdfOf(head, {
    number: o.number,
    info: { title: `Tanda Bukti Keberatan ${o.number}`, subject: 'Tanda bukti penerimaan keberatan' },
    heading: 'TANDA BUKTI PENERIMAAN KEBERATAN',
    rows,
    deadline: {
      label: 'Tanggapan tertulis Atasan PPID paling lambat',
      date: o.dueDate,
      note: '30 hari kerja sejak keberatan diterima (UU No. 14 Tahun 2008 Pasal 36 ayat (2)). Hari Sabtu, Minggu, hari libur nasional dan cuti bersama tidak dihitung. Bila tidak puas dengan tanggapan Atasan PPID, Anda dapat mengajukan sengketa ke Komisi Informasi dalam 14 hari kerja sejak tanggapan diterima (Pasal 37).',
    },
    trackingHeading: 'Melacak keberatan',
    access,
    channel: o.channel,
    receivedAt: o.receivedAt,
  });
}
