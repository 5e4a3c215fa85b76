// Bar and pie charts as plain SVG strings: the same drawing goes into the PDF (pdfmake's svg node, text in
// its Roboto) and inline into the back-office page. Every chart carries its numbers as text (values on
// the bars, a legend with counts and shares), so that colour is never the only carrier (WCAG 1.4.1); the
// pages show the same figures in a table beside it.

export type ChartDatum = { label: string; value: number };

/** Colour-blind-safe palette (Okabe & Ito), darkened where needed for 3:1 against white. */
export const CHART_COLOURS = ['#0072B2', '#D55E00', '#009E73', '#CC79A7', '#8A6D00', '#56B4E9', '#6A3D9A', '#4D4D4D', '#E69F00', '#B2182B'];

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&apos;');
const fmt = (n: number) => new Intl.NumberFormat('id-ID', { maximumFractionDigits: 1 }).format(n);
/** Average glyph width as a share of the font size (Roboto, DejaVu and Arial are all near 0.55). */
const GLYPH = 0.56;

/** Splits a label into lines of at most `max` characters at spaces; the last line is cut with an ellipsis. */
export function wrapLabel(text: string, max: number, maxLines = 3): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (!line) line = word;
    else if (line.length + 1 + word.length <= max) line += ` ${word}`;
    else {
      lines.push(line);
      line = word;
    }
  }
  if (line) lines.push(line);
  const out = lines.slice(0, maxLines).map((l) => (l.length > max ? `${l.slice(0, max - 1)}…` : l));
  if (lines.length > maxLines) out[maxLines - 1] = `${out[maxLines - 1]!.slice(0, max - 1)}…`;
  return out;
}

/** A label of one or more lines: <text> with a <tspan> per line. */
function textLines(x: number, y: number, lines: string[], fs: number, extra = ''): string {
  return `<text x="${x}" y="${y}" font-size="${fs}" fill="#1a1a1a"${extra}>${lines.map((l, i) => `<tspan x="${x}" dy="${i ? fs * 1.2 : 0}">${esc(l)}</tspan>`).join('')}</text>`;
}

type Options = {
  title: string;
  /** Width of the drawing in its own units; text keeps its size, so a narrow drawing reads better on a phone. */
  width?: number;
  /** Size of the labels (the title is a little larger). */
  fontSize?: number;
  font?: string;
  emptyText?: string;
};

function frame(o: Options, width: number, height: number, body: string): string {
  const font = o.font ?? 'Roboto, Arial, sans-serif';
  const fs = o.fontSize ?? 9.5;
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" font-family="${esc(font)}" role="img" aria-label="${esc(o.title)}">` +
    `<title>${esc(o.title)}</title>` +
    `<text x="0" y="${fs + 4}" font-size="${fs + 2.5}" font-weight="bold" fill="#1a1a1a">${esc(o.title)}</text>` +
    body +
    `</svg>`
  );
}

/**
 * Horizontal bars, one per datum, each with its label above (long unit names stay readable on a
 * phone) and its value at the end of the bar.
 */
export function barChartSvg(data: readonly ChartDatum[], o: Options): string {
  const width = o.width ?? 500;
  const fs = o.fontSize ?? 9.5;
  const top = Math.round(fs * 2.8);
  const max = Math.max(0, ...data.map((d) => d.value));
  if (!data.length || max === 0)
    return frame(o, width, top + 2 * fs, `<text x="0" y="${top + fs}" font-size="${fs}" fill="#333333">${esc(o.emptyText ?? 'Tidak ada data.')}</text>`);
  const barMax = width - 5 * fs;
  const maxChars = Math.floor(width / (fs * GLYPH));
  let y = top;
  const rows = data
    .map((d) => {
      const lines = wrapLabel(d.label, maxChars);
      const w = Math.max(d.value > 0 ? 2 : 0, Math.round((barMax * d.value) / max));
      const labelH = lines.length * fs * 1.2;
      const bar = y + labelH + fs * 0.2;
      const out =
        textLines(0, y + fs, lines, fs) +
        `<rect x="0" y="${bar}" width="${w}" height="${fs * 1.25}" fill="${CHART_COLOURS[0]}"/>` +
        `<text x="${w + 5}" y="${bar + fs * 1.05}" font-size="${fs}" fill="#1a1a1a">${fmt(d.value)}</text>`;
      y = bar + fs * 1.25 + fs * 0.9;
      return out;
    })
    .join('');
  return frame(o, width, Math.ceil(y + 4), rows);
}

/** A pie (donut) with a legend giving each slice's label, count and share; empty slices are left out. */
export function pieChartSvg(data: readonly ChartDatum[], o: Options): string {
  const width = o.width ?? 500;
  const fs = o.fontSize ?? 9.5;
  const shown = data.filter((d) => d.value > 0);
  const total = shown.reduce((a, d) => a + d.value, 0);
  const top = Math.round(fs * 2.8);
  if (!total)
    return frame(o, width, top + 2 * fs, `<text x="0" y="${top + fs}" font-size="${fs}" fill="#333333">${esc(o.emptyText ?? 'Tidak ada data.')}</text>`);
  // On a narrow drawing the legend goes under the pie, else beside it.
  const below = width < 420;
  const r = below ? Math.min(70, Math.round(width / 4)) : 62;
  const cx = r + 2;
  const cy = top + r + 4;
  let angle = -Math.PI / 2;
  const point = (a: number, radius: number) => `${(cx + radius * Math.cos(a)).toFixed(2)} ${(cy + radius * Math.sin(a)).toFixed(2)}`;
  const slices = shown
    .map((d, i) => {
      const colour = CHART_COLOURS[i % CHART_COLOURS.length]!;
      if (d.value === total) return `<circle cx="${cx}" cy="${cy}" r="${r}" fill="${colour}"/>`;
      const sweep = (2 * Math.PI * d.value) / total;
      const from = angle;
      angle += sweep;
      const large = sweep > Math.PI ? 1 : 0;
      return `<path d="M ${cx} ${cy} L ${point(from, r)} A ${r} ${r} 0 ${large} 1 ${point(angle, r)} Z" fill="${colour}" stroke="#ffffff" stroke-width="1"/>`;
    })
    .join('');
  const hole = `<circle cx="${cx}" cy="${cy}" r="${Math.round(r * 0.5)}" fill="#ffffff"/><text x="${cx}" y="${cy + 4}" font-size="11" font-weight="bold" text-anchor="middle" fill="#1a1a1a">${fmt(total)}</text>`;
  const lx = below ? 0 : cx + r + 18;
  const maxChars = Math.max(12, Math.floor((width - lx - 1.6 * fs) / (fs * GLYPH)));
  let y = below ? cy + r + 12 : top + 8;
  const legend = shown
    .map((d, i) => {
      const share = Math.round((100 * d.value) / total);
      const lines = wrapLabel(`${d.label}: ${fmt(d.value)} (${share}%)`, maxChars);
      const out =
        `<rect x="${lx}" y="${y}" width="${fs}" height="${fs}" fill="${CHART_COLOURS[i % CHART_COLOURS.length]}"/>` +
        textLines(lx + fs * 1.6, y + fs * 0.9, lines, fs);
      y += lines.length * fs * 1.2 + fs * 0.7;
      return out;
    })
    .join('');
  const height = Math.ceil(Math.max(cy + r + 6, y + 4));
  return frame(o, width, height, slices + hole + legend);
}
