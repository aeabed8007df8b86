import type { ProcurementData } from '../report/procurementData';
import { TAX_ID_KEY, winnerNamed, worthWords } from '../rules/redFlags';
import { splitTotalWords } from '../rules/splitPurchases';
import { RED_FLAGS as S } from '../settings/data';
import type { Bilingual } from '../templates/types';
import { formatMoney } from '../text/format';
import { sheetNamed } from './listNames';
import type { Winner, Winners } from './manyWinners';
import { oneName } from './rowSuppliers';
import type { YearRow } from './yearRows';

// The messages of the red flags across sheets: those of one sheet's (redFlags.ts, splitPurchases.ts),
// naming the rows of the other sheets.

/** How many rows a message names, the rest counted (as a split group's message on one sheet). */
const NAMED_ROWS = 10;

/** A group's rows, this sheet's first, then each other sheet's in the workbook's order. */
function rowsNamed(lists: readonly ProcurementData[], mine: number, group: readonly YearRow[]): Bilingual {
  const rank = (r: YearRow) => (r.list === mine ? -1 : r.list);
  const sorted = [...group].sort((a, b) => rank(a) - rank(b) || a.p.row - b.p.row);
  const parts: { list: number; rows: number[] }[] = [];
  for (const r of sorted.slice(0, NAMED_ROWS)) {
    const last = parts[parts.length - 1];
    if (last?.list === r.list) last.rows.push(r.p.row);
    else parts.push({ list: r.list, rows: [r.p.row] });
  }
  const more = group.length - NAMED_ROWS;
  const th = parts.map(({ list, rows }) =>
    list === mine ? `แผ่นงานนี้ แถว ${rows.join(', ')}` : `แผ่นงาน ${sheetNamed(lists[list]!).th} แถว ${rows.join(', ')}`,
  );
  const en = parts.map(({ list, rows }) => {
    const at = `${rows.length > 1 ? 'rows' : 'row'} ${rows.join(', ')}`;
    return list === mine ? `this sheet, ${at}` : `sheet ${sheetNamed(lists[list]!).en}, ${at}`;
  });
  return {
    th: th.join('; ') + (more > 0 ? ` และอีก ${more.toLocaleString('en-US')} แถว` : ''),
    en: en.join('; ') + (more > 0 ? ` and ${more.toLocaleString('en-US')} more` : ''),
  };
}

/** The split purchase of `group` (several sheets' rows, summing to `sum`), at row `r` of this sheet. */
export function splitWords(
  lists: readonly ProcurementData[],
  mine: number,
  r: YearRow,
  group: readonly YearRow[],
  sum: number,
  budgets: boolean,
): Bilingual {
  const [row, rows, total] = [r.p.row, rowsNamed(lists, mine, group), splitTotalWords(budgets)];
  const [baht, over] = [formatMoney(sum), formatMoney(S.splitThreshold)];
  return {
    th: `แถว ${row}: ซื้อ/จ้างวิธีเฉพาะเจาะจงรายการคล้ายกันจากผู้ประกอบการเดียวกันภายใน ${S.splitWindowDays} วัน ข้ามแผ่นงาน (${rows.th}) ${total.th} ${baht} บาท เกิน ${over} บาท อาจเป็นการแบ่งซื้อแบ่งจ้าง (ม.65)`,
    en: `Row ${row}: similar specific-method buys from one supplier within ${S.splitWindowDays} days, across sheets (${rows.en}): ${total.en} ${baht} baht, over ${over} baht: possible splitting (s.65)`,
  };
}

/** What the message of a winner of many across sheets says. */
export interface WinnerFacts {
  readonly lists: readonly ProcurementData[];
  readonly mine: number;
  /** The row it is said at, the winner's rows, and the winner's key. */
  readonly r: YearRow;
  readonly group: readonly YearRow[];
  readonly id: string;
  readonly winner: Winner;
  readonly wins: Winners;
  /** The rows bought, naming a winner or not. */
  readonly bought: number;
}

/** A winner of many of the year's sheets together, at row `r` of this sheet. */
export function winnerWords(f: WinnerFacts): Bilingual {
  const { r, winner, wins } = f;
  const row = r.p.row;
  const byId = TAX_ID_KEY.test(f.id) && !oneName(f.group.map((g) => g.p));
  const who = winnerNamed(f.id, r.p.supplierName, byId);
  const of = worthWords(winner.byCount ? null : winner.value, wins.totalValue);
  // Rows that name no winner are not counted: where there are some, the total says it is of those that do.
  const named = f.bought > wins.total;
  const year = f.lists[f.mine]!.fiscalYear;
  const rows = rowsNamed(f.lists, f.mine, f.group);
  return {
    th: `แถว ${row}: ${who.th} ได้รับการคัดเลือก ${winner.count} จาก ${wins.total} รายการ${named ? 'ที่ระบุผู้ได้รับการคัดเลือก' : ''}ในแผ่นงานของปีงบประมาณ ${year} รวมกัน (${rows.th})${of.th}`,
    en: `Row ${row}: ${who.en} was selected in ${winner.count} of ${wins.total} procurements ${named ? 'naming who was selected ' : ''}on the sheets of fiscal year ${year} together (${rows.en})${of.en}`,
  };
}
