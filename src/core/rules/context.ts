import type { CellValue } from '../cells/value';
import type { FindingCode } from '../findings/codes';
import { makeFinding } from '../findings/make';
import { HeldFinding, type Extra } from '../findings/held';
import type { FindingLimit } from '../findings/limit';
import type { Finding } from '../findings/types';
import { newestDataYear } from '../score/years';
import type { Bilingual, ColumnId, Template, TemplateColumn } from '../templates/types';
import type { Day } from '../text/format';

/** What the rules need to know about the sheet being checked, and where findings go. */
export interface RuleContext {
  readonly sheet: string;
  readonly template: Template;
  /** A source layout (the e-GP export): dates as text are its nature, not a fault. */
  readonly importSource: boolean;
  /** Values come from text (CSV): how a value is stored is not the user's choice. */
  readonly textOnly: boolean;
  /** The table's CE text dates are written month first (11/15/2023): see ProcurementTable.monthFirst. */
  readonly monthFirst: boolean;
  readonly columnOf: ReadonlyMap<ColumnId, number>;
  readonly matched: ReadonlyMap<ColumnId, TemplateColumn>;
  /** Raw value of another column in the same row. */
  valueAt(row: number, id: ColumnId): CellValue;
  /** Where findings go. */
  out: Finding[];
  /** When set, findings go here instead, their messages unwritten until shown (a check's cell findings). */
  held?: HeldFinding[];
  /** When set, findings of a code beyond the limit are counted, not kept. */
  readonly limit?: FindingLimit;
  /**
   * Set while a value is judged that no one cell holds as it was read (a split column's parts joined, a
   * cell under a merge): its findings offer no fix, as there is no cell a fix could rightly write.
   */
  noFix?: boolean;
  /** Rows whose signing date was read from a split contract reference's date cell (see contractCell). */
  readonly datedInOwnCell?: Set<number>;
  /**
   * A monthly form's month before its own (day numbers, `to` excluded): orders signed then and listed
   * under this month are not out of its fiscal year.
   */
  readonly lateOrders?: { readonly from: number; readonly to: number };
  /**
   * The fiscal years a title names as its span ("ปีงบประมาณ 2566 - 2567"): a row dated in any of them is of
   * its own year, not out of the table's.
   */
  readonly years?: YearSpan;
  /** The table's fiscal year once known (cell messages are written when shown, later): their examples' year. */
  exampleYear?: number | null;
  /** The day the title says the data is as of (see asOfTitle): a contract signed after it is out of place. */
  readonly asOf?: { readonly day: Day; readonly dayNumber: number; readonly implied?: boolean };
  /**
   * The last day of the month a row is reported under: the month a monthly form's title names
   * ("ประจำเดือนมกราคม 2566") or the month heading above the row. A contract signed after it belongs to
   * a later month.
   */
  readonly monthEnd?: (row: number) => MonthEnd | undefined;
}

/**
 * The year of the examples a message gives (a date, a BE year): the table's, else the form's, so that an
 * example typed as shown passes the sheet's own check; the data's newest where neither has one (สขร.1).
 */
export function exampleYear(ctx: RuleContext): number {
  return ctx.exampleYear ?? ctx.template.year ?? newestDataYear();
}

/** Fiscal years from one to another, both included (พ.ศ.). */
export interface YearSpan {
  readonly from: number;
  readonly to: number;
}

/** Whether fiscal year `y` is one of `years`. */
export function inYears(years: YearSpan, y: number): boolean {
  return y >= years.from && y <= years.to;
}

/** A month's last day, with the month as the form writes it ("มกราคม 2566"). */
export interface MonthEnd {
  readonly day: Day;
  readonly dayNumber: number;
  readonly month: string;
  /** The row of the heading that names the month, where a heading inside the table does (else the title). */
  readonly heading?: number;
  /** The sheet's name names the month (the title names none). */
  readonly byName?: boolean;
}

/** Add a finding at a row and column of the sheet. */
export function report(
  ctx: RuleContext,
  code: FindingCode,
  row: number,
  column: TemplateColumn | null,
  message: Bilingual | (() => Bilingual),
  extra?: Extra | (() => Extra),
): void {
  const held = ctx.held;
  if (!held && ctx.limit && !ctx.limit.take(code)) return;
  const col = column ? (ctx.columnOf.get(column.id) ?? 1) : 1;
  if (ctx.noFix && extra) extra = withoutFix(extra);
  if (held) {
    held.push(new HeldFinding(code, ctx.sheet, row, col, column, message, extra));
    return;
  }
  // Rules that can fire on every row pass functions: past the limit, or if never shown, the message
  // and value are never written.
  const text = typeof message === 'function' ? message() : message;
  ctx.out.push(
    makeFinding(code, { sheet: ctx.sheet, row, col, column }, text, typeof extra === 'function' ? extra() : extra),
  );
}

/** What a finding carries, its fix left out. */
function withoutFix(extra: Extra | (() => Extra)): Extra | (() => Extra) {
  return typeof extra === 'function' ? () => ({ value: extra().value }) : { value: extra.value };
}
