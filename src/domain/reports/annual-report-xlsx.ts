// Laporan Layanan Informasi Publik as xlsx: one sheet per part of Perki 1/2021 Ps 56 (a–f) with the
// figures as numbers, and native Excel charts next to the tables they draw (documents/xlsx-charts.ts).
import ExcelJS from 'exceljs';
import { DISPUTE_OUTCOMES, DISPUTE_STAGES } from '../../db/schema/disputes.js';
import { OBJECTION_DECISIONS, OBJECTION_GROUNDS } from '../../db/schema/objections.js';
import { EXEMPTION_GROUNDS, REQUEST_OUTCOMES } from '../../db/schema/request-handling.js';
import { APPLICANT_TYPES, REQUEST_CHANNELS } from '../../db/schema/requests.js';
import { addNativeCharts, type NativeChart } from '../../documents/xlsx-charts.js';
import { DECISION_LABELS, GROUND_LABELS } from '../objections/objections.js';
import { EXEMPTION_LABELS, OUTCOME_LABELS } from '../requests/labels.js';
import { NO_UNIT } from '../requests/statistics.js';
import type { AnnualReport } from './annual-report.js';
import { APPLICANT_LABELS, CHANNEL_LABELS, DISPUTE_OUTCOME_LABELS, DISPUTE_STAGE_LABELS } from './labels.js';

export const SHEETS = {
  cover: 'Sampul',
  a: 'A Kebijakan',
  b: 'B Pelaksanaan',
  c: 'C Layanan',
  cUnits: 'C Per Unit',
  d: 'D Keberatan dan Sengketa',
  e: 'E Kendala',
  f: 'F Rekomendasi',
} as const;

type Cell = string | number | null;
const share = (n: number, of: number): Cell => (of ? n / of : null);

/** Appends a titled table; returns the rows its data landed on (1-based, inclusive). */
function block(ws: ExcelJS.Worksheet, title: string, head: string[], rows: Cell[][]): { first: number; last: number } {
  ws.addRow([]);
  ws.addRow([title]).font = { bold: true, size: 12 };
  const h = ws.addRow(head);
  h.font = { bold: true };
  h.alignment = { wrapText: true, vertical: 'top' };
  h.eachCell((c) => (c.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFEEEEEE' } }));
  const first = ws.rowCount + 1;
  for (const r of rows) {
    const row = ws.addRow(r);
    row.alignment = { wrapText: true, vertical: 'top' };
  }
  return { first, last: ws.rowCount };
}

function percentColumn(ws: ExcelJS.Worksheet, col: number, from: number, to: number) {
  for (let r = from; r <= to; r++) ws.getRow(r).getCell(col).numFmt = '0%';
}

function narrativeSheet(wb: ExcelJS.Workbook, name: string, heading: string, parts: [string, string][]) {
  const ws = wb.addWorksheet(name);
  ws.getColumn(1).width = 110;
  ws.addRow([heading]).font = { bold: true, size: 13 };
  for (const [title, text] of parts) {
    ws.addRow([]);
    ws.addRow([title]).font = { bold: true };
    const row = ws.addRow([text || '(Belum diisi.)']);
    row.alignment = { wrapText: true, vertical: 'top' };
    if (!text) row.font = { italic: true, color: { argb: 'FF555555' } };
  }
}

export async function annualReportXlsx(r: AnnualReport): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Q-Gesy';
  wb.title = `Laporan Layanan Informasi Publik Tahun ${r.year}`;
  const c = r.city;
  const n = r.narrative;
  const charts: NativeChart[] = [];
  // Charts sit beside their table, one below the other when tables are close together.
  const nextFreeRow = new Map<string, number>();
  const chart = (
    sheet: string,
    type: NativeChart['type'],
    title: string,
    rows: { first: number; last: number },
    data: [string, number][],
    want: NativeChart['anchor'],
  ) => {
    // Nothing to draw: a chart of zeros would only be an empty frame.
    if (!data.some((x) => x[1] > 0)) return;
    const at = { ...want, row: Math.max(want.row, nextFreeRow.get(sheet) ?? 0) };
    nextFreeRow.set(sheet, at.row + at.rows + 1);
    charts.push({
      sheet,
      type,
      title,
      seriesName: 'Jumlah',
      firstRow: rows.first,
      lastRow: rows.last,
      categoryCol: 1,
      valueCol: 2,
      categories: data.map((d) => d[0]),
      values: data.map((d) => d[1]),
      anchor: at,
    });
  };

  const cover = wb.addWorksheet(SHEETS.cover);
  cover.getColumn(1).width = 34;
  cover.getColumn(2).width = 70;
  cover.addRow([`LAPORAN LAYANAN INFORMASI PUBLIK TAHUN ${r.year}`]).font = { bold: true, size: 14 };
  cover.addRow([r.body?.name ?? '']);
  cover.addRow(['Pejabat Pengelola Informasi dan Dokumentasi (PPID)']);
  cover.addRow([]);
  for (const [k, v] of [
    ['Dasar', 'Peraturan Komisi Informasi Nomor 1 Tahun 2021, Pasal 56'],
    ['Batas penyampaian', r.dueBy],
    ['Disusun pada', n.signedOn ?? r.today],
    ['PPID Utama', [n.ppidName, n.ppidNip && `NIP ${n.ppidNip}`].filter(Boolean).join(', ')],
    [`Atasan PPID (${r.body?.atasanPpidPosition ?? ''})`, [n.atasanName, n.atasanNip && `NIP ${n.atasanNip}`].filter(Boolean).join(', ')],
  ] as const)
    cover.addRow([k, v]).getCell(1).font = { bold: true };
  cover.addRow([]);
  cover.addRow(['Lembar', 'Isi']).font = { bold: true };
  for (const [sheet, what] of [
    [SHEETS.a, 'a. Gambaran umum kebijakan layanan informasi publik'],
    [SHEETS.b, 'b. Gambaran umum pelaksanaan layanan: sarana dan prasarana, sumber daya manusia, anggaran'],
    [SHEETS.c, 'c. Rincian layanan: jumlah permohonan, waktu, keputusan, penolakan dan alasannya (dengan grafik)'],
    [SHEETS.cUnits, 'c. Rincian layanan per unit kerja (dengan grafik)'],
    [SHEETS.d, 'd. Rincian penyelesaian sengketa: keberatan dan sengketa informasi (dengan grafik)'],
    [SHEETS.e, 'e. Kendala eksternal dan internal'],
    [SHEETS.f, 'f. Rekomendasi dan rencana tindak lanjut'],
  ])
    cover.addRow([sheet, what]);

  narrativeSheet(wb, SHEETS.a, 'A. Gambaran Umum Kebijakan Layanan Informasi Publik', [['Kebijakan', n.policy]]);
  narrativeSheet(wb, SHEETS.b, 'B. Gambaran Umum Pelaksanaan Layanan Informasi Publik', [
    ['1. Sarana dan prasarana', n.facilities],
    ['2. Sumber daya manusia', n.staffing],
    ['3. Anggaran', n.budget],
  ]);

  // --- c. service figures ---
  const ws = wb.addWorksheet(SHEETS.c);
  ws.getColumn(1).width = 58;
  ws.getColumn(2).width = 12;
  ws.getColumn(3).width = 12;
  ws.addRow(['C. Rincian Layanan Informasi Publik']).font = { bold: true, size: 13 };
  const totals = block(
    ws,
    '1. Jumlah permohonan',
    ['Ukuran', 'Jumlah'],
    [
      ['Permohonan diterima', c.received],
      ['Dijawab dengan pemberitahuan tertulis', c.answered],
      ['Masih dalam proses', c.open],
    ],
  );
  void totals;
  const channels = REQUEST_CHANNELS.map((k): [string, number] => [CHANNEL_LABELS[k].id, c.byChannel[k]]);
  const channelRows = block(ws, 'Menurut saluran', ['Saluran', 'Jumlah'], channels);
  chart(SHEETS.c, 'pie', 'Permohonan menurut saluran', channelRows, channels, { col: 4, row: channelRows.first - 3, cols: 7, rows: 14 });
  block(
    ws,
    'Menurut jenis pemohon',
    ['Jenis pemohon', 'Jumlah'],
    APPLICANT_TYPES.map((k) => [APPLICANT_LABELS[k].id, c.byApplicantType[k]]),
  );
  const outcomes = REQUEST_OUTCOMES.map((k): [string, number] => [OUTCOME_LABELS[k].id, c.byOutcome[k]]);
  const outcomeRows = block(
    ws,
    '2. Keputusan atas permohonan',
    ['Keputusan', 'Jumlah', 'Bagian'],
    outcomes.map(([l, v]) => [l, v, share(v, c.answered)]),
  );
  percentColumn(ws, 3, outcomeRows.first, outcomeRows.last);
  chart(SHEETS.c, 'pie', 'Keputusan atas permohonan', outcomeRows, outcomes, { col: 4, row: outcomeRows.first - 3, cols: 7, rows: 15 });
  const timeRows = block(
    ws,
    '3. Waktu yang diperlukan (hari kerja, dari hari ke-0 sampai pemberitahuan tertulis)',
    ['Ukuran', 'Nilai', 'Bagian'],
    [
      ['Rata-rata (hari kerja)', c.days.mean, null],
      ['Median (hari kerja)', c.days.median, null],
      ['Paling lama (hari kerja)', c.days.max, null],
      ['Dijawab dalam 10 hari kerja', c.within10, share(c.within10, c.answered)],
      ['Dijawab dalam 17 hari kerja', c.within17, share(c.within17, c.answered)],
      ['Dijawab dalam batas waktunya (10, atau 17 bila diperpanjang)', c.withinDeadline, share(c.withinDeadline, c.answered)],
      ['Dijawab terlambat', c.late, share(c.late, c.answered)],
      ['Diperpanjang', c.extended, share(c.extended, c.received)],
      ['Belum dijawab dan melewati batas waktu', c.overdueOpen, null],
    ],
  );
  percentColumn(ws, 3, timeRows.first, timeRows.last);
  const refused = EXEMPTION_GROUNDS.map((g): [string, number, number] => [
    `Pasal 17 huruf ${g}: ${EXEMPTION_LABELS[g]}`,
    c.exemptionsByGround[g].refused,
    c.exemptionsByGround[g].partial,
  ]);
  const groundRows = block(ws, '4. Penolakan menurut alasan (UU 14/2008 Pasal 17)', ['Alasan pengecualian', 'Ditolak', 'Dikabulkan sebagian'], refused);
  if (refused.some((x) => x[1] > 0)) {
    chart(
      SHEETS.c,
      'bar',
      'Penolakan menurut alasan Pasal 17',
      groundRows,
      refused.map(([l, v]) => [l, v]),
      { col: 4, row: groundRows.first - 3, cols: 8, rows: 16 },
    );
  }

  // --- c. per unit ---
  const wu = wb.addWorksheet(SHEETS.cUnits);
  const unitHead = [
    'Unit kerja',
    'Diterima',
    'Dijawab',
    'Dikabulkan seluruhnya',
    'Dikabulkan sebagian',
    'Ditolak (dikecualikan)',
    'Tidak dikuasai',
    'Belum didokumentasikan',
    'Rata-rata hari kerja',
    'Median hari kerja',
    'Paling lama',
    'Dalam 10 hari kerja',
    'Dalam 17 hari kerja',
    'Terlambat',
    'Keberatan',
  ];
  unitHead.forEach((_, i) => (wu.getColumn(i + 1).width = i === 0 ? 44 : 12));
  wu.addRow(['C. Rincian layanan per unit kerja']).font = { bold: true, size: 13 };
  const unitRows = block(
    wu,
    `Tahun ${r.year}`,
    unitHead,
    r.units.map((u) => [
      u.name ?? NO_UNIT.id,
      u.summary.received,
      u.summary.answered,
      u.summary.byOutcome.diberikan_seluruhnya,
      u.summary.byOutcome.diberikan_sebagian,
      u.summary.byOutcome.ditolak_dikecualikan,
      u.summary.byOutcome.tidak_dikuasai,
      u.summary.byOutcome.belum_didokumentasikan,
      u.summary.days.mean,
      u.summary.days.median,
      u.summary.days.max,
      u.summary.within10,
      u.summary.within17,
      u.summary.late,
      u.objections,
    ]),
  );
  const withRequests = r.units.filter((u) => u.summary.received > 0);
  // The chart draws the units with requests: they come first in the table (most requests first).
  if (withRequests.length) {
    chart(
      SHEETS.cUnits,
      'bar',
      'Permohonan menurut unit kerja',
      { first: unitRows.first, last: unitRows.first + withRequests.length - 1 },
      withRequests.map((u) => [u.name ?? NO_UNIT.id, u.summary.received]),
      { col: 1, row: unitRows.last + 1, cols: 9, rows: Math.max(12, withRequests.length * 2 + 4) },
    );
  }

  // --- d. objections and disputes ---
  const wd = wb.addWorksheet(SHEETS.d);
  wd.getColumn(1).width = 58;
  wd.getColumn(2).width = 12;
  wd.addRow(['D. Rincian Penyelesaian Sengketa Informasi Publik']).font = { bold: true, size: 13 };
  const o = r.objections;
  block(
    wd,
    '1. Keberatan',
    ['Ukuran', 'Jumlah'],
    [
      ['Keberatan diajukan', o.total],
      ['Ditanggapi Atasan PPID', o.total - o.byDecision.pending],
      ['Ditanggapi dalam 30 hari kerja (Pasal 36)', o.decidedInTime],
      ['Tanggapan dengan perintah tindak lanjut', o.withFollowUp],
    ],
  );
  const grounds = OBJECTION_GROUNDS.map((g): [string, number] => [`Huruf ${GROUND_LABELS[g].letter}: ${GROUND_LABELS[g].id}`, o.byGround[g]]);
  const objGroundRows = block(wd, 'Keberatan menurut alasan (Pasal 35 ayat (1)); satu keberatan dapat memuat beberapa alasan', ['Alasan', 'Jumlah'], grounds);
  if (o.total) chart(SHEETS.d, 'bar', 'Keberatan menurut alasan', objGroundRows, grounds, { col: 3, row: objGroundRows.first - 3, cols: 8, rows: 14 });
  block(
    wd,
    'Tanggapan Atasan PPID',
    ['Tanggapan', 'Jumlah'],
    [...OBJECTION_DECISIONS.map((k) => [DECISION_LABELS[k].id, o.byDecision[k]]), ['Belum ditanggapi', o.byDecision.pending]],
  );
  const d = r.disputes;
  block(
    wd,
    '2. Sengketa informasi di Komisi Informasi',
    ['Ukuran', 'Jumlah'],
    [
      ['Sengketa didaftarkan', d.total],
      ['Selesai', d.closed],
    ],
  );
  block(
    wd,
    'Menurut tahap terakhir',
    ['Tahap', 'Jumlah'],
    DISPUTE_STAGES.map((k) => [DISPUTE_STAGE_LABELS[k].id, d.byStage[k]]),
  );
  block(
    wd,
    'Hasil mediasi, ajudikasi atau pengadilan',
    ['Hasil', 'Jumlah'],
    [...DISPUTE_OUTCOMES, 'none' as const].map((k) => [DISPUTE_OUTCOME_LABELS[k].id, d.byOutcome[k]]),
  );

  narrativeSheet(wb, SHEETS.e, 'E. Kendala Eksternal dan Internal', [
    ['1. Kendala internal', n.obstaclesInternal],
    ['2. Kendala eksternal', n.obstaclesExternal],
  ]);
  narrativeSheet(wb, SHEETS.f, 'F. Rekomendasi dan Rencana Tindak Lanjut', [
    ['1. Rekomendasi', n.recommendations],
    ['2. Rencana tindak lanjut', n.followUpPlan],
  ]);

  const plain = new Uint8Array(await wb.xlsx.writeBuffer());
  return charts.length ? addNativeCharts(plain, charts) : Buffer.from(plain);
}
