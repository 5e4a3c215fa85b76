// Keputusan PPID Utama tentang Penetapan Daftar Informasi Publik (Perki 1/2021 Ps 23(2)(d)): a numbered letter on
// the body's letterhead, with the considerations, the legal basis, the decision and the signer block, and the
// list as it stood when it was issued (the snapshot) as a landscape attachment grouped by category.
import { letterDate } from '../domain/calendar/dates.js';
import { CATEGORY_TITLES, type PenetapanDip } from '../domain/dip/penetapan.js';
import { letterheadNodes, LETTER_STYLES, type Letterhead } from '../domain/org/letterhead.js';
import { renderPdf, REGISTER_TABLE_LAYOUT, type PdfNode } from '../documents/pdf.js';

/** "16 Maret 2026", as dated on letters. */

export async function penetapanDipPdf(head: Letterhead, p: PenetapanDip): Promise<Buffer> {
  const body = head.body?.name ?? 'Badan Publik';
  const place = head.body?.shortName || head.body?.name || '';
  const numbered = (items: string[]): PdfNode => ({
    table: {
      widths: [14, '*'],
      body: items.map((t, i) => [{ text: `${i + 1}.` }, { text: t }]),
    },
    layout: 'noBorders',
  });
  const section = (label: string, content: PdfNode): PdfNode => ({
    columns: [
      { width: 80, text: label, bold: true },
      { width: 8, text: ':' },
      { width: '*', stack: [content] },
    ],
    margin: [0, 0, 0, 6],
  });
  const counts = (['berkala', 'serta_merta', 'setiap_saat'] as const).map((c) => p.entries.filter((e) => e.category === c).length);
  const attachment: PdfNode[] = [];
  let n = 0;
  const rows: PdfNode[][] = [
    ['No.', 'Nomor', 'Unit', 'Judul dan ringkasan informasi', 'Penanggung jawab', 'Waktu dan tempat pembuatan', 'Bentuk', 'Jangka waktu penyimpanan'].map(
      (t) => ({
        text: t,
        bold: true,
        fontSize: 7.5,
      }),
    ),
  ];
  for (const cat of ['berkala', 'serta_merta', 'setiap_saat'] as const) {
    const list = p.entries.filter((e) => e.category === cat);
    if (!list.length) continue;
    rows.push([{ text: CATEGORY_TITLES[cat], colSpan: 8, bold: true, fillColor: '#eef2f6' }, '', '', '', '', '', '', '']);
    for (const e of list) {
      rows.push([
        String(++n),
        e.number,
        e.unitName,
        {
          stack: [
            { text: e.title, bold: true },
            { text: e.summary, fontSize: 6.5, color: '#333333' },
          ],
        },
        e.responsible,
        [e.madeWhen, e.madePlace].filter(Boolean).join(', '),
        [...e.forms, ...e.formats].join(', '),
        e.retention,
      ]);
    }
  }
  attachment.push(
    { text: `LAMPIRAN KEPUTUSAN PPID UTAMA NOMOR ${p.number}`, bold: true, pageBreak: 'before', pageOrientation: 'landscape' },
    {
      text: `TANGGAL ${letterDate(p.decidedOn).toUpperCase()} — DAFTAR INFORMASI PUBLIK ${body.toUpperCase()} (VERSI ${p.versionNo})`,
      bold: true,
      margin: [0, 0, 0, 8],
    },
    p.entries.length
      ? { table: { headerRows: 1, widths: [18, 80, 80, '*', 75, 80, 50, 55], body: rows, dontBreakRows: true }, layout: REGISTER_TABLE_LAYOUT, fontSize: 7.5 }
      : { text: 'Belum ada informasi publik yang diterbitkan.' },
  );
  const doc = {
    pageSize: 'A4',
    pageMargins: [40, 36, 40, 48],
    info: { title: `Penetapan Daftar Informasi Publik ${p.number}`, author: body },
    defaultStyle: { fontSize: 10, lineHeight: 1.2 },
    styles: LETTER_STYLES,
    footer: (page: number, pages: number) => ({
      text: `Penetapan DIP ${p.number} · versi ${p.versionNo} · halaman ${page} dari ${pages}`,
      style: 'small',
      alignment: 'center',
      margin: [0, 16, 0, 0],
    }),
    content: [
      ...letterheadNodes(head),
      { text: 'KEPUTUSAN PEJABAT PENGELOLA INFORMASI DAN DOKUMENTASI UTAMA', style: 'title', decoration: undefined },
      { text: `Nomor: ${p.number}`, style: 'number', margin: [0, 2, 0, 4] },
      { text: 'TENTANG', alignment: 'center', bold: true },
      { text: `PENETAPAN DAFTAR INFORMASI PUBLIK ${body.toUpperCase()}`, alignment: 'center', bold: true, margin: [0, 0, 0, 12] },
      section(
        'Menimbang',
        numbered([
          `bahwa ${body} wajib menyediakan, memberikan dan/atau menerbitkan informasi publik yang berada di bawah kewenangannya, selain informasi yang dikecualikan;`,
          'bahwa Daftar Informasi Publik perlu ditetapkan oleh PPID dan dimutakhirkan secara berkala;',
        ]),
      ),
      section(
        'Mengingat',
        numbered([
          'Undang-Undang Nomor 14 Tahun 2008 tentang Keterbukaan Informasi Publik;',
          'Peraturan Pemerintah Nomor 61 Tahun 2010 tentang Pelaksanaan Undang-Undang Nomor 14 Tahun 2008;',
          'Peraturan Komisi Informasi Nomor 1 Tahun 2021 tentang Standar Layanan Informasi Publik, Pasal 23 ayat (2) huruf d.',
        ]),
      ),
      { text: 'MEMUTUSKAN:', alignment: 'center', bold: true, margin: [0, 4, 0, 6] },
      section(
        'Menetapkan',
        numbered([
          `Daftar Informasi Publik ${body} sebagaimana tercantum dalam Lampiran keputusan ini, yang memuat ${p.entryCount} informasi: ${counts[0]} informasi berkala, ${counts[1]} informasi serta-merta dan ${counts[2]} informasi setiap saat.`,
          p.versionNo > 1
            ? `Daftar Informasi Publik ini merupakan versi ${p.versionNo} dan menggantikan penetapan sebelumnya; daftar yang berlaku diumumkan di portal PPID dan dimutakhirkan sekurang-kurangnya setiap tahun.`
            : 'Daftar Informasi Publik ini merupakan versi 1; daftar yang berlaku diumumkan di portal PPID dan dimutakhirkan sekurang-kurangnya setiap tahun.',
          'Keputusan ini berlaku sejak tanggal ditetapkan.',
        ]),
      ),
      {
        unbreakable: true,
        margin: [0, 18, 0, 0],
        columns: [
          { width: '*', text: '' },
          {
            width: 250,
            stack: [
              { text: `Ditetapkan di ${place}` },
              { text: `pada tanggal ${letterDate(p.decidedOn)}` },
              { text: p.signerPosition.toUpperCase(), margin: [0, 6, 0, 0] },
              { text: p.signerName, bold: true, decoration: 'underline', margin: [0, 44, 0, 0] },
              { text: p.signerNip ? `NIP ${p.signerNip}` : 'NIP –' },
            ],
          },
        ],
      },
      ...attachment,
    ],
  };
  return renderPdf(doc);
}
