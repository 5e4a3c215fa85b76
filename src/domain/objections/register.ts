// The objection register (register keberatan, kip-domain.md §6.4) per year, as a page and as xlsx: the
// regulation's columns a–k, the applicant's reply (k) derived from a recorded dispute or from the lapse of
// the 14 working days for one. It holds applicants' personal data: for the roles allowed objection.view.
import { asc, eq } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import type { Ctx } from '../../context.js';
import { disputes, informationRequests, objections } from '../../db/schema/index.js';
import { authorize } from '../../policies/index.js';
import { dateInZone, formatLongDate, yearOf, zoneOf } from '../calendar/dates.js';
import { loadCalendar } from '../calendar/load-calendar.js';
import { DISPUTE_FILING_WORKING_DAYS } from '../calendar/periods.js';
import { addWorkingDays } from '../calendar/working-days.js';
import { getPublicBody } from '../org/public-body.js';
import { todayInBody } from '../requests/case.js';
import { DECISION_LABELS, GROUND_LABELS } from './objections.js';

export type ObjectionRegisterRow = {
  no: number;
  id: string;
  /** a. */
  number: string;
  /** b. */
  receivedAt: Date;
  /** c. Name, address and contacts of the applicant, and the proxy when there is one. */
  applicant: string;
  /** d. */
  requestNumber: string;
  /** e. */
  details: string;
  /** f. */
  purpose: string;
  /** g. The Ps 35(1) grounds, by letter and wording. */
  grounds: string;
  /** h. */
  decision: string;
  /** i. "Senin, 6 April 2026", empty before the decision. */
  responseDate: string;
  /** j. */
  superior: string;
  /** k. Accepts, or went to the Komisi Informasi; empty before the decision. */
  applicantResponse: string;
};

export const OBJECTION_REGISTER_COLUMNS: { key: Exclude<keyof ObjectionRegisterRow, 'id'>; head: string; width: number }[] = [
  { key: 'no', head: 'No', width: 6 },
  { key: 'number', head: 'Nomor Registrasi Keberatan', width: 20 },
  { key: 'receivedAt', head: 'Tanggal Diterima', width: 12 },
  { key: 'applicant', head: 'Identitas Pemohon / Kuasa', width: 32 },
  { key: 'requestNumber', head: 'Nomor Pendaftaran Permohonan', width: 20 },
  { key: 'details', head: 'Informasi yang Diminta', width: 40 },
  { key: 'purpose', head: 'Tujuan Penggunaan Informasi', width: 28 },
  { key: 'grounds', head: 'Alasan Keberatan (UU 14/2008 Pasal 35 ayat (1))', width: 36 },
  { key: 'decision', head: 'Keputusan Atasan PPID', width: 28 },
  { key: 'responseDate', head: 'Hari dan Tanggal Pemberian Tanggapan', width: 20 },
  { key: 'superior', head: 'Nama dan Jabatan Atasan PPID', width: 26 },
  { key: 'applicantResponse', head: 'Tanggapan Pemohon', width: 34 },
];

export async function objectionRegister(ctx: Ctx, year: number): Promise<ObjectionRegisterRow[]> {
  authorize(ctx.actor, 'objection.view');
  const body = await getPublicBody(ctx.db);
  const tz = zoneOf(body);
  const rows = await ctx.db
    .select({ o: objections, r: informationRequests, d: disputes })
    .from(objections)
    .leftJoin(informationRequests, eq(informationRequests.id, objections.requestId))
    .leftJoin(disputes, eq(disputes.requestId, objections.requestId))
    .where(eq(objections.year, year))
    .orderBy(asc(objections.seq));
  const today = await todayInBody(ctx);
  // One calendar for every decided objection's 14 working days (a year's decisions end within the next).
  const cal = await loadCalendar(ctx, { fromYear: year, toYear: Math.max(year, yearOf(today)) + 1 });
  const superiorTitle = body?.atasanPpidPosition ?? '';
  return rows.map(({ o, r, d }, i) => {
    const decided = o.status === 'decided' && o.decision && o.decidedAt;
    const decidedOn = o.decidedAt ? dateInZone(o.decidedAt, tz).date : null;
    let reply = '';
    // The dispute follows this objection when it names it (or names none and this is the request's only one).
    if (d && (d.objectionId === o.id || (!d.objectionId && rows.filter((x) => x.r?.id === r?.id).length === 1))) {
      reply = `Mengajukan sengketa ke ${d.commission}, nomor register ${d.caseNumber}, tanggal ${formatLongDate(d.filedOn)}`;
    } else if (decided && decidedOn) {
      const lastDay = addWorkingDays(cal, decidedOn, DISPUTE_FILING_WORKING_DAYS).due;
      reply =
        today > lastDay
          ? `Menerima: tidak mengajukan sengketa sampai ${formatLongDate(lastDay)}`
          : `Belum ada; pengajuan sengketa ke Komisi Informasi dapat dilakukan sampai ${formatLongDate(lastDay)}`;
    }
    // Ground b without a request (Ps 35(1)b): the applicant and the information are the objection's own.
    const a = r
      ? { name: r.name, address: r.address, phone: r.phone, email: r.email, proxy: o.proxyName || r.proxyName }
      : { name: o.applicantName, address: o.applicantAddress, phone: o.applicantPhone, email: o.applicantEmail, proxy: o.proxyName };
    const proxy = a.proxy;
    return {
      no: i + 1,
      id: o.id,
      number: o.number,
      receivedAt: o.receivedAt,
      applicant: [a.name, a.address, [a.phone, a.email].filter(Boolean).join(' / '), proxy ? `Kuasa: ${proxy}` : ''].filter(Boolean).join('\n'),
      requestNumber: r ? r.number : 'Tanpa permohonan (Pasal 35 ayat (1) huruf b)',
      details: r ? r.details : o.unpublishedInformation,
      purpose: r ? r.purpose : '',
      grounds: o.grounds.map((g) => `${GROUND_LABELS[g].letter}. ${GROUND_LABELS[g].id}`).join('\n'),
      decision: decided ? DECISION_LABELS[o.decision!].id : `Menunggu keputusan (batas ${formatLongDate(o.dueDate)})`,
      responseDate: decidedOn ? formatLongDate(decidedOn) : '',
      superior: decided ? [o.decidedByName, superiorTitle].filter(Boolean).join(', ') : '',
      applicantResponse: reply,
    };
  });
}

export async function objectionRegisterXlsx(rows: ObjectionRegisterRow[], meta: { year: number; bodyName: string; timeZone: string }): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Q-Gesy';
  const ws = wb.addWorksheet(`Keberatan ${meta.year}`, { views: [{ state: 'frozen', ySplit: 3 }] });
  ws.addRow([`REGISTER KEBERATAN TAHUN ${meta.year}`]).font = { bold: true, size: 13 };
  ws.addRow([meta.bodyName]);
  const head = ws.addRow(OBJECTION_REGISTER_COLUMNS.map((c) => c.head));
  head.font = { bold: true };
  head.alignment = { wrapText: true, vertical: 'top' };
  OBJECTION_REGISTER_COLUMNS.forEach((c, i) => (ws.getColumn(i + 1).width = c.width));
  for (const r of rows) {
    // Strings stay strings: nothing an applicant typed becomes a formula.
    const row = ws.addRow(
      OBJECTION_REGISTER_COLUMNS.map((c) => (c.key === 'no' ? r.no : c.key === 'receivedAt' ? dateInZone(r.receivedAt, meta.timeZone).date : String(r[c.key]))),
    );
    row.alignment = { wrapText: true, vertical: 'top' };
  }
  return Buffer.from(await wb.xlsx.writeBuffer());
}
