import { a1, parseA1 } from '../../../core/cells/address';
import {
  isMarkFormula,
  MARK_STYLE,
  markFormula,
  MARK_TAG,
  NOTE_HEAD,
  withoutOurNote,
  type MarkPlan,
} from '../../../core/findings/marks';
import type { Namespaces } from './packageEdit';
import { attr, decodeXml, encodeXml, escapeCellText, tags, textOf, withAttr } from './xml';

/** The start tags of the elements named `local` in a drawing, whatever their prefix (v:, o:, x: or ns0: …). */
function startTags(xml: string, local: string): string[] {
  return [...xml.matchAll(new RegExp(`<(?:[\\w.-]+:)?${local}\\b[^>]*>`, 'g'))].map((m) => m[0]);
}

/** What the shapes of a drawing are (Note, Button, Checkbox …), by their ClientData. */
const objectTypes = (xml: string) => startTags(xml, 'ClientData').map((t) => attr(t, 'ObjectType'));

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
  for (const rule of tags(tail, 'cfRule')) max = Math.max(max, Number(attr(rule, 'priority')) || 0);
  return max;
}

/** A note as a comment by author `authorId`. */
function commentXml(note: MarkPlan['notes'][number], authorId: number): string {
  return `<comment ref="${note.cell}" authorId="${authorId}"><text><r><t xml:space="preserve">${escapeCellText(note.text)}</t></r></text></comment>`;
}

/** A comments part holding the plan's notes, in the package's namespaces `ns`. */
export function commentsXml(notes: MarkPlan['notes'], ns: Namespaces): string {
  const list = notes.map((n) => commentXml(n, 0)).join('');
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<comments xmlns="${ns.main}"><authors><author>${MARK_TAG}</author></authors><commentList>${list}</commentList></comments>`;
}

/**
 * A sheet's comments part with the notes of marks drawn before taken out and `notes` put in, beside
 * the user's own notes (a cell with one keeps it, and no note of ours: as the other writers do).
 * Also which cells lost a note, which keep the user's, and which notes were added; null when a note
 * holds the user's text and ours together (the other writer then takes ours out of it).
 */
export function mergedComments(
  xml: string,
  notes: MarkPlan['notes'],
): { xml: string; removed: Set<string>; users: Set<string>; added: MarkPlan['notes'] } | null {
  const removed = new Set<string>();
  const users = new Set<string>();
  let mixed = false;
  let out = xml.replace(/<comment\b(?:[^>]*\/>|[^>]*>[\s\S]*?<\/comment>)/g, (c) => {
    const ref = attr(c.slice(0, c.indexOf('>')), 'ref') ?? '';
    const text = textOf(c);
    if (text.includes(NOTE_HEAD) && withoutOurNote(text) === null) {
      removed.add(ref);
      return '';
    }
    mixed ||= text.includes(NOTE_HEAD);
    users.add(ref);
    return c;
  });
  if (mixed) return null;
  const added = notes.filter((n) => !users.has(n.cell));
  if (!added.length) return { xml: out, removed, users, added };
  const authors = [...out.matchAll(/<author>([\s\S]*?)<\/author>/g)].map((m) => m[1]);
  let author = authors.indexOf(MARK_TAG);
  if (author < 0) {
    author = authors.length;
    if (/<authors\s*\/>/.test(out))
      out = out.replace(/<authors\s*\/>/, () => `<authors><author>${MARK_TAG}</author></authors>`);
    else if (out.includes('</authors>'))
      out = out.replace('</authors>', () => `<author>${MARK_TAG}</author></authors>`);
    else return null;
  }
  const list = added.map((n) => commentXml(n, author)).join('');
  if (/<commentList\s*\/>/.test(out))
    out = out.replace(/<commentList\s*\/>/, () => `<commentList>${list}</commentList>`);
  else if (out.includes('</commentList>')) out = out.replace('</commentList>', () => `${list}</commentList>`);
  else return null;
  return { xml: out, removed, users, added };
}

const SHAPE_TYPE =
  '<v:shapetype id="_x0000_t202" coordsize="21600,21600" o:spt="202" path="m,l,21600r21600,l21600,xe"><v:stroke joinstyle="miter"/><v:path gradientshapeok="t" o:connecttype="rect"/></v:shapetype>';

/** The blocks of shape ids that `count` shapes numbered from block `block` on take (1024 to a block). */
function blocksFor(count: number, block: number): number[] {
  return Array.from({ length: Math.floor(count / 1024) + 1 }, (_, i) => block + i);
}

/** The shapes that show the notes of `cells`, their ids from block `block` on. */
function noteShapes(cells: readonly string[], block: number): string {
  return cells
    .map((cell, i) => {
      const at = parseA1(cell)!;
      const [row, col] = [at.row - 1, at.col - 1];
      // Shown (on hover) to the right of the cell, four columns wide and four rows tall.
      const anchor = `${col + 1}, 15, ${Math.max(0, row - 1)}, 10, ${col + 4}, 15, ${row + 3}, 4`;
      return `<v:shape id="_x0000_s${block * 1024 + i + 1}" type="#_x0000_t202" style="position:absolute;margin-left:59.25pt;margin-top:1.5pt;width:180pt;height:60pt;z-index:${i + 1};visibility:hidden" fillcolor="#ffffe1" o:insetmode="auto"><v:fill color2="#ffffe1"/><v:shadow on="t" color="black" obscured="t"/><v:path o:connecttype="none"/><v:textbox style="mso-direction-alt:auto"><div style="text-align:left"></div></v:textbox><x:ClientData ObjectType="Note"><x:MoveWithCells/><x:SizeWithCells/><x:Anchor>${anchor}</x:Anchor><x:AutoFill>False</x:AutoFill><x:Row>${row}</x:Row><x:Column>${col}</x:Column></x:ClientData></v:shape>`;
    })
    .join('');
}

/** The namespaces the shapes of notes use (v:, o:, x:), each declared on the drawing's root. */
const VML_NAMESPACES = {
  'xmlns:v': 'urn:schemas-microsoft-com:vml',
  'xmlns:o': 'urn:schemas-microsoft-com:office:office',
  'xmlns:x': 'urn:schemas-microsoft-com:office:excel',
};

/** The root of a notes' drawing we write, declaring those namespaces. */
const VML_ROOT = `<xml ${Object.entries(VML_NAMESPACES)
  .map(([name, uri]) => `${name}="${uri}"`)
  .join(' ')}>`;

/**
 * The legacy drawing that shows the notes (Excel draws a note from a VML shape). Shape ids are unique
 * across the workbook, in blocks of 1024 that each drawing claims: this one's start at block `block`,
 * which no other drawing claims, and take as many blocks as the notes need.
 */
export function notesVml(cells: readonly string[], block: number): string {
  return `${VML_ROOT}<o:shapelayout v:ext="edit"><o:idmap v:ext="edit" data="${blocksFor(cells.length, block).join(',')}"/></o:shapelayout>${SHAPE_TYPE}${noteShapes(cells, block)}</xml>`;
}

/**
 * A drawing that `mergedVml` cannot change (openpyxl's names one prefix for two namespaces), drawn
 * anew with a shape for the note of each of `cells`: the notes are the comments part's, the drawing
 * only shows them (the user's notes take the default size). Null when it shows anything but notes
 * (a button, a check box), which drawn anew would be lost.
 */
export function redrawnVml(vml: string, cells: readonly string[], block: number): string | null {
  return objectTypes(vml).every((k) => k === 'Note') ? notesVml(cells, block) : null;
}

/**
 * A sheet's legacy drawing with the shapes of the notes of cells `removed` taken out, and shapes for
 * `added` put in with ids from block `block` on (no drawing claims it yet; this one then does).
 * Null when it is not laid out as Excel or LibreOffice lay it out.
 */
export function mergedVml(
  vml: string,
  removed: ReadonlySet<string>,
  added: MarkPlan['notes'],
  block: number,
): string | null {
  const idmap = /<o:idmap\b[^>]*>/.exec(vml)?.[0];
  const data = idmap === undefined ? null : attr(idmap, 'data');
  // U+FFFD: a drawing not in UTF-8 (written in a code page) would be spoilt by writing it back.
  if (!vml.includes('</xml>') || vml.includes('\uFFFD')) return null;
  let out = vml.replace(/<v:shape\b[^>]*>[\s\S]*?<\/v:shape>/g, (shape) => {
    const row = /<x:Row>\s*(\d+)\s*<\/x:Row>/.exec(shape)?.[1];
    const col = /<x:Column>\s*(\d+)\s*<\/x:Column>/.exec(shape)?.[1];
    if (!objectTypes(shape).includes('Note') || row === undefined || col === undefined) return shape;
    return removed.has(a1(Number(row) + 1, Number(col) + 1)) ? '' : shape;
  });
  if (!added.length) return out;
  const blocks = blocksFor(added.length, block);
  if (idmap !== undefined && data !== null) {
    const claimed = [data.trim(), ...blocks].filter((x) => x !== '').join(',');
    out = out.replace(idmap, () => withAttr(idmap, 'data', claimed));
  } else {
    // LibreOffice claims no blocks (its shapes are named shape_0 …): the drawing claims ours in a
    // layout of its own, its root declaring what our shapes use.
    const root = /^\uFEFF?(?:<\?xml[^>]*>\s*)?(<xml\b[^>]*>)/.exec(vml)?.[1];
    if (!root || !Object.entries(VML_NAMESPACES).every(([name, uri]) => attr(root, name) === uri)) return null;
    const layout = `<o:shapelayout v:ext="edit"><o:idmap v:ext="edit" data="${blocks.join(',')}"/></o:shapelayout>`;
    out = out.replace(root, () => root + layout);
  }
  const type = /\sid\s*=\s*["']_x0000_t202["']/.test(out) ? '' : SHAPE_TYPE;
  return out.replace(
    '</xml>',
    () =>
      `${type}${noteShapes(
        added.map((n) => n.cell),
        block,
      )}</xml>`,
  );
}

/** A worksheet's tail without the rules of marks drawn before (a block of rules left empty goes too). */
export function withoutMarkRules(tail: string): string {
  return tail.replace(/<conditionalFormatting\b(?:[^>]*\/>|[^>]*>[\s\S]*?<\/conditionalFormatting>)/g, (block) => {
    const kept = block.replace(/<cfRule\b(?:[^>]*\/>|[^>]*>[\s\S]*?<\/cfRule>)/g, (rule) =>
      isMarkFormula(decodeXml(rule)) ? '' : rule,
    );
    return /<cfRule\b/.test(kept) ? kept : '';
  });
}

/** The blocks of shape ids the workbook's legacy drawings claim (their o:idmap data, whatever the prefix). */
export function claimedBlocks(vml: string): number[] {
  const out: number[] = [];
  for (const idmap of startTags(vml, 'idmap'))
    for (const n of (attr(idmap, 'data') ?? '').split(/[\s,]+/)) if (n) out.push(Number(n));
  return out;
}
