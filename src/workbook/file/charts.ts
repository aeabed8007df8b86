import JSZip from 'jszip';
import { parseA1 } from '../../core/cells/address';
import type { LayoutChart } from '../../core/templates/layout';
import { encodeXml } from './xlsx/xml';
import { TRANSITIONAL } from './xlsx/packageEdit';

// ExcelJS writes the usual (transitional) namespaces: the charts added to its files do too.
const REL = TRANSITIONAL.rel;

/**
 * ExcelJS writes no charts; this adds native ones (DrawingML) to the saved package: a drawing per
 * sheet, a chart part per chart, and their relationships and content types.
 */
export interface SheetChart {
  readonly sheet: string;
  readonly chart: LayoutChart;
}

const esc = encodeXml;
const attr = (tag: string, name: string) => new RegExp(`\\b${name}="([^"]*)"`).exec(tag)?.[1] ?? null;

/** 'Sheet name'!$A$4:$A$9 from "A4:A9". */
function ref(sheet: string, range: string): string {
  const [a, b] = range.split(':').map((x) => parseA1(x)!);
  const col = (n: number) => {
    let s = '';
    for (let c = n; c > 0; c = Math.floor((c - 1) / 26)) s = String.fromCharCode(65 + ((c - 1) % 26)) + s;
    return s;
  };
  return `'${sheet.replace(/'/g, "''")}'!$${col(a!.col)}$${a!.row}:$${col(b!.col)}$${b!.row}`;
}

function chartXml(sheet: string, c: LayoutChart): string {
  const kind = c.type === 'line' ? 'lineChart' : 'barChart';
  const series = c.series
    .map(
      (s, i) => `<c:ser><c:idx val="${i}"/><c:order val="${i}"/><c:tx><c:v>${esc(s.name)}</c:v></c:tx>
<c:cat><c:strRef><c:f>${esc(ref(sheet, c.categories))}</c:f></c:strRef></c:cat>
<c:val><c:numRef><c:f>${esc(ref(sheet, s.values))}</c:f></c:numRef></c:val>${c.type === 'line' ? '<c:smooth val="0"/>' : ''}</c:ser>`,
    )
    .join('');
  const bar =
    c.type === 'line' ? '' : `<c:barDir val="${c.type === 'bar' ? 'bar' : 'col'}"/><c:grouping val="clustered"/>`;
  const lineGrouping = c.type === 'line' ? '<c:grouping val="standard"/>' : '';
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<c:chartSpace xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">
<c:chart><c:title><c:tx><c:rich><a:bodyPr/><a:p><a:r><a:t>${esc(c.title)}</a:t></a:r></a:p></c:rich></c:tx><c:overlay val="0"/></c:title>
<c:autoTitleDeleted val="0"/><c:plotArea><c:layout/><c:${kind}>${bar}${lineGrouping}<c:varyColors val="0"/>${series}
<c:dLbls><c:showLegendKey val="0"/><c:showVal val="1"/><c:showCatName val="0"/><c:showSerName val="0"/><c:showPercent val="0"/><c:showBubbleSize val="0"/></c:dLbls>
${c.type === 'line' ? '<c:marker val="1"/>' : '<c:gapWidth val="80"/>'}<c:axId val="1001"/><c:axId val="1002"/></c:${kind}>
<c:catAx><c:axId val="1001"/><c:scaling><c:orientation val="${c.type === 'bar' ? 'maxMin' : 'minMax'}"/></c:scaling><c:delete val="0"/><c:axPos val="${c.type === 'bar' ? 'l' : 'b'}"/><c:tickLblPos val="nextTo"/><c:crossAx val="1002"/><c:crosses val="autoZero"/><c:auto val="1"/><c:lblAlgn val="ctr"/><c:lblOffset val="100"/></c:catAx>
<c:valAx><c:axId val="1002"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:delete val="0"/><c:axPos val="${c.type === 'bar' ? 'b' : 'l'}"/><c:majorGridlines/><c:numFmt formatCode="#,##0" sourceLinked="0"/><c:tickLblPos val="nextTo"/><c:crossAx val="1001"/><c:crosses val="${c.type === 'bar' ? 'max' : 'autoZero'}"/><c:crossBetween val="between"/></c:valAx>
</c:plotArea><c:legend><c:legendPos val="b"/><c:overlay val="0"/></c:legend><c:plotVisOnly val="${c.plotsHidden ? 0 : 1}"/></c:chart></c:chartSpace>`;
}

function anchorXml(c: LayoutChart, rid: string, id: number): string {
  const { col, row, width, height } = c.anchor;
  return `<xdr:twoCellAnchor editAs="oneCell"><xdr:from><xdr:col>${col - 1}</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>${row - 1}</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:from>
<xdr:to><xdr:col>${col - 1 + width}</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>${row - 1 + height}</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:to>
<xdr:graphicFrame macro=""><xdr:nvGraphicFramePr><xdr:cNvPr id="${id + 1}" name="Chart ${id}"/><xdr:cNvGraphicFramePr/></xdr:nvGraphicFramePr>
<xdr:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/></xdr:xfrm><a:graphic><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/chart">
<c:chart xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart" r:id="${rid}"/></a:graphicData></a:graphic></xdr:graphicFrame><xdr:clientData/></xdr:twoCellAnchor>`;
}

const NEXT_IN_SHEET =
  /<(legacyDrawing|legacyDrawingHF|picture|oleObjects|controls|webPublishItems|tableParts|extLst)\b|<\/worksheet>/;

/** Add charts to an .xlsx package written by ExcelJS. */
export async function addCharts(bytes: Uint8Array, charts: readonly SheetChart[]): Promise<Uint8Array> {
  if (!charts.length) return bytes;
  const zip = await JSZip.loadAsync(bytes);
  const workbook = await zip.file('xl/workbook.xml')!.async('string');
  const wbRels = await zip.file('xl/_rels/workbook.xml.rels')!.async('string');
  let types = await zip.file('[Content_Types].xml')!.async('string');
  const existing = Object.keys(zip.files);
  let chartNo = existing.filter((n) => /^xl\/charts\/chart\d+\.xml$/.test(n)).length;
  let drawingNo = existing.filter((n) => /^xl\/drawings\/drawing\d+\.xml$/.test(n)).length;
  const bySheet = new Map<string, LayoutChart[]>();
  for (const c of charts) bySheet.set(c.sheet, [...(bySheet.get(c.sheet) ?? []), c.chart]);

  for (const [sheet, list] of bySheet) {
    const tag = [...workbook.matchAll(/<sheet\b[^>]*>/g)].map((m) => m[0]).find((t) => attr(t, 'name') === esc(sheet));
    const rid = tag && attr(tag, 'r:id');
    const relTag = rid
      ? [...wbRels.matchAll(/<Relationship\b[^>]*>/g)].map((m) => m[0]).find((t) => attr(t, 'Id') === rid)
      : null;
    if (!relTag) throw new Error(`no sheet ${sheet} in the package`);
    const sheetPath = `xl/${attr(relTag, 'Target')!.replace(/^\/?xl\//, '')}`;
    const sheetFile = sheetPath.split('/').pop()!;
    const relsPath = `xl/worksheets/_rels/${sheetFile}.rels`;
    let rels = zip.file(relsPath)
      ? await zip.file(relsPath)!.async('string')
      : `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"></Relationships>`;
    drawingNo++;
    const drawingRid = `rIdItaDrawing${drawingNo}`;
    rels = rels.replace(
      '</Relationships>',
      `<Relationship Id="${drawingRid}" Type="${REL}/drawing" Target="../drawings/drawing${drawingNo}.xml"/></Relationships>`,
    );
    zip.file(relsPath, rels);
    const xml = await zip.file(sheetPath)!.async('string');
    const withNs = xml.includes('xmlns:r=') ? xml : xml.replace('<worksheet ', `<worksheet xmlns:r="${REL}" `);
    const pos = withNs.search(NEXT_IN_SHEET);
    zip.file(sheetPath, `${withNs.slice(0, pos)}<drawing r:id="${drawingRid}"/>${withNs.slice(pos)}`);

    const anchors: string[] = [];
    const drawingRels: string[] = [];
    list.forEach((c, i) => {
      chartNo++;
      zip.file(`xl/charts/chart${chartNo}.xml`, chartXml(sheet, c));
      drawingRels.push(`<Relationship Id="rId${i + 1}" Type="${REL}/chart" Target="../charts/chart${chartNo}.xml"/>`);
      anchors.push(anchorXml(c, `rId${i + 1}`, i + 1));
      types = types.replace(
        '</Types>',
        `<Override PartName="/xl/charts/chart${chartNo}.xml" ContentType="application/vnd.openxmlformats-officedocument.drawingml.chart+xml"/></Types>`,
      );
    });
    zip.file(
      `xl/drawings/drawing${drawingNo}.xml`,
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><xdr:wsDr xmlns:xdr="http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" xmlns:r="${REL}">${anchors.join('')}</xdr:wsDr>`,
    );
    zip.file(
      `xl/drawings/_rels/drawing${drawingNo}.xml.rels`,
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${drawingRels.join('')}</Relationships>`,
    );
    types = types.replace(
      '</Types>',
      `<Override PartName="/xl/drawings/drawing${drawingNo}.xml" ContentType="application/vnd.openxmlformats-officedocument.drawing+xml"/></Types>`,
    );
  }
  zip.file('[Content_Types].xml', types);
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
}
