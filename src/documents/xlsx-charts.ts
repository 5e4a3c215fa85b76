// Native Excel charts added to a workbook that exceljs wrote (exceljs reads and writes cells, images and
// styles, but no charts). The xlsx package is a zip of XML parts (ECMA-376): for each sheet with charts
// this adds a DrawingML chart part per chart, one drawing part anchoring them to cells, the relationships
// between sheet, drawing and charts, and their content types. Each series refers to the sheet's own cells
// (so the chart follows an edited figure) and carries a cache of the values (what Excel shows before it
// recalculates, and what readers without a calculation engine show).
import { strFromU8, strToU8, unzipSync, zipSync, type Zippable } from 'fflate';

export type NativeChart = {
  sheet: string;
  type: 'bar' | 'pie';
  title: string;
  seriesName: string;
  /** The cells of the categories and values: 1-based rows (inclusive) and columns. */
  firstRow: number;
  lastRow: number;
  categoryCol: number;
  valueCol: number;
  categories: readonly string[];
  values: readonly number[];
  /** Where the chart sits: 0-based top-left cell and its size in columns and rows. */
  anchor: { col: number; row: number; cols: number; rows: number };
};

const NS_REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const REL_DRAWING = `${NS_REL}/drawing`;
const REL_CHART = `${NS_REL}/chart`;
const CT_CHART = 'application/vnd.openxmlformats-officedocument.drawingml.chart+xml';
const CT_DRAWING = 'application/vnd.openxmlformats-officedocument.drawing+xml';
const COLOURS = ['0072B2', 'D55E00', '009E73', 'CC79A7', '8A6D00', '56B4E9', '6A3D9A', '4D4D4D', 'E69F00', 'B2182B'];

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const unesc = (s: string) =>
  s
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
const attr = (tag: string, name: string) => new RegExp(`\\s${name}="([^"]*)"`).exec(tag)?.[1];

/** Column number to letters: 1 → A, 27 → AA. */
export function columnName(n: number): string {
  let s = '';
  for (let x = n; x > 0; x = Math.floor((x - 1) / 26)) s = String.fromCharCode(65 + ((x - 1) % 26)) + s;
  return s;
}

const sheetRef = (sheet: string, col: number, from: number, to: number) => {
  const c = columnName(col);
  return `'${sheet.replace(/'/g, "''")}'!$${c}$${from}:$${c}$${to}`;
};

function strCache(values: readonly string[]): string {
  return `<c:strCache><c:ptCount val="${values.length}"/>${values.map((v, i) => `<c:pt idx="${i}"><c:v>${esc(v)}</c:v></c:pt>`).join('')}</c:strCache>`;
}
function numCache(values: readonly number[]): string {
  return `<c:numCache><c:formatCode>General</c:formatCode><c:ptCount val="${values.length}"/>${values.map((v, i) => `<c:pt idx="${i}"><c:v>${v}</c:v></c:pt>`).join('')}</c:numCache>`;
}
const solid = (rgb: string) => `<c:spPr><a:solidFill><a:srgbClr val="${rgb}"/></a:solidFill></c:spPr>`;

/** The chart part (xl/charts/chartN.xml). */
export function chartXml(ch: NativeChart): string {
  if (ch.categories.length !== ch.values.length || ch.lastRow - ch.firstRow + 1 !== ch.values.length) {
    throw new Error(`chart "${ch.title}": ${ch.categories.length} categories, ${ch.values.length} values, rows ${ch.firstRow}–${ch.lastRow}`);
  }
  const tx = `<c:tx><c:v>${esc(ch.seriesName)}</c:v></c:tx>`;
  const cat = `<c:cat><c:strRef><c:f>${esc(sheetRef(ch.sheet, ch.categoryCol, ch.firstRow, ch.lastRow))}</c:f>${strCache(ch.categories)}</c:strRef></c:cat>`;
  const val = `<c:val><c:numRef><c:f>${esc(sheetRef(ch.sheet, ch.valueCol, ch.firstRow, ch.lastRow))}</c:f>${numCache(ch.values)}</c:numRef></c:val>`;
  const labels = (percent: boolean) =>
    `<c:dLbls><c:showLegendKey val="0"/><c:showVal val="${percent ? 0 : 1}"/><c:showCatName val="0"/><c:showSerName val="0"/><c:showPercent val="${percent ? 1 : 0}"/><c:showBubbleSize val="0"/></c:dLbls>`;
  let plot: string;
  let legend = '';
  if (ch.type === 'bar') {
    plot =
      `<c:barChart><c:barDir val="bar"/><c:grouping val="clustered"/><c:varyColors val="0"/>` +
      `<c:ser><c:idx val="0"/><c:order val="0"/>${tx}${solid(COLOURS[0]!)}<c:invertIfNegative val="0"/>${labels(false)}${cat}${val}</c:ser>` +
      `<c:gapWidth val="60"/><c:axId val="50010001"/><c:axId val="50010002"/></c:barChart>` +
      // First category at the top, as in the table beside it; the value axis then stays at the bottom.
      `<c:catAx><c:axId val="50010001"/><c:scaling><c:orientation val="maxMin"/></c:scaling><c:delete val="0"/><c:axPos val="l"/>` +
      `<c:numFmt formatCode="General" sourceLinked="0"/><c:majorTickMark val="none"/><c:minorTickMark val="none"/><c:tickLblPos val="nextTo"/>` +
      `<c:crossAx val="50010002"/><c:crosses val="autoZero"/><c:auto val="1"/><c:lblAlgn val="ctr"/><c:lblOffset val="100"/><c:noMultiLvlLbl val="0"/></c:catAx>` +
      `<c:valAx><c:axId val="50010002"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:delete val="0"/><c:axPos val="b"/><c:majorGridlines/>` +
      `<c:numFmt formatCode="0" sourceLinked="0"/><c:majorTickMark val="out"/><c:minorTickMark val="none"/><c:tickLblPos val="nextTo"/>` +
      `<c:crossAx val="50010001"/><c:crosses val="max"/><c:crossBetween val="between"/></c:valAx>`;
  } else {
    const points = ch.values.map((_, i) => `<c:dPt><c:idx val="${i}"/><c:bubble3D val="0"/>${solid(COLOURS[i % COLOURS.length]!)}</c:dPt>`).join('');
    plot = `<c:pieChart><c:varyColors val="1"/><c:ser><c:idx val="0"/><c:order val="0"/>${tx}${points}${labels(true)}${cat}${val}</c:ser><c:firstSliceAng val="0"/></c:pieChart>`;
    legend = `<c:legend><c:legendPos val="r"/><c:overlay val="0"/></c:legend>`;
  }
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n` +
    `<c:chartSpace xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" xmlns:r="${NS_REL}">` +
    `<c:roundedCorners val="0"/><c:chart>` +
    `<c:title><c:tx><c:rich><a:bodyPr/><a:lstStyle/><a:p><a:pPr><a:defRPr sz="1200" b="1"/></a:pPr><a:r><a:rPr lang="id-ID" sz="1200" b="1"/><a:t>${esc(ch.title)}</a:t></a:r></a:p></c:rich></c:tx><c:overlay val="0"/></c:title>` +
    `<c:autoTitleDeleted val="0"/><c:plotArea><c:layout/>${plot}</c:plotArea>${legend}<c:plotVisOnly val="1"/><c:dispBlanksAs val="gap"/></c:chart></c:chartSpace>`
  );
}

function drawingXml(charts: NativeChart[]): string {
  const anchors = charts
    .map((ch, i) => {
      const a = ch.anchor;
      return (
        `<xdr:twoCellAnchor editAs="oneCell">` +
        `<xdr:from><xdr:col>${a.col}</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>${a.row}</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:from>` +
        `<xdr:to><xdr:col>${a.col + a.cols}</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>${a.row + a.rows}</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:to>` +
        `<xdr:graphicFrame macro=""><xdr:nvGraphicFramePr><xdr:cNvPr id="${i + 2}" name="${esc(`Grafik ${i + 1}`)}" descr="${esc(ch.title)}"/><xdr:cNvGraphicFramePr/></xdr:nvGraphicFramePr>` +
        `<xdr:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/></xdr:xfrm>` +
        `<a:graphic><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/chart"><c:chart xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart" r:id="rId${i + 1}"/></a:graphicData></a:graphic>` +
        `</xdr:graphicFrame><xdr:clientData/></xdr:twoCellAnchor>`
      );
    })
    .join('');
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n` +
    `<xdr:wsDr xmlns:xdr="http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" xmlns:r="${NS_REL}">${anchors}</xdr:wsDr>`
  );
}

const rels = (items: { id: string; type: string; target: string }[]) =>
  `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${items
    .map((r) => `<Relationship Id="${r.id}" Type="${r.type}" Target="${esc(r.target)}"/>`)
    .join('')}</Relationships>`;

/** Worksheet children that must come after <drawing> (CT_Worksheet sequence, ECMA-376 Part 1 §18.3.1.99). */
const AFTER_DRAWING = ['legacyDrawing', 'legacyDrawingHF', 'drawingHF', 'picture', 'oleObjects', 'controls', 'webPublishItems', 'tableParts', 'extLst'];

function insertDrawing(sheetXml: string, relId: string): string {
  if (/<drawing\b/.test(sheetXml)) throw new Error('sheet already has a drawing');
  let at = sheetXml.lastIndexOf('</worksheet>');
  for (const tag of AFTER_DRAWING) {
    const i = sheetXml.search(new RegExp(`<${tag}[\\s/>]`));
    if (i >= 0 && i < at) at = i;
  }
  if (at < 0) throw new Error('not a worksheet');
  const root = /<worksheet\b[^>]*>/.exec(sheetXml)![0];
  // The r: prefix must be declared on the root for the drawing's r:id.
  const fixed = root.includes(`xmlns:r="${NS_REL}"`) ? sheetXml : sheetXml.replace(root, root.replace(/>$/, ` xmlns:r="${NS_REL}">`));
  const shift = fixed.length - sheetXml.length;
  return `${fixed.slice(0, at + shift)}<drawing r:id="${relId}"/>${fixed.slice(at + shift)}`;
}

/** The worksheet part of each sheet name, read from the workbook and its relationships. */
function sheetParts(files: Record<string, Uint8Array>): Map<string, string> {
  const wb = strFromU8(files['xl/workbook.xml'] ?? new Uint8Array());
  const wbRels = strFromU8(files['xl/_rels/workbook.xml.rels'] ?? new Uint8Array());
  const targets = new Map<string, string>();
  for (const m of wbRels.matchAll(/<Relationship\b[^>]*>/g)) {
    const id = attr(m[0], 'Id');
    const target = attr(m[0], 'Target');
    if (id && target) targets.set(id, target.startsWith('/') ? target.slice(1) : `xl/${target}`);
  }
  const out = new Map<string, string>();
  for (const m of wb.matchAll(/<sheet\b[^>]*>/g)) {
    const name = attr(m[0], 'name');
    const id = attr(m[0], 'r:id');
    if (name && id && targets.has(id)) out.set(unesc(name), targets.get(id)!);
  }
  return out;
}

/** The workbook with the charts added; the cells and everything exceljs wrote stay as they were. */
export function addNativeCharts(xlsx: Uint8Array, charts: readonly NativeChart[]): Buffer {
  const files = unzipSync(xlsx);
  const parts = sheetParts(files);
  let types = strFromU8(files['[Content_Types].xml']!);
  const bySheet = new Map<string, NativeChart[]>();
  for (const ch of charts) {
    if (!parts.has(ch.sheet)) throw new Error(`no sheet named "${ch.sheet}"`);
    bySheet.set(ch.sheet, [...(bySheet.get(ch.sheet) ?? []), ch]);
  }
  let chartNo = Object.keys(files).filter((f) => /^xl\/charts\/chart\d+\.xml$/.test(f)).length;
  let drawingNo = Object.keys(files).filter((f) => /^xl\/drawings\/drawing\d+\.xml$/.test(f)).length;
  const overrides: string[] = [];
  for (const [sheet, list] of bySheet) {
    const part = parts.get(sheet)!;
    const dir = part.slice(0, part.lastIndexOf('/'));
    const file = part.slice(part.lastIndexOf('/') + 1);
    const relPath = `${dir}/_rels/${file}.rels`;
    drawingNo++;
    const drawing = `xl/drawings/drawing${drawingNo}.xml`;
    const chartRels = list.map((ch, i) => {
      chartNo++;
      files[`xl/charts/chart${chartNo}.xml`] = strToU8(chartXml(ch));
      overrides.push(`<Override PartName="/xl/charts/chart${chartNo}.xml" ContentType="${CT_CHART}"/>`);
      return { id: `rId${i + 1}`, type: REL_CHART, target: `../charts/chart${chartNo}.xml` };
    });
    files[drawing] = strToU8(drawingXml(list));
    files[`xl/drawings/_rels/drawing${drawingNo}.xml.rels`] = strToU8(rels(chartRels));
    overrides.push(`<Override PartName="/${drawing}" ContentType="${CT_DRAWING}"/>`);
    // The sheet's relationships: kept, plus the drawing under an id no other relationship uses.
    const existing = files[relPath] ? strFromU8(files[relPath]) : rels([]);
    const relId = `rIdQgChart${drawingNo}`;
    files[relPath] = strToU8(
      existing.replace('</Relationships>', `<Relationship Id="${relId}" Type="${REL_DRAWING}" Target="../drawings/drawing${drawingNo}.xml"/></Relationships>`),
    );
    files[part] = strToU8(insertDrawing(strFromU8(files[part]!), relId));
  }
  types = types.replace('</Types>', `${overrides.join('')}</Types>`);
  files['[Content_Types].xml'] = strToU8(types);
  const zippable: Zippable = {};
  // [Content_Types].xml first, as Office writes it.
  for (const name of ['[Content_Types].xml', ...Object.keys(files).filter((f) => f !== '[Content_Types].xml')]) zippable[name] = files[name]!;
  return Buffer.from(zipSync(zippable, { level: 6 }));
}
