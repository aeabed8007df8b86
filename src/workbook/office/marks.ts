import { columnBlocks, withoutSheet } from '../../core/cells/address';
import {
  isMarkFormula,
  markFormula,
  MARK_STYLE,
  MAX_NOTES,
  NOTE_HEAD,
  notedOver,
  withoutOurNote,
  type MarkPlan,
} from '../../core/findings/marks';
import { NotSupported, SheetProtected } from '../port';
import type { Capabilities } from './capabilities';

/** Excel keeps an address list short; marks go on in groups of cells. */
const MAX_ADDRESS = 2000;

function chunks(cells: readonly string[], separator: string): string[] {
  const out: string[] = [];
  let cur = '';
  for (const c of cells) {
    if (cur && cur.length + c.length + 1 > MAX_ADDRESS) {
      out.push(cur);
      cur = '';
    }
    cur = cur ? `${cur}${separator}${c}` : c;
  }
  if (cur) out.push(cur);
  return out;
}

/**
 * The character getRanges takes between areas: "," as documented, but Excel on Windows takes the
 * system's list separator, ";" in many locales (office-js issue 1167). Learned by asking for two
 * cells, which only fails where "," is not the separator; one sync, once per workbook opened.
 */
export async function areaSeparator(ctx: Excel.RequestContext, sheet: string): Promise<string> {
  const probe = ctx.workbook.worksheets.getItem(sheet).getRanges('A1,A2');
  probe.load('areaCount');
  try {
    await ctx.sync();
    return ',';
  } catch (e) {
    if ((e as { code?: string }).code === 'InvalidArgument') return ';';
    throw e;
  }
}

/**
 * What a protected sheet lets marks do, queued for the caller's next sync: conditional formats need
 * "Format cells" allowed, notes "Edit objects" (Excel's Protect Sheet options); null before ExcelApi 1.2.
 */
function protectionOf(ws: Excel.Worksheet, caps: Capabilities): Excel.WorksheetProtection | null {
  return caps.apiMinor >= 2 ? ws.protection.load('protected,options') : null;
}

function allows(p: Excel.WorksheetProtection | null, what: 'allowFormatCells' | 'allowEditObjects'): boolean {
  return !p?.protected || p.options[what] === true;
}

/** Notes written in Excel, in the plan's order: as many as a plan holds (see MAX_NOTES). */
export const MAX_EXCEL_NOTES = MAX_NOTES;

/** A sheet's marks as they stand, and what its protection lets change. */
interface Standing {
  readonly protection: Excel.WorksheetProtection | null;
  /** Our conditional formats (their formula names the add-in). */
  readonly rules: Excel.ConditionalFormat[];
  /** The sheet's notes, each with its text and, when asked for, its cell. */
  readonly notes: { readonly note: Excel.Note; readonly text: string; readonly cell: string }[];
  /** Cells with a threaded comment (asked for with the cells). */
  readonly commented: ReadonlySet<string>;
}

/**
 * What marks a sheet carries, in one sync, two when it has conditional formats of the kind ours are or,
 * with `cells`, notes or comments whose cells are then learned.
 */
async function standing(
  ctx: Excel.RequestContext,
  ws: Excel.Worksheet,
  caps: Capabilities,
  cells: boolean,
): Promise<Standing> {
  const protection = protectionOf(ws, caps);
  const cfs = ws.getRange().conditionalFormats;
  cfs.load('items/type');
  const notes = caps.notes ? ws.notes.load('items/content') : null;
  // Excel gives a cell a note or a comment: a note refused on a commented cell would stop the batch.
  const comments = caps.notes && cells ? ws.comments.load('items/id') : null;
  await ctx.sync();
  const custom = cfs.items.filter((cf) => cf.type === 'Custom');
  for (const cf of custom) cf.custom.rule.load('formula');
  const noteAt = cells ? (notes?.items ?? []).map((n) => n.getLocation().load('address')) : [];
  const commentAt = (comments?.items ?? []).map((c) => c.getLocation().load('address'));
  if (custom.length || noteAt.length || commentAt.length) await ctx.sync();
  const cellOf = (r: Excel.Range) => withoutSheet(r.address).replace(/\$/g, '');
  return {
    protection,
    rules: custom.filter((cf) => isMarkFormula(cf.custom.rule.formula)),
    notes: (notes?.items ?? []).map((note, i) => ({
      note,
      text: note.content,
      cell: noteAt[i] ? cellOf(noteAt[i]) : '',
    })),
    commented: new Set(commentAt.map(cellOf)),
  };
}

/**
 * Mark cells with conditional formats that name the add-in in their formula (so they can be found and
 * removed later without touching the user's own); errors bold and underlined, warnings italic. Where
 * Excel has notes (ExcelApi 1.18), each marked cell also gets a note saying what is wrong there. The
 * marks of an earlier check go in the same batch: marking again shows today's findings only.
 */
export async function addMarks(
  ctx: Excel.RequestContext,
  sheet: string,
  plan: MarkPlan,
  caps: Capabilities,
  separator = ',',
): Promise<{ marked: number; notes: number }> {
  if (!caps.conditionalFormats) throw new NotSupported('marks');
  const ws = ctx.workbook.worksheets.getItem(sheet);
  const noted = plan.notes.slice(0, MAX_EXCEL_NOTES);
  const old = await standing(ctx, ws, caps, noted.length > 0);
  // Told before anything changes: Excel would refuse the batch part way. A sheet that allows formats
  // but not objects is marked without notes, unless notes of ours are there to go (none rather than a part).
  const withNotes = caps.notes && allows(old.protection, 'allowEditObjects');
  if (!allows(old.protection, 'allowFormatCells') || (!withNotes && old.notes.some((n) => n.text.includes(NOTE_HEAD))))
    throw new SheetProtected(sheet);
  for (const cf of old.rules) cf.delete();
  let marked = 0;
  for (const severity of ['error', 'warning'] as const) {
    const cells = plan.cells[severity];
    const style = MARK_STYLE[severity];
    // Several areas per format where Excel has RangeAreas (1.9); one format per block of a column
    // before that (one per cell would leave thousands of rules in the sheet).
    const blocks = columnBlocks(cells);
    const targets =
      caps.apiMinor >= 9 ? chunks(blocks, separator).map((a) => ws.getRanges(a)) : blocks.map((a) => ws.getRange(a));
    for (const target of targets) {
      const cf = target.conditionalFormats.add('Custom');
      cf.custom.rule.formula = `=${markFormula(severity)}`;
      cf.custom.format.fill.color = style.fill;
      cf.custom.format.font.color = style.font;
      cf.custom.format.font.bold = style.bold;
      cf.custom.format.font.italic = style.italic;
      if (style.underline) cf.custom.format.font.underline = 'Single';
    }
    marked += cells.length;
  }
  const notes = withNotes ? putNotes(ws, old, noted) : 0;
  await ctx.sync();
  return { marked, notes };
}

/**
 * Queue today's notes, as the .xlsx adapter writes them: our note of before goes, or gives way to
 * today's beside what the user added to it; a cell with the user's own note, or a threaded comment,
 * keeps it untouched (its conditional format still marks it). Returns how many notes are ours.
 */
function putNotes(ws: Excel.Worksheet, old: Standing, notes: MarkPlan['notes']): number {
  const planned = new Map(notes.map((n) => [n.cell, n.text]));
  const taken = new Set<string>();
  let added = 0;
  for (const { note, text, cell } of old.notes) {
    taken.add(cell);
    const ours = planned.get(cell);
    const next = ours === undefined ? (text.includes(NOTE_HEAD) ? withoutOurNote(text) : text) : notedOver(text, ours);
    if (ours !== undefined && next !== null) added++;
    if (next === null && ours === undefined) note.delete();
    else if (next !== null && next !== text) note.content = next;
  }
  for (const { cell, text } of notes) {
    if (taken.has(cell) || old.commented.has(cell)) continue;
    ws.notes.add(ws.getRange(cell), text);
    added++;
  }
  return added;
}

/**
 * Remove the conditional formats whose formula names the add-in, and (ExcelApi 1.18) our notes, which
 * a marked copy made outside Excel carries; the user's formats and notes stay as they are.
 */
export async function removeMarks(ctx: Excel.RequestContext, sheet: string, caps: Capabilities): Promise<number> {
  if (!caps.conditionalFormats) throw new NotSupported('marks');
  const ws = ctx.workbook.worksheets.getItem(sheet);
  const old = await standing(ctx, ws, caps, false);
  const ourNotes = old.notes.filter((n) => n.text.includes(NOTE_HEAD));
  // Nothing removed rather than a part: the user unprotects the sheet and clears again.
  if (
    (old.rules.length && !allows(old.protection, 'allowFormatCells')) ||
    (ourNotes.length && !allows(old.protection, 'allowEditObjects'))
  )
    throw new SheetProtected(sheet);
  for (const cf of old.rules) cf.delete();
  for (const { note, text } of ourNotes) {
    // What a user wrote above or under ours stays.
    const own = withoutOurNote(text);
    if (own === null) note.delete();
    else note.content = own;
  }
  const removed = old.rules.length + ourNotes.length;
  if (removed) await ctx.sync();
  return removed;
}
