// Laporan Layanan Informasi Publik as PDF (Perki 1/2021 Ps 56): a cover, the letterhead, parts a–f with
// the figures in tables and charts (SVG, drawn by pdfmake in its Roboto), and the signatures of the PPID
// Utama and the Atasan PPID.
import { OBJECTION_DECISIONS, OBJECTION_GROUNDS } from '../db/schema/objections.js';
import { DISPUTE_OUTCOMES, DISPUTE_STAGES } from '../db/schema/disputes.js';
import { APPLICANT_TYPES, REQUEST_CHANNELS } from '../db/schema/requests.js';
import { EXEMPTION_GROUNDS, REQUEST_OUTCOMES } from '../db/schema/request-handling.js';
import { formatLongDate } from '../domain/calendar/dates.js';
import { DECISION_LABELS, GROUND_LABELS } from '../domain/objections/objections.js';
import type { AnnualReport } from '../domain/reports/annual-report.js';
import { APPLICANT_LABELS, CHANNEL_LABELS, DISPUTE_OUTCOME_LABELS, DISPUTE_STAGE_LABELS } from '../domain/reports/labels.js';
import { EXEMPTION_LABELS, OUTCOME_LABELS } from '../domain/requests/labels.js';
import { NO_UNIT } from '../domain/requests/statistics.js';
import { letterheadNodes, LETTER_STYLES, type Letterhead } from '../domain/org/letterhead.js';
import { renderPdf, type PdfNode } from '../documents/pdf.js';
import { barChartSvg, pieChartSvg } from './svg-charts.js';

const num = (n: number | null) => (n === null ? '–' : new Intl.NumberFormat('id-ID', { maximumFractionDigits: 1 }).format(n));
export const pct = (n: number, of: number) => (of ? `${Math.round((100 * n) / of)}%` : '–');
const MONTHS = ['Januari', 'Februari', 'Maret', 'April', 'Mei', 'Juni', 'Juli', 'Agustus', 'September', 'Oktober', 'November', 'Desember'];

/** The narrative as paragraphs; an empty part says so, so that a missing text is noticed before signing. */
function paragraphs(text: string): PdfNode[] {
  const parts = text
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter(Boolean);
  if (!parts.length) return [{ text: '(Belum diisi.)', italics: true, color: '#555555', style: 'para' }];
  return parts.map((p) => ({ text: p, style: 'para' }));
}

function table(head: string[], rows: (string | number)[][], widths: (string | number)[], opts: { fontSize?: number } = {}): PdfNode {
  return {
    table: {
      headerRows: 1,
      keepWithHeaderRows: 1,
      widths,
      body: [
        head.map((h, i) => ({ text: h, bold: true, fillColor: '#eeeeee', alignment: i === 0 ? 'left' : 'right' })),
        ...rows.map((r) => r.map((c, i) => ({ text: typeof c === 'number' ? num(c) : c, alignment: i === 0 ? 'left' : 'right' }))),
      ],
    },
    layout: 'lightHorizontalLines',
    fontSize: opts.fontSize ?? 9,
    margin: [0, 2, 0, 8],
  };
}

const chart = (svg: string): PdfNode => ({ svg, width: 480, margin: [0, 4, 0, 10], unbreakable: true });
// Headings carry a headline level, so that pageBreakBefore can keep them with what follows.
const h1 = (text: string): PdfNode => ({ text, style: 'h1', headlineLevel: 1 });
const h2 = (text: string): PdfNode => ({ text, style: 'h2', headlineLevel: 2 });

export async function annualReportPdf(head: Letterhead, r: AnnualReport): Promise<Buffer> {
  const body = r.body;
  const bodyName = body?.name ?? 'Badan Publik';
  const c = r.city;
  const today = r.narrative.signedOn ?? r.today;
  const place = body?.shortName || bodyName;
  const title = `Laporan Layanan Informasi Publik Tahun ${r.year}`;

  const cover: PdfNode[] = [
    ...(head.logo ? [{ image: head.logo, fit: [110, 110], alignment: 'center', margin: [0, 90, 0, 0] }] : [{ text: '', margin: [0, 150, 0, 0] }]),
    { text: 'LAPORAN', style: 'coverTitle', margin: [0, 40, 0, 0] },
    { text: 'LAYANAN INFORMASI PUBLIK', style: 'coverTitle' },
    { text: `TAHUN ${r.year}`, style: 'coverTitle', margin: [0, 6, 0, 0] },
    { text: 'PEJABAT PENGELOLA INFORMASI DAN DOKUMENTASI (PPID)', style: 'coverSub', margin: [0, 48, 0, 0] },
    { text: bodyName.toUpperCase(), style: 'coverSub' },
    {
      text: 'Disusun berdasarkan Peraturan Komisi Informasi Nomor 1 Tahun 2021 tentang Standar Layanan Informasi Publik, Pasal 56',
      alignment: 'center',
      fontSize: 9,
      margin: [60, 24, 60, 0],
    },
    ...(body?.address ? [{ text: body.address, alignment: 'center', fontSize: 9, margin: [0, 120, 0, 0] }] : []),
    {
      text: `${place}, ${MONTHS[Number(today.slice(5, 7)) - 1]} ${today.slice(0, 4)}`,
      alignment: 'center',
      fontSize: 10,
      margin: [0, 8, 0, 0],
      pageBreak: 'after',
    },
  ];

  const outcomeRows = REQUEST_OUTCOMES.map((o) => [OUTCOME_LABELS[o].id, c.byOutcome[o], pct(c.byOutcome[o], c.answered)]);
  const groundRows = EXEMPTION_GROUNDS.filter((g) => c.exemptionsByGround[g].refused || c.exemptionsByGround[g].partial).map((g) => [
    `Huruf ${g}: ${EXEMPTION_LABELS[g]}`,
    c.exemptionsByGround[g].refused,
    c.exemptionsByGround[g].partial,
  ]);
  const unitName = (n: string | null) => n ?? NO_UNIT.id;
  const o = r.objections;
  const d = r.disputes;

  const partC: PdfNode[] = [
    h1('C. Rincian Layanan Informasi Publik'),
    h2('1. Jumlah permohonan informasi publik'),
    {
      text: `Selama tahun ${r.year} diterima ${num(c.received)} permohonan informasi publik; ${num(c.answered)} telah dijawab dengan pemberitahuan tertulis dan ${num(c.open)} masih dalam proses pada saat laporan ini disusun.`,
      style: 'para',
    },
    {
      columns: [
        {
          width: '*',
          stack: [
            table(
              ['Saluran permohonan', 'Jumlah'],
              REQUEST_CHANNELS.map((k) => [CHANNEL_LABELS[k].id, c.byChannel[k]]),
              ['*', 50],
            ),
          ],
        },
        {
          width: '*',
          stack: [
            table(
              ['Jenis pemohon', 'Jumlah'],
              APPLICANT_TYPES.map((k) => [APPLICANT_LABELS[k].id, c.byApplicantType[k]]),
              ['*', 50],
            ),
          ],
        },
      ],
      columnGap: 16,
    },
    chart(
      pieChartSvg(
        REQUEST_CHANNELS.map((k) => ({ label: CHANNEL_LABELS[k].id, value: c.byChannel[k] })),
        { title: 'Permohonan menurut saluran' },
      ),
    ),
    h2('2. Keputusan atas permohonan'),
    table(['Keputusan (pemberitahuan tertulis)', 'Jumlah', 'Bagian'], outcomeRows, ['*', 50, 50]),
    chart(
      pieChartSvg(
        REQUEST_OUTCOMES.map((k) => ({ label: OUTCOME_LABELS[k].id, value: c.byOutcome[k] })),
        { title: 'Keputusan atas permohonan' },
      ),
    ),
    h2('3. Waktu yang diperlukan untuk memenuhi permohonan'),
    {
      text: 'Dalam hari kerja, dari hari permohonan diterima (hari ke-0) sampai pemberitahuan tertulis. Batas waktu: 10 hari kerja, dapat diperpanjang 7 hari kerja dengan alasan tertulis (UU No. 14 Tahun 2008 Pasal 22 ayat (7) dan (8)).',
      style: 'para',
    },
    table(
      ['Ukuran', 'Nilai', 'Bagian'],
      [
        ['Rata-rata (hari kerja)', num(c.days.mean), ''],
        ['Median (hari kerja)', num(c.days.median), ''],
        ['Paling lama (hari kerja)', num(c.days.max), ''],
        ['Dijawab dalam 10 hari kerja', c.within10, pct(c.within10, c.answered)],
        ['Dijawab dalam 17 hari kerja', c.within17, pct(c.within17, c.answered)],
        ['Dijawab dalam batas waktunya (10, atau 17 bila diperpanjang)', c.withinDeadline, pct(c.withinDeadline, c.answered)],
        ['Dijawab terlambat', c.late, pct(c.late, c.answered)],
        ['Diperpanjang', c.extended, pct(c.extended, c.received)],
        ['Belum dijawab dan melewati batas waktu', c.overdueOpen, ''],
      ],
      ['*', 50, 50],
    ),
    h2('4. Permohonan yang ditolak dan alasannya'),
    {
      text: `${num(c.byOutcome.ditolak_dikecualikan)} permohonan ditolak karena informasi yang diminta dikecualikan, ${num(c.byOutcome.diberikan_sebagian)} dikabulkan sebagian, ${num(c.byOutcome.tidak_dikuasai)} informasinya tidak dikuasai dan ${num(c.byOutcome.belum_didokumentasikan)} belum didokumentasikan. Alasan pengecualian menurut UU No. 14 Tahun 2008 Pasal 17:`,
      style: 'para',
    },
    groundRows.length
      ? table(['Alasan pengecualian (Pasal 17)', 'Ditolak', 'Sebagian'], groundRows, ['*', 50, 50])
      : { text: 'Tidak ada permohonan yang ditolak atau dikabulkan sebagian dengan alasan pengecualian.', style: 'para', italics: true },
    ...(groundRows.length
      ? [
          chart(
            barChartSvg(
              EXEMPTION_GROUNDS.filter((g) => c.exemptionsByGround[g].refused).map((g) => ({
                label: `Huruf ${g}: ${EXEMPTION_LABELS[g]}`,
                value: c.exemptionsByGround[g].refused,
              })),
              { title: 'Penolakan menurut alasan Pasal 17', emptyText: 'Tidak ada penolakan.' },
            ),
          ),
        ]
      : []),
    h2('5. Rincian per unit kerja'),
    table(
      ['Unit kerja', 'Diterima', 'Dijawab', 'Seluruh-nya', 'Sebagian', 'Ditolak', 'Tidak dikuasai', 'Belum didok.', 'Rata-rata HK', '≤ 10 HK'],
      r.units.map((u) => [
        unitName(u.name),
        u.summary.received,
        u.summary.answered,
        u.summary.byOutcome.diberikan_seluruhnya,
        u.summary.byOutcome.diberikan_sebagian,
        u.summary.byOutcome.ditolak_dikecualikan,
        u.summary.byOutcome.tidak_dikuasai,
        u.summary.byOutcome.belum_didokumentasikan,
        num(u.summary.days.mean),
        pct(u.summary.within10, u.summary.answered),
      ]),
      ['*', 34, 34, 34, 34, 34, 34, 34, 34, 30],
      { fontSize: 7.5 },
    ),
    chart(
      barChartSvg(
        r.units.filter((u) => u.summary.received > 0).map((u) => ({ label: unitName(u.name), value: u.summary.received })),
        { title: 'Permohonan menurut unit kerja', emptyText: 'Belum ada permohonan.' },
      ),
    ),
  ];

  const partD: PdfNode[] = [
    h1('D. Rincian Penyelesaian Sengketa Informasi Publik'),
    h2('1. Keberatan'),
    {
      text: `Selama tahun ${r.year} diajukan ${num(o.total)} keberatan kepada Atasan PPID; ${num(o.total - o.byDecision.pending)} telah ditanggapi secara tertulis, ${num(o.decidedInTime)} di antaranya dalam 30 hari kerja (UU No. 14 Tahun 2008 Pasal 36), dan ${num(o.withFollowUp)} tanggapan memuat perintah tindak lanjut kepada PPID.`,
      style: 'para',
    },
    table(
      ['Alasan keberatan (Pasal 35 ayat (1))', 'Jumlah'],
      OBJECTION_GROUNDS.map((g) => [`Huruf ${GROUND_LABELS[g].letter}: ${GROUND_LABELS[g].id}`, o.byGround[g]]),
      ['*', 50],
    ),
    { text: 'Satu keberatan dapat memuat lebih dari satu alasan.', fontSize: 8, color: '#444444', margin: [0, -4, 0, 6] },
    table(
      ['Tanggapan Atasan PPID', 'Jumlah'],
      [...OBJECTION_DECISIONS.map((k) => [DECISION_LABELS[k].id, o.byDecision[k]]), ['Belum ditanggapi', o.byDecision.pending]],
      ['*', 50],
    ),
    chart(
      barChartSvg(
        OBJECTION_GROUNDS.map((g) => ({ label: `Huruf ${GROUND_LABELS[g].letter}: ${GROUND_LABELS[g].id}`, value: o.byGround[g] })),
        { title: 'Keberatan menurut alasan', emptyText: 'Tidak ada keberatan.' },
      ),
    ),
    h2('2. Sengketa informasi di Komisi Informasi'),
    d.total
      ? {
          stack: [
            { text: `${num(d.total)} sengketa informasi didaftarkan pada tahun ${r.year}; ${num(d.closed)} telah selesai.`, style: 'para' },
            table(
              ['Tahap terakhir', 'Jumlah'],
              DISPUTE_STAGES.map((k) => [DISPUTE_STAGE_LABELS[k].id, d.byStage[k]]),
              ['*', 50],
            ),
            table(
              ['Hasil mediasi, ajudikasi atau pengadilan', 'Jumlah'],
              [...DISPUTE_OUTCOMES, 'none' as const].map((k) => [DISPUTE_OUTCOME_LABELS[k].id, d.byOutcome[k]]),
              ['*', 50],
            ),
          ],
        }
      : { text: `Tidak ada sengketa informasi yang didaftarkan ke Komisi Informasi pada tahun ${r.year}.`, style: 'para' },
  ];

  const n = r.narrative;
  const signature: PdfNode = {
    unbreakable: true,
    margin: [0, 24, 0, 0],
    stack: [
      { text: `${place}, ${formatLongDate(today).replace(/^[^,]+, /, '')}`, alignment: 'right', margin: [0, 0, 0, 10] },
      {
        columns: [
          {
            width: '*',
            stack: [
              { text: 'Mengetahui,' },
              { text: `Atasan PPID (${body?.atasanPpidPosition || 'Atasan PPID'})` },
              { text: n.atasanName || '(nama Atasan PPID)', bold: true, decoration: 'underline', margin: [0, 52, 0, 0] },
              ...(n.atasanNip ? [{ text: `NIP ${n.atasanNip}` }] : []),
            ],
            alignment: 'center',
          },
          {
            width: '*',
            stack: [
              { text: ' ' },
              { text: 'PPID Utama' },
              { text: n.ppidName || '(nama PPID Utama)', bold: true, decoration: 'underline', margin: [0, 52, 0, 0] },
              ...(n.ppidNip ? [{ text: `NIP ${n.ppidNip}` }] : []),
            ],
            alignment: 'center',
          },
        ],
      },
    ],
  };

  const doc = {
    pageSize: 'A4',
    pageMargins: [40, 36, 40, 48],
    info: { title, author: bodyName, subject: 'Laporan Layanan Informasi Publik (Perki 1/2021 Pasal 56)' },
    defaultStyle: { fontSize: 10, lineHeight: 1.2 },
    styles: {
      ...LETTER_STYLES,
      coverTitle: { fontSize: 20, bold: true, alignment: 'center' },
      coverSub: { fontSize: 12, bold: true, alignment: 'center', margin: [0, 2, 0, 0] },
      h1: { fontSize: 12, bold: true, margin: [0, 14, 0, 6] },
      h2: { fontSize: 10.5, bold: true, margin: [0, 8, 0, 4] },
      para: { margin: [0, 0, 0, 6] },
    },
    // A heading in the last sixth of a page starts the next page instead of being left alone at the bottom.
    pageBreakBefore: (node: { headlineLevel?: number; startPosition?: { verticalRatio?: number } }) =>
      !!node.headlineLevel && (node.startPosition?.verticalRatio ?? 0) > 0.83,
    footer: (page: number, pages: number) =>
      page === 1 ? null : { text: `${title} · halaman ${page} dari ${pages}`, style: 'small', alignment: 'center', margin: [0, 16, 0, 0] },
    content: [
      ...cover,
      ...letterheadNodes(head),
      { text: title.toUpperCase(), style: 'title' },
      { text: `Batas penyampaian: ${formatLongDate(r.dueBy).replace(/^[^,]+, /, '')} (Perki 1/2021 Pasal 56)`, style: 'number' },
      h1('A. Gambaran Umum Kebijakan Layanan Informasi Publik'),
      ...paragraphs(n.policy),
      h1('B. Gambaran Umum Pelaksanaan Layanan Informasi Publik'),
      h2('1. Sarana dan prasarana'),
      ...paragraphs(n.facilities),
      h2('2. Sumber daya manusia'),
      ...paragraphs(n.staffing),
      h2('3. Anggaran'),
      ...paragraphs(n.budget),
      ...partC,
      ...partD,
      h1('E. Kendala Eksternal dan Internal'),
      h2('1. Kendala internal'),
      ...paragraphs(n.obstaclesInternal),
      h2('2. Kendala eksternal'),
      ...paragraphs(n.obstaclesExternal),
      h1('F. Rekomendasi dan Rencana Tindak Lanjut'),
      h2('1. Rekomendasi'),
      ...paragraphs(n.recommendations),
      h2('2. Rencana tindak lanjut'),
      ...paragraphs(n.followUpPlan),
      signature,
    ],
  };
  return renderPdf(doc);
}
