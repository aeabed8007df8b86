import { parseMoneyInUnit } from '../cells/money';
import { NO_METHOD } from '../cells/methods';
import { cellAt, type SheetGrid } from '../cells/value';
import { colName, makeFinding } from '../findings/make';
import type { Finding } from '../findings/types';
import type { ProcurementData } from '../report/procurementData';
import { listRole, summarySources } from '../report/sources';
import { summaryTitleOff, titleYear } from '../rules/fiscalYear';
import { NO_CONTRACT } from '../rules/redFlags';
import { METHODS } from '../settings/data';
import { recogniseHeader, type HeaderMatch } from '../sheet/header';
import { allTemplates } from '../templates/registry';
import { formatMoney } from '../text/format';
import { nearSumIn } from './totalLines';
import { ProcurementTable, type TableCheck } from './procurement';

/** Of each method, what the lists hold: all rows, and those that led to a contract. */
interface Counted {
  count: number;
  budget: number;
  dealtCount: number;
  dealtBudget: number;
}

/**
 * The lists an O17 summary sums: of its fiscal year, those a summary of the year counts (sources.ts),
 * each contract once by the row (a row on two sheets once, a month's row the O21 lacks counted); none
 * where they are only O16's (the contracts to 31 March) or e-GP's export.
 */
function listsOf(year: number | null, all: readonly ProcurementData[]): readonly ProcurementData[] {
  // A month's sheet of nothing bought (passed for the months it reports) sums nothing, and is no list of
  // the year beside O16.
  const lists = all.filter((l) => l.rows.length);
  // A summary naming no year is of the lists' year, where they are all of one.
  const years = new Set(lists.map((l) => l.fiscalYear).filter((y) => y !== null));
  if (year === null && years.size > 1) return [];
  const ofYear = lists.filter((l) => year === null || l.fiscalYear === null || l.fiscalYear === year);
  const { used, once } = summarySources(ofYear);
  return used.every((l) => ['o16', 'export'].includes(listRole(l))) ? [] : once;
}

/**
 * An O17 summary typed by hand against the lists of results in the same workbook: a method's count
 * or budget that neither all its rows nor those that led to a contract give is said at the cell (the
 * summary is what the NACC reads). Nothing is judged where a line names no method (it may head a part),
 * nor a figure that cannot be read or is not filled in.
 */
export function summaryAgainstLists(summary: SheetGrid, lists: readonly ProcurementData[]): Finding[] {
  const match = recogniseHeader(summary, allTemplates());
  if (!match?.template.rowsAreTotals) return [];
  const table = new ProcurementTable(summary, match).result();
  const year = table.fiscalYear;
  const own = against(summary, match, table, listsOf(year, lists));
  if (own.findings.length === 0 && own.judged) return [];
  // Its title left at last year's (the summary copied with its workbook): where its figures are those
  // of a later year's lists, or of another year's where its own year has none, the title is what is
  // wrong, not the figures. Figures of an earlier year under a title whose year has its list are last
  // year's left in a retitled copy: the figures are wrong, said against the title's year's list.
  const title = year === null ? null : titleYear(summary, match.headerRow);
  for (const y of new Set(lists.map((l) => l.fiscalYear)))
    if (title && y !== null && y !== year && !(own.judged && y < year!)) {
      const of = listsOf(y, lists);
      const theirs = against(summary, match, table, of);
      if (theirs.judged && !theirs.findings.length)
        return [
          summaryTitleOff(
            summary.name,
            title,
            y,
            of.map((l) => l.sheet),
          ),
        ];
    }
  return own.findings;
}

/** The summary's figures against the lists `chosen`: what they do not give, and how many were judged. */
function against(
  summary: SheetGrid,
  match: HeaderMatch,
  table: TableCheck,
  chosen: readonly ProcurementData[],
): { findings: Finding[]; judged: number } {
  const nothing = { findings: [], judged: 0 };
  if (!chosen.length || !chosen.some((l) => l.rows.length)) return nothing;
  const col = (id: string) => match.columns.find((m) => m.column.id === id);
  const [countCol, budgetCol, methodCol] = [col('count'), col('budget'), col('method')];
  if (!methodCol) return nothing;
  // What the summary says, per method (a method on several lines is their sum).
  const said = new Map<string, { rows: number[]; count: number | null; budget: number | null }>();
  for (const p of table.parsed) {
    const label = cellAt(summary, p.row, methodCol.col);
    const method = p.method ? p.method.canonical : label === NO_METHOD.th ? NO_METHOD.th : null;
    // A label naming no method may head a part and carry its subtotal: nothing can be judged then.
    if (method === null) return nothing;
    const read = (c: typeof countCol) => {
      if (!c) return null;
      const v = parseMoneyInUnit(cellAt(summary, p.row, c.col), c.column.scale);
      // A blank cell is not filled in yet (asked for as such), not a zero to compare.
      return v.kind === 'ok' ? v.value : v.kind === 'blank' ? null : NaN;
    };
    const line = said.get(method) ?? { rows: [], count: 0, budget: 0 };
    const [n, b] = [read(countCol), read(budgetCol)];
    line.rows.push(p.row);
    line.count = line.count === null || n === null ? null : line.count + n;
    line.budget = line.budget === null || b === null ? null : line.budget + b;
    said.set(method, line);
  }
  const held = new Map<string, Counted>();
  for (const list of chosen)
    for (const p of list.rows) {
      const method = p.method && !p.genericMethodOnly ? p.method.canonical : NO_METHOD.th;
      const c = held.get(method) ?? { count: 0, budget: 0, dealtCount: 0, dealtBudget: 0 };
      const dealt = !(p.status && NO_CONTRACT.has(p.status));
      c.count++;
      c.budget += p.budget ?? 0;
      if (dealt) {
        c.dealtCount++;
        c.dealtBudget += p.budget ?? 0;
      }
      held.set(method, c);
    }
  // A year of month sheets is named by its first three and how many more.
  const named = chosen.slice(0, 3).map((l) => `"${l.sheet}"`);
  const where = chosen.length > 3 ? `${named.join(', ')} … (${chosen.length})` : named.join(', ');
  const out: Finding[] = [];
  let judged = 0;
  const none: Counted = { count: 0, budget: 0, dealtCount: 0, dealtBudget: 0 };
  // The group label (วิธีประกาศเชิญชวนทั่วไป) on a line of its own holds the rows so written, or, as the
  // subtotal of its members beside it, those too: either passes.
  const group = METHODS.methods.find((m) => m.group);
  const members = group ? METHODS.methods.slice(0, METHODS.methods.indexOf(group)).filter((m) => !m.legacy) : [];
  const plus = (a: Counted, b: Counted): Counted => ({
    count: a.count + b.count,
    budget: a.budget + b.budget,
    dealtCount: a.dealtCount + b.dealtCount,
    dealtBudget: a.dealtBudget + b.dealtBudget,
  });
  const withMembers = (c: Counted) => members.reduce((sum, m) => plus(sum, held.get(m.canonical) ?? none), c);
  const groupLine = group && said.get(group.canonical);
  for (const [method, line] of said) {
    const own = held.get(method) ?? none;
    const ways = method === group?.canonical ? [own, withMembers(own)] : [own];
    const c = ways[0]!;
    const row = line.rows[0]!;
    const judge = (at: typeof countCol, typed: number | null, of: (w: Counted) => [number, number], money: boolean) => {
      if (!at || typed === null || Number.isNaN(typed)) return;
      judged++;
      const right = ways.flatMap(of);
      // A figure in ล้านบาท or พันบาท is compared in its unit; the rows' sums are in baht.
      const scale = (money && at.column.scale) || 1;
      if (right.some((x) => (money ? nearSumIn(typed, x, c.count, scale) : typed === x))) return;
      const [all, dealt] = of(c);
      const show = (x: number) => (money ? formatMoney(x) : x.toLocaleString('en-US'));
      const sum = (x: number) =>
        scale === 1
          ? { th: show(x), en: show(x) }
          : {
              th: `${formatMoney(x / scale)} = ${formatMoney(x)} บาท`,
              en: `${formatMoney(x / scale)} = ${formatMoney(x)} baht`,
            };
      const also =
        dealt !== all
          ? {
              th: ` (ไม่นับที่ยกเลิกหรือยังไม่ลงนาม ${sum(dealt).th})`,
              en: ` (${sum(dealt).en} without those cancelled or not signed)`,
            }
          : { th: '', en: '' };
      const name = colName(at.column);
      out.push(
        makeFinding(
          'summary-mismatch',
          { sheet: summary.name, row, col: at.col, column: at.column },
          {
            th: `แถว ${row}: ${name.th} ของ ${method} เป็น ${show(typed)} แต่รายการในแผ่นงาน ${where} ได้ ${sum(all).th}${also.th}`,
            en: `Row ${row}: ${name.en} of ${method} is ${show(typed)}, but the rows of ${where} give ${sum(all).en}${also.en}`,
          },
          { value: show(typed) },
        ),
      );
    };
    judge(countCol, line.count, (w) => [w.count, w.dealtCount], false);
    judge(budgetCol, line.budget, (w) => [w.budget, w.dealtBudget], true);
  }
  // A method the lists use that the summary has no line for.
  for (const [method, c] of held) {
    if (said.has(method) || !c.dealtCount) continue;
    // Counted under the group's line, as its subtotal may be.
    if (groupLine && groupLine.count !== 0 && members.some((m) => m.canonical === method)) continue;
    out.push(
      makeFinding(
        'summary-mismatch',
        { sheet: summary.name, row: match.headerRow, col: methodCol.col, column: methodCol.column },
        {
          th: `สรุปนี้ไม่มีบรรทัดของ ${method} แต่รายการในแผ่นงาน ${where} มี ${c.count.toLocaleString('en-US')} รายการ วงเงิน ${formatMoney(c.budget)}`,
          en: `This summary has no line for ${method}, but the rows of ${where} hold ${c.count.toLocaleString('en-US')} of them, budget ${formatMoney(c.budget)}`,
        },
      ),
    );
  }
  return { findings: out, judged };
}
