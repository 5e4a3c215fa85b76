// Buku Register Permohonan (kip-domain.md §5.3, the Perki 1/2010 register columns): every request of a
// year with the applicant, what was asked, and what the written notice decided. It holds personal data of
// every applicant, so only the PPID Utama keeps it.
import { asc, eq } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import type { Ctx } from '../../context.js';
import { informationRequests, requestResponses } from '../../db/schema/index.js';
import { authorize } from '../../policies/index.js';
import { dateInZone } from '../calendar/dates.js';
import { EXEMPTION_LABELS, OUTCOME_LABELS, rupiah } from './labels.js';
import { CHANNEL_LABELS } from '../reports/labels.js';

export type RegisterRow = {
  no: number;
  number: string;
  receivedAt: Date;
  name: string;
  address: string;
  contact: string;
  occupation: string;
  details: string;
  purpose: string;
  /** Status informasi: dikuasai, or not held (naming the holder when known); empty before the notice. */
  held: string;
  /** Bentuk informasi yang dikuasai. */
  form: string;
  /** Jenis permohonan: melihat / salinan. */
  kind: string;
  decision: string;
  refusalReason: string;
  noticeDate: string;
  cost: string;
  /** How the request reached the body (web form, walk-in, letter, email, phone, fax). */
  channel: string;
};

export const REGISTER_COLUMNS: { key: keyof RegisterRow; head: string; width: number }[] = [
  { key: 'no', head: 'No', width: 6 },
  { key: 'number', head: 'Nomor Pendaftaran', width: 20 },
  { key: 'receivedAt', head: 'Tanggal', width: 12 },
  { key: 'name', head: 'Nama', width: 24 },
  { key: 'address', head: 'Alamat', width: 30 },
  { key: 'contact', head: 'Nomor Kontak', width: 24 },
  { key: 'occupation', head: 'Pekerjaan', width: 16 },
  { key: 'details', head: 'Informasi yang Diminta', width: 40 },
  { key: 'purpose', head: 'Tujuan Penggunaan Informasi', width: 30 },
  { key: 'held', head: 'Status Informasi', width: 18 },
  { key: 'form', head: 'Bentuk Informasi yang Dikuasai', width: 16 },
  { key: 'kind', head: 'Jenis Permohonan', width: 14 },
  { key: 'decision', head: 'Keputusan', width: 24 },
  { key: 'refusalReason', head: 'Alasan Penolakan', width: 30 },
  { key: 'noticeDate', head: 'Hari dan Tanggal Pemberitahuan Tertulis', width: 18 },
  { key: 'cost', head: 'Biaya dan Cara Pembayaran', width: 22 },
  { key: 'channel', head: 'Saluran Permohonan', width: 16 },
];

export async function requestRegister(ctx: Ctx, year: number): Promise<RegisterRow[]> {
  authorize(ctx.actor, 'request.register');
  const rows = await ctx.db
    .select({ r: informationRequests, resp: requestResponses })
    .from(informationRequests)
    .leftJoin(requestResponses, eq(requestResponses.requestId, informationRequests.id))
    .where(eq(informationRequests.year, year))
    .orderBy(asc(informationRequests.seq));
  return rows.map(({ r, resp }, i) => ({
    no: i + 1,
    number: r.number,
    receivedAt: r.receivedAt,
    name: r.name,
    address: r.address,
    contact: [r.phone, r.email].filter(Boolean).join(' / '),
    occupation: r.occupation,
    details: r.details,
    purpose: r.purpose,
    held: resp ? (resp.held ? 'Dikuasai' : `Tidak dikuasai${resp.holderBody ? ` (dikuasai ${resp.holderBody})` : ''}`) : '',
    form: r.copyFormat === 'softcopy' ? 'Softcopy' : r.copyFormat === 'hardcopy' ? 'Hardcopy' : '',
    kind: r.obtainMethod === 'salinan' ? 'Salinan' : 'Melihat',
    decision: resp ? OUTCOME_LABELS[resp.outcome].id : r.status === 'extended' ? 'Diperpanjang' : 'Dalam proses',
    refusalReason: resp?.exemptionGround ? `Pasal 17 huruf ${resp.exemptionGround}: ${EXEMPTION_LABELS[resp.exemptionGround]}` : (resp?.reason ?? ''),
    noticeDate: resp?.noticeDate ?? '',
    channel: CHANNEL_LABELS[r.channel]?.id ?? r.channel,
    cost: resp ? (resp.totalCost > 0 ? `${rupiah(resp.totalCost)}${resp.paymentMethod ? `, ${resp.paymentMethod}` : ''}` : 'Tanpa biaya') : '',
  }));
}

export async function registerXlsx(rows: RegisterRow[], meta: { year: number; bodyName: string; timeZone: string }): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Q-Gesy';
  const ws = wb.addWorksheet(`Register ${meta.year}`, { views: [{ state: 'frozen', ySplit: 3 }] });
  ws.addRow([`BUKU REGISTER PERMOHONAN INFORMASI PUBLIK TAHUN ${meta.year}`]).font = { bold: true, size: 13 };
  ws.addRow([meta.bodyName]);
  const head = ws.addRow(REGISTER_COLUMNS.map((c) => c.head));
  head.font = { bold: true };
  head.alignment = { wrapText: true, vertical: 'top' };
  REGISTER_COLUMNS.forEach((c, i) => (ws.getColumn(i + 1).width = c.width));
  const day = (d: Date) => dateInZone(d, meta.timeZone).date;
  for (const r of rows) {
    // Strings stay strings in xlsx (a formula needs its own cell type): nothing an applicant typed runs.
    const row = ws.addRow(REGISTER_COLUMNS.map((c) => (c.key === 'no' ? r.no : c.key === 'receivedAt' ? day(r.receivedAt) : String(r[c.key]))));
    row.alignment = { wrapText: true, vertical: 'top' };
  }
  return Buffer.from(await wb.xlsx.writeBuffer());
}
