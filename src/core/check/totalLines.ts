import type { CellValue } from '../cells/value';
import { parseMoneyInUnit } from '../cells/money';
import { runsOf } from '../cells/address';
import { colName, makeFinding } from '../findings/make';
import type { Finding } from '../findings/types';
import { DATA, TOTAL_ROW } from '../sheet/rows';
import type { TemplateColumn } from '../templates/types';
import { formatMoney } from '../text/format';
import { runsText } from './sheetFacts';

export interface TotalLinesInput {
  readonly sheet: string;
  /** Each row's kind under the header (rows.ts), slot `i` being the row `first + i`. */
  readonly kinds: ArrayLike<number>;
  readonly first: number;
  readonly columns: readonly { readonly col: number; readonly column: TemplateColumn }[];
  read(row: number, col: number): CellValue;
  /** A procurement that ended without a contract (cancelled, not signed): some agencies leave it out of a total. */
  noDeal(row: number): boolean;
  /** The row's cells as typed, to tell a row of percentages or averages from a sum. */
  rowValues(row: number): readonly CellValue[];
  /** Rows hidden by hand, by a collapsed group or by a filter: a filtered table's SUBTOTAL(109,…) leaves them out. */
  readonly hidden?: ReadonlySet<number>;
}

/** A row of percentages or averages under the lines is no sum of them. */
export const NOT_A_SUM = /ร้อยละ|%|เฉลี่ย|average|percent/i;

/** Lines shown rounded to satang may add up a satang or so apart; a total in whole baht is rounded. */
export function nearSum(total: number, sum: number, lines: number): boolean {
  const off = Math.abs(total - sum);
  return off <= 0.005 * lines + 1e-9 || (Number.isInteger(total) && off < 1);
}

/**
 * A figure typed in a larger unit than baht (`scale` baht each: a summary in ล้านบาท) against a sum of
 * baht: right when it is the sum rounded to the decimals it is typed with (2,726.53 for 2,726,526,033.46).
 */
export function nearSumIn(typed: number, sum: number, lines: number, scale = 1): boolean {
  if (scale === 1) return nearSum(typed, sum, lines);
  const off = Math.abs(typed - sum / scale);
  const decimals = (String(Number(typed.toFixed(6))).split('.')[1] ?? '').length;
  return off <= 0.5 * 10 ** -decimals + 1e-9 || off <= (0.005 * lines) / scale + 1e-9;
}

/** Whether any of the rows is a total row. */
function hasTotal(kinds: ArrayLike<number>): boolean {
  for (let i = 0; i < kinds.length; i++) if (kinds[i] === TOTAL_ROW) return true;
  return false;
}

const span = (rows: readonly number[]) => (rows.length === 1 ? `${rows[0]}` : `${rows[0]}–${rows[rows.length - 1]}`);

/**
 * The "รวม" lines of a procurement table against its rows. A total may sum the rows since the total
 * before it (a month's or a page's subtotal), every row above it (a grand total), the totals before it
 * (a grand total of subtotals), or carry the one before it on ("ยอดยกไป" / "ยอดยกมา"); with or without the
 * procurements that ended without a contract. A total none of these ways gives is said; a column with a
 * cell that cannot be read as money is not judged (that cell has its own finding, and the sum is unknown).
 */
export function judgeTotalLines(input: TotalLinesInput): Finding[] {
  const { kinds, first } = input;
  const money = input.columns.filter((m) => m.column.type === 'money');
  const out: Finding[] = [];
  // Most tables have no "รวม" line: their rows are not gathered at all.
  if (!money.length || !hasTotal(kinds)) return out;
  // Each total with how many procurement lines are above it.
  const lines: number[] = [];
  const totals: { row: number; above: number }[] = [];
  for (let i = 0; i < kinds.length; i++) {
    if (kinds[i] === DATA) lines.push(first + i);
    else if (kinds[i] === TOTAL_ROW) totals.push({ row: first + i, above: lines.length });
  }
  if (!money.length || !totals.length) return out;
  const dealt = lines.map((r) => !input.noDeal(r));
  for (const m of money) {
    // Running sums over the lines, of all and of those with a contract, and of unreadable cells: each
    // column is read once however many totals it has.
    const sums = [0];
    const dealtSums = [0];
    const unread = [0];
    // The same without amounts typed as text, which Excel's SUM leaves out; and those lines.
    const numberSums = [0];
    const textLines: number[] = [];
    // The hidden lines' amounts, and of them those Excel's sums add (numbers); those lines.
    const hiddenSums = [0];
    const hiddenNumberSums = [0];
    const hiddenLines: number[] = [];
    lines.forEach((r, k) => {
      const raw = input.read(r, m.col);
      const v = parseMoneyInUnit(raw, m.column.scale);
      const x = v.kind === 'ok' ? v.value : 0;
      const asText = v.kind === 'ok' && typeof raw === 'string';
      if (asText && x !== 0) textLines.push(r);
      numberSums.push(numberSums[k]! + (asText ? 0 : x));
      const hidden = !!input.hidden?.has(r);
      if (hidden && x !== 0) hiddenLines.push(r);
      hiddenSums.push(hiddenSums[k]! + (hidden ? x : 0));
      hiddenNumberSums.push(hiddenNumberSums[k]! + (hidden && !asText ? x : 0));
      sums.push(sums[k]! + x);
      dealtSums.push(dealtSums[k]! + (dealt[k] ? x : 0));
      unread.push(unread[k]! + (v.kind === 'ok' || v.kind === 'blank' ? 0 : 1));
    });
    let earlier = 0;
    let previous = 0;
    let since = 0;
    let earlierUnread = false;
    for (const { row, above } of totals) {
      const from = since;
      since = above;
      const total = parseMoneyInUnit(input.read(row, m.col), m.column.scale);
      const ok = total.kind === 'ok';
      const cut = (value: number) => {
        [previous, earlier] = [value, earlier + value];
        if (!ok && total.kind !== 'blank') earlierUnread = true;
      };
      // A total with no procurement above it (brought forward from another sheet) cannot be judged here.
      const skip =
        !ok ||
        !above ||
        unread[above]! > 0 ||
        earlierUnread ||
        input.rowValues(row).some((v) => typeof v === 'string' && NOT_A_SUM.test(v));
      const value = ok ? total.value : 0;
      if (skip) {
        cut(value);
        continue;
      }
      const section = sums[above]! - sums[from]!;
      const ways = [
        section,
        dealtSums[above]! - dealtSums[from]!,
        sums[above]!,
        dealtSums[above]!,
        previous + section,
        earlier + section,
      ];
      const isRight = ways.some((s) => nearSum(value, s, above));
      const hadTotal = earlier !== 0 || previous !== 0 || from > 0;
      cut(value);
      if (isRight) continue;
      const name = colName(m.column);
      // Under an earlier total, the rows since it are the likelier meaning; all rows above are said too.
      const part = hadTotal && above > from && section !== sums[above]!;
      const shown = part ? lines.slice(from, above) : lines.slice(0, above);
      const also = part
        ? {
            th: ` (ทุกรายการตั้งแต่แถว ${lines[0]} รวมกันได้ ${formatMoney(sums[above]!)})`,
            en: ` (all rows from row ${lines[0]} add up to ${formatMoney(sums[above]!)})`,
          }
        : { th: '', en: '' };
      const sum = formatMoney(part ? section : sums[above]!);
      // Excel's sum of the numbers alone: the total is right, the amounts typed as text are what to fix.
      const texts = textLines.filter((r) => r >= shown[0]! && r <= shown[shown.length - 1]!);
      const numbers = part ? numberSums[above]! - numberSums[from]! : numberSums[above]!;
      const byText = texts.length > 0 && nearSum(value, numbers, above);
      // The sum of the rows shown (SUBTOTAL(109,…), a filtered table's totals row): the filter is the cause,
      // not an amount. With or without amounts typed as text, which SUBTOTAL leaves out as SUM does.
      const hiddenShown = runsOf(hiddenLines.filter((r) => r >= shown[0]! && r <= shown[shown.length - 1]!));
      const lo = part ? from : 0;
      const shownSum = (run: number[], hid: number[]) => run[above]! - run[lo]! - (hid[above]! - hid[lo]!);
      const byHidden =
        !byText &&
        hiddenShown !== null &&
        [shownSum(sums, hiddenSums), shownSum(numberSums, hiddenNumberSums)].some((s) => nearSum(value, s, above));
      const hiddenText = hiddenShown ? runsText(hiddenShown) : null;
      const cause = byText
        ? {
            th: `: ยอดรวมไม่นับจำนวนเงินที่พิมพ์เป็นข้อความ (แถว ${texts.join(', ')}) แก้เซลล์เหล่านั้นให้เป็นตัวเลข แล้วยอดรวมจะถูกต้อง`,
            en: `: the total leaves out the amounts typed as text (row ${texts.join(', ')}); make those cells numbers and the total will be right`,
          }
        : byHidden && hiddenText
          ? {
              th: `: ยอดรวมนับเฉพาะแถวที่แสดงอยู่ ไม่นับแถวที่ซ่อนไว้ (แถว ${hiddenText.th}) เช่นที่ SUBTOTAL ในแถวรวมของตารางที่กรองไว้ทำ ล้างตัวกรองหรือยกเลิกการซ่อนแถวเหล่านั้น แล้วตรวจอีกครั้ง`,
              en: `: the total counts only the rows shown and leaves out the hidden row${hiddenText.count === 1 ? '' : 's'} ${hiddenText.en}, as SUBTOTAL in a filtered table's totals row does; clear the filter or unhide ${hiddenText.count === 1 ? 'it' : 'them'}, then check again`,
            }
          : { th: '', en: '' };
      out.push(
        makeFinding(
          'total-mismatch',
          { sheet: input.sheet, row, col: m.col, column: m.column },
          {
            th: `แถว ${row}: ${name.th} ในแถวรวมเป็น ${formatMoney(value)} แต่รายการแถว ${span(shown)} รวมกันได้ ${sum}${also.th}${cause.th}`,
            en: `Row ${row}: the total's ${name.en} is ${formatMoney(value)}, but rows ${span(shown)} add up to ${sum}${also.en}${cause.en}`,
          },
          { value: formatMoney(value) },
        ),
      );
    }
  }
  return out.sort((a, b) => a.row - b.row);
}
