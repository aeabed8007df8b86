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

/**
 * Mark cells with conditional formats that name the add-in in their formula (so they can be found and
 * removed later without touching the user's own); errors bold and underlined, warnings italic. Where
 * Excel has notes (ExcelApi 1.18), each marked cell also gets a note saying what is wrong there.
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
  // Told first: Excel would refuse the batch part way. A sheet that allows formats but not objects
  // is marked without notes.
  const protection = protectionOf(ws, caps);
  if (protection) await ctx.sync();
  if (!allows(protection, 'allowFormatCells')) throw new SheetProtected(sheet);
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
  const notes =
    caps.notes && allows(protection, 'allowEditObjects')
      ? await addNotes(ctx, ws, plan.notes.slice(0, MAX_EXCEL_NOTES))
      : 0;
  await ctx.sync();
  return { marked, notes };
}

/**
 * Queue our notes, as the .xlsx adapter writes them: a cell with the user's own note keeps it
 * untouched (its conditional format still marks it), one with our note from an earlier mark gets
 * today's. A cell with a threaded comment is left alone too: Excel gives a cell a note or a comment,
 * and a note refused there would stop the whole batch. Two syncs to learn where the sheet's notes and
 * comments are, the second only when it has any.
 */
async function addNotes(ctx: Excel.RequestContext, ws: Excel.Worksheet, notes: MarkPlan['notes']): Promise<number> {
  if (!notes.length) return 0;
  const existing = ws.notes;
  existing.load('items/content');
  const comments = ws.comments;
  comments.load('items/id');
  await ctx.sync();
  const where = existing.items.map((n) => n.getLocation().load('address'));
  const commented = comments.items.map((c) => c.getLocation().load('address'));
  if (where.length || commented.length) await ctx.sync();
  const cellOf = (r: Excel.Range) => withoutSheet(r.address).replace(/\$/g, '');
  const byCell = new Map(existing.items.map((n, i) => [cellOf(where[i]!), n]));
  const withComment = new Set(commented.map(cellOf));
  let added = 0;
  for (const { cell, text } of notes) {
    if (withComment.has(cell)) continue;
    const old = byCell.get(cell);
    if (!old) existing.add(ws.getRange(cell), text);
    else {
      const next = notedOver(old.content, text);
      if (next === null) continue;
      old.content = next;
    }
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
  const cfs = ws.getRange().conditionalFormats;
  cfs.load('items/type');
  const notes = caps.notes ? ws.notes : null;
  notes?.load('items/content');
  const protection = protectionOf(ws, caps);
  await ctx.sync();
  const custom = cfs.items.filter((cf) => cf.type === 'Custom');
  for (const cf of custom) cf.custom.rule.load('formula');
  if (custom.length) await ctx.sync();
  const ours = custom.filter((cf) => isMarkFormula(cf.custom.rule.formula));
  const ourNotes = notes?.items.some((n) => n.content.includes(NOTE_HEAD)) ?? false;
  // Nothing removed rather than a part: the user unprotects the sheet and clears again.
  if ((ours.length && !allows(protection, 'allowFormatCells')) || (ourNotes && !allows(protection, 'allowEditObjects')))
    throw new SheetProtected(sheet);
  for (const cf of ours) cf.delete();
  let removed = ours.length;
  for (const note of notes?.items ?? []) {
    if (!note.content.includes(NOTE_HEAD)) continue;
    // What a user wrote above ours stays.
    const own = withoutOurNote(note.content);
    if (own === null) note.delete();
    else note.content = own;
    removed++;
  }
  if (removed) await ctx.sync();
  return removed;
}
