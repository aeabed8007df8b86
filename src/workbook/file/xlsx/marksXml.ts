import { parseA1 } from '../../../core/cells/address';
import { MARK_STYLE, markFormula, MARK_TAG, type MarkPlan } from '../../../core/findings/marks';
import { encodeXml, escapeCellText } from './xml';

const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const SEVERITIES = ['error', 'warning'] as const;
type Marked = (typeof SEVERITIES)[number];

const argb = (hex: string) => `FF${hex.slice(1)}`;

/** The look of a severity's mark, as a differential style (MARK_STYLE, as the other adapters draw it). */
export function markDxf(severity: Marked): string {
  const st = MARK_STYLE[severity];
  const font = `${st.bold ? '<b/>' : ''}${st.italic ? '<i/>' : ''}${st.underline ? '<u/>' : ''}<color rgb="${argb(st.font)}"/>`;
  return `<dxf><font>${font}</font><fill><patternFill patternType="solid"><bgColor rgb="${argb(st.fill)}"/></patternFill></fill></dxf>`;
}

/**
 * The conditional formats that mark the plan's cells, one per severity, with the style ids given and
 * priorities from `priority` on (after the sheet's own rules: those are left exactly as they are).
 */
export function markFormatsXml(plan: MarkPlan, dxf: Record<Marked, number>, priority: number): string {
  let out = '';
  for (const severity of SEVERITIES) {
    const cells = plan.cells[severity];
    if (!cells.length) continue;
    out += `<conditionalFormatting sqref="${cells.join(' ')}"><cfRule type="expression" dxfId="${dxf[severity]}" priority="${priority++}"><formula>${encodeXml(markFormula(severity))}</formula></cfRule></conditionalFormatting>`;
  }
  return out;
}

/** The highest priority of the conditional formats in a worksheet's tail (0 when it has none). */
export function highestPriority(tail: string): number {
  let max = 0;
  for (const m of tail.matchAll(/<cfRule\b[^>]*\spriority="(\d+)"/g)) max = Math.max(max, Number(m[1]));
  return max;
}

/** A comments part holding the plan's notes. */
export function commentsXml(notes: MarkPlan['notes']): string {
  const list = notes
    .map(
      (n) =>
        `<comment ref="${n.cell}" authorId="0"><text><r><t xml:space="preserve">${escapeCellText(n.text)}</t></r></text></comment>`,
    )
    .join('');
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<comments xmlns="${MAIN}"><authors><author>${MARK_TAG}</author></authors><commentList>${list}</commentList></comments>`;
}

/**
 * The legacy drawing that shows the notes (Excel draws a note from a VML shape). Shape ids are unique
 * across the workbook, in blocks of 1024 that each drawing claims: this one's start at block `block`,
 * which no other drawing claims, and take as many blocks as the notes need.
 */
export function notesVml(notes: MarkPlan['notes'], block: number): string {
  const blocks = Array.from({ length: Math.floor(notes.length / 1024) + 1 }, (_, i) => block + i);
  const shapes = notes
    .map((n, i) => {
      const at = parseA1(n.cell)!;
      const [row, col] = [at.row - 1, at.col - 1];
      // Shown (on hover) to the right of the cell, four columns wide and four rows tall.
      const anchor = `${col + 1}, 15, ${Math.max(0, row - 1)}, 10, ${col + 4}, 15, ${row + 3}, 4`;
      return `<v:shape id="_x0000_s${block * 1024 + i + 1}" type="#_x0000_t202" style="position:absolute;margin-left:59.25pt;margin-top:1.5pt;width:180pt;height:60pt;z-index:${i + 1};visibility:hidden" fillcolor="#ffffe1" o:insetmode="auto"><v:fill color2="#ffffe1"/><v:shadow on="t" color="black" obscured="t"/><v:path o:connecttype="none"/><v:textbox style="mso-direction-alt:auto"><div style="text-align:left"></div></v:textbox><x:ClientData ObjectType="Note"><x:MoveWithCells/><x:SizeWithCells/><x:Anchor>${anchor}</x:Anchor><x:AutoFill>False</x:AutoFill><x:Row>${row}</x:Row><x:Column>${col}</x:Column></x:ClientData></v:shape>`;
    })
    .join('');
  return `<xml xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:x="urn:schemas-microsoft-com:office:excel"><o:shapelayout v:ext="edit"><o:idmap v:ext="edit" data="${blocks.join(',')}"/></o:shapelayout><v:shapetype id="_x0000_t202" coordsize="21600,21600" o:spt="202" path="m,l,21600r21600,l21600,xe"><v:stroke joinstyle="miter"/><v:path gradientshapeok="t" o:connecttype="rect"/></v:shapetype>${shapes}</xml>`;
}

/** The blocks of shape ids the workbook's legacy drawings claim (their o:idmap data). */
export function claimedBlocks(vml: string): number[] {
  const out: number[] = [];
  for (const m of vml.matchAll(/<o:idmap\b[^>]*\sdata="([^"]*)"/g))
    for (const n of m[1]!.split(/[\s,]+/)) if (n) out.push(Number(n));
  return out;
}
