import { parseMoney } from '../cells/money';
import { cellAt, displayValue, isBlank, mergedCellReader, type CellValue, type SheetGrid } from '../cells/value';
import { runsOf } from '../cells/address';
import { makeFinding } from '../findings/make';
import type { Finding } from '../findings/types';
import type { HeaderMatch } from '../sheet/header';
import type { ColumnId, TemplateColumn } from '../templates/types';
import { collapseSpaces, foldForMatch, thaiDigitsToArabic } from '../text/thai';
import {
  frameworkForItemCount,
  frameworkForYear,
  getFramework,
  itemCode,
  type Framework,
  type FrameworkItem,
} from './framework';
import { assessmentYearAt } from '../rules/fiscalYear';
import { countAsFormulas, itemsCountedOtherwise, showsOtherwise } from './formulaCount';
import { itemsMisnumbered, itemsNamedOtherwise, namesOfOtherYear, type NamedOtherwise } from './otherYear';
import { scoreChecklist, type ChecklistScore, type ItemRows } from './score';
import { isMarked, readStatus, STATUS_WORDS, type ComponentStatus } from './status';

export interface ChecklistCheck {
  readonly framework: Framework | null;
  readonly rows: number;
  readonly checklist: ChecklistScore | null;
  readonly findings: Finding[];
  /**
   * Items the sheet's own score formulas count otherwise than the check, where the sheet so shows another
   * score (the add-in's checklist, which has them); absent when it shows the same.
   */
  readonly countedOtherwise?: readonly string[];
}

const URL_IN_TEXT = /https?:\/\/[^\s<>"]+/i;
const NO_URL = /^(?:[-–—_.]+|ไม่มี|n\/?a)$/i;
/** How a component of an item starts when listed on a row of its own: "(2)", "2.", "2)", "-", "•". */
const COMPONENT_START = /^\s*(\(\d{1,2}\)|\d{1,2}[.)]|[-•·▪])/;
/** A numbered point of a component's text: "(3)", "3)" or "3." (not the end of "2567." or "9.1"). */
const POINT = /(?<![\p{L}\p{M}\p{N}])\(?(\d{1,2})(?:\)|\.(?!\d))/gu;
const STARTS_WITH_POINT = /^\s*\(?(\d{1,2})(?:\)|\.(?!\d))/;
/** A list's lead-in closing a text: "…ที่มีรายละเอียดอย่างน้อยประกอบด้วย", "ดังนี้", ":". */
const LEAD_IN = /(?:ประกอบด้วย|ดังนี้|ดังต่อไปนี้|ได้แก่|:)\s*$/;
/** A page's number between the rows of a printout or a PDF pasted: "- 5 -", "หน้า ๕", "2/7", "หน้า 2 จาก 7". */
const PAGE_NUMBER = /^[-–—(\s]*(?:หน้า(?:ที่)?|page)?\s*[0-9๐-๙]{1,3}(?:\s*(?:\/|จาก|of)\s*[0-9๐-๙]{1,3})?[-–—)\s]*$/i;
/** A heading said to go on from the page before: "ตัวชี้วัดที่ 9 การเปิดเผยข้อมูล (ต่อ)". */
const CONTINUED = /\(\s*ต่อ\s*\)\s*$/;
/**
 * Last year's result stated with its score: "ผลการประเมิน ITA ปี 2566 ได้ 93.09 คะแนน", "ผลคะแนน OIT ปี 2566 =
 * 89.65". A score is "ได้ N", a number with decimals, or one before คะแนน / ระดับ: not the date of "ข้อมูล ณ
 * วันที่: 30 เมษายน" nor the count of ": 35 ข้อ". Nor a year named "ประจำปีงบประมาณ": the checklist's own.
 */
const RESULT_STATED =
  /ผล(?:การ)?(?:ประเมิน|คะแนน)\D*?(?<!ประจ(?:ำ|\u0E4D\u0E32)ปีงบประมาณ\s*(?:พ\.\s*ศ\.?\s*)?)(25\d\d|26\d\d)\D*?(?:ได้(?:คะแนน)?\s*\d{1,3}(?:\.\d+)?|[=:]\s*\d{1,3}\.\d+|\d{1,3}(?:\.\d+)?\s*(?:คะแนน|ระดับ))/;
/**
 * A summary's heading: "สรุปรายการที่ยังไม่ได้ดำเนินการ", "ตารางสรุป…", "ข้อที่ยังไม่ผ่าน". Or a section's, of the
 * rows not done: the rows under it tell (a recap only repeats the items above).
 */
const SUMMARY = /^[\d๐-๙.)\s]*(?:ตาราง)?สรุป|(?:รายการ|ข้อ)ที่ยังไม่/;

/** A line of totals' label, a cell's whole text or its start: "สรุป", "รวม", "รวมทั้งสิ้น", "Total". */
const TOTAL_LABEL = /^\s*(?:สรุป(?:ผล)?|รวม(?:ทั้งสิ้น|ทั้งหมด)?|ทั้งหมด|total|summary)\s*:?/i;
/** Counts and their words: "มี 33 รายการ ไม่มี 2 รายการ", "มี 33 / ไม่มี 2", "ดำเนินการแล้ว 33 ข้อ", "35 ข้อ". */
const COUNTS =
  /^(?:[\s,;:/=()%-]|\d+(?:\.\d+)?|มี|ไม่มี|รายการ|ข้อ|องค์ประกอบ|ดำเนินการแล้ว|ยังไม่ได้ดำเนินการ|ไม่ผ่าน|ผ่าน|คิดเป็น|ร้อยละ|จาก|จำนวน)+$/;

/**
 * Whether a row's cells are a line of totals under the checklist ("สรุป" … "มี 33 รายการ ไม่มี 2 รายการ"):
 * a label, and counts only. An item's own name may begin so ("สรุปผลการจัดซื้อจัดจ้าง"): it is no label.
 */
function totalsLine(cells: readonly CellValue[]): boolean {
  let labelled = false;
  let counted = false;
  for (const v of cells) {
    if (isBlank(v)) continue;
    if (typeof v === 'number') {
      counted = true;
      continue;
    }
    const text = thaiDigitsToArabic(collapseSpaces(displayValue(v)));
    const rest = text.replace(TOTAL_LABEL, '');
    labelled ||= rest !== text;
    if (rest.trim() && !(COUNTS.test(rest) && /\d/.test(rest))) return false;
    counted ||= /\d/.test(rest);
  }
  return labelled && counted;
}

/**
 * Whether `text` (Thai digits read as Arabic) carries on the numbered list of `above`, the text of the
 * row before: it opens with the point after the last one there ("(3)" after "(1) … (2) …"), or with
 * "(1)" after a lead-in ("…อย่างน้อยประกอบด้วย"). Not after a text that is itself one point ("(1) …"):
 * that is a row per point, each a component of its own.
 */
function continuesList(text: string, above: string): boolean {
  const first = STARTS_WITH_POINT.exec(text);
  if (!first || STARTS_WITH_POINT.test(above)) return false;
  const n = Number(first[1]);
  if (n === 1) return LEAD_IN.test(above);
  const last = [...above.matchAll(POINT)].pop();
  return last !== undefined && Number(last[1]) === n - 1;
}

/** An item's indicator cell in the summary under the table. */
interface IndicatorCell {
  readonly code: string;
  readonly row: number;
  readonly col: number;
  readonly value: CellValue;
}

/**
 * The item summary the checklist template puts under the table (beside it, in older copies): the user's
 * indicator mapping. Every item's indicator cell goes to `cells`.
 */
function readMapping(
  grid: SheetGrid,
  match: HeaderMatch,
  cells: IndicatorCell[] = [],
): Map<string, { indicator: number; sub: string | null }> {
  const out = new Map<string, { indicator: number; sub: string | null }>();
  const last = Math.max(...match.columns.map((c) => c.col));
  // Under the table (as the add-in writes it now) or beside it on the header's row (as it once did).
  for (let h = match.headerRow; h <= grid.values.length; h++) {
    const row = grid.values[h - 1] ?? [];
    for (let c = last + 1; c + 2 <= row.length; c++) {
      if (row[c - 1] !== 'ข้อ' || row[c + 1] !== 'ตัวชี้วัด') continue;
      for (let r = h + 1; r <= grid.values.length; r++) {
        const code = cellAt(grid, r, c);
        const ind = cellAt(grid, r, c + 2);
        if (typeof code !== 'string' || !itemCode(code)) break;
        const sub = cellAt(grid, r, c + 3);
        cells.push({ code: itemCode(code)!, row: r, col: c + 2, value: ind });
        if (typeof ind === 'number')
          out.set(itemCode(code)!, { indicator: ind, sub: isBlank(sub) ? null : String(sub) });
      }
      return out;
    }
  }
  return out;
}

/** Where a cell links, read as its value is: a cell under a merged area has the area's link. */
function linkReader(grid: SheetGrid): (row: number, col: number) => string | undefined {
  if (!grid.links?.length) return () => undefined;
  const values: (string | null)[][] = [];
  for (const l of grid.links) (values[l.row - 1] ??= [])[l.col - 1] = l.target;
  const read = mergedCellReader({ name: grid.name, values: Array.from(values, (r) => r ?? []) }, grid.merges);
  return (row, col) => {
    const v = read(row, col);
    return typeof v === 'string' ? v : undefined;
  };
}

/** The dropdown's word for each status. */
const WORD_OF: Record<Exclude<ComponentStatus, 'blank'>, string> = {
  done: STATUS_WORDS.done,
  'not-done': STATUS_WORDS.notDone,
  'not-applicable': STATUS_WORDS.notApplicable,
};

/**
 * A status or code read as `meant` but written otherwise: the sheet's own score formulas do not count
 * it, so the score the sheet shows differs from the pane's (a warning: the sheet's numbers are wrong).
 */
function wording(sheet: string, row: number, col: number, c: TemplateColumn, seen: string, meant: string): Finding {
  return makeFinding(
    'checklist-not-counted',
    { sheet, row, col, column: c },
    {
      th: `แถว ${row}: "${seen}" อ่านได้ว่า "${meant}" แต่สูตรคะแนนในแผ่นงานนับเฉพาะคำตามแบบ คะแนนในแผ่นงานจึงไม่ตรงกับที่ตรวจได้ ควรเป็น "${meant}"`,
      en: `Row ${row}: "${seen}" reads as "${meant}", but the sheet's score formulas count only the form's wording, so the sheet's score differs from the one checked here; should be "${meant}"`,
    },
    { value: seen, suggestion: { value: meant, display: meant, kind: 'text' } },
  );
}

/** The year a title (or, with none, the sheet's name) names, and the cell that names it. */
interface NamedYear {
  readonly year: number;
  readonly cell?: { readonly row: number; readonly col: number; readonly text: string };
}

/** Where a finding on the year a checklist names goes: its title's cell, else the header. */
function namedAt(sheet: string, named: NamedYear, header: { readonly row: number; readonly col: number }) {
  return {
    place: { sheet, row: named.cell?.row ?? header.row, col: named.cell?.col ?? header.col },
    where: named.cell ? { th: 'ชื่อตาราง', en: 'The title' } : { th: 'ชื่อแผ่นงาน', en: "The sheet's name" },
    extra: named.cell ? { value: named.cell.text } : undefined,
  };
}

/**
 * A checklist titled for one year whose items are another's (last year's sheet copied and retitled):
 * scored as the items it holds, said once at the title. Inserting the named year's checklist is advised
 * only where there is one (`hasChecklist`).
 */
function otherYearsItems(
  sheet: string,
  named: NamedYear,
  other: { readonly framework: Framework; readonly codes: readonly string[] },
  header: { readonly row: number; readonly col: number },
  hasChecklist: boolean,
): Finding {
  const y = other.framework.year;
  const n = other.codes.length;
  const codes = (runsOf(other.codes.map((c) => Number(c.slice(1))).sort((a, b) => a - b)) ?? [])
    .map(([a, b]) => (a === b ? `O${a}` : `O${a}\u2013O${b}`))
    .join(', ');
  const { place, where, extra } = namedAt(sheet, named, header);
  const advice = hasChecklist
    ? {
        th: `แทรกแบบตรวจของปี ${named.year} แล้วกรอกสถานะใหม่ หรือแก้ปีเป็น ${y}`,
        en: `insert the ${named.year} checklist and fill in its statuses, or make the year ${y}`,
      }
    : {
        th: `ยังไม่มีแบบตรวจ OIT ปี ${named.year} ให้แทรก แก้ปีเป็น ${y} หรือตรวจรายการข้อกับแบบตรวจ OIT ปี ${named.year} ที่ประกาศ`,
        en: `there is no ${named.year} OIT checklist to insert; make the year ${y}, or check its items against the ${named.year} checklist as published`,
      };
  return makeFinding(
    'title-year-mismatch',
    place,
    {
      th: `${where.th}ระบุปี ${named.year} แต่ชื่อข้อ ${n} ข้อ (${codes}) เป็นของแบบตรวจ OIT ปี ${y} จึงตรวจตามแบบปี ${y}: ${advice.th}`,
      en: `${where.en} names ${named.year}, but ${n} item name${n === 1 ? '' : 's'} (${codes}) ${n === 1 ? 'is' : 'are'} those of the ${y} OIT checklist, so it is checked as ${y}'s: ${advice.en}`,
    },
    extra,
  );
}

/**
 * A checklist titled for a year with no checklist here (a new year's, before its framework is added):
 * checked against another year's (as many items, or its items' names), which is said, not passed silently.
 */
function noChecklistOfYear(
  sheet: string,
  named: NamedYear,
  framework: Framework,
  header: { readonly row: number; readonly col: number },
): Finding {
  const [n, y] = [named.year, framework.year];
  const { place, where, extra } = namedAt(sheet, named, header);
  return makeFinding(
    'title-year-mismatch',
    place,
    {
      th: `${where.th}ระบุปี ${n} แต่ยังไม่มีแบบตรวจ OIT ปี ${n} ให้ตรวจเทียบ จึงตรวจตามแบบปี ${y}: ถ้าเป็นแบบตรวจปี ${y} ให้แก้ปีเป็น ${y} ถ้าเป็นของปี ${n} ให้ตรวจรายการข้อกับแบบตรวจ OIT ปี ${n} ที่ประกาศ`,
      en: `${where.en} names ${n}, but there is no ${n} OIT checklist to check it against, so it is checked against the ${y} one: if it is ${y}'s checklist, make the year ${y}; if it is ${n}'s, check its items against the ${n} checklist as published`,
    },
    extra,
  );
}

/**
 * An item whose name is another year's item (last year's, left under a number that is another item
 * this year): its rows are not counted as this year's item of its code, which is said to be missing.
 */
function otherYearsItem(
  sheet: string,
  at: { readonly row: number; readonly col: number; readonly column: TemplateColumn | null },
  framework: Framework,
  x: NamedOtherwise,
  listedAt?: number,
): Finding {
  const { code, name, own, as, here } = x;
  const y = framework.year;
  // This year's item may be another row, named so (the items renumbered): nothing to list then.
  const advice =
    listedAt === undefined
      ? {
          th: `ใส่ข้อ ${code} "${own.title}" ตามแบบตรวจปี ${y}`,
          en: `list ${code} "${own.title}" as the ${y} checklist sets it`,
        }
      : { th: `ข้อ ${code} ของปี ${y} คือแถว ${listedAt}`, en: `${y}'s ${code} is row ${listedAt}` };
  return makeFinding(
    'checklist-other-year-item',
    { sheet, ...at },
    {
      th: `แถว ${at.row}: ข้อ ${code} ชื่อ "${name}" ซึ่งเป็นข้อ ${as.item.code} ของแบบตรวจ OIT ปี ${as.framework.year}${here ? ` (ข้อ ${here.code} ของปี ${y})` : ''} ไม่ใช่ข้อ ${code} ของปี ${y} "${own.title}" จึงไม่นับแถวของข้อนี้เป็นข้อ ${code}: ${advice.th}`,
      en: `Row ${at.row}: item ${code} is named "${name}", which is ${as.item.code} of the ${as.framework.year} OIT checklist${here ? ` (${here.code} in ${y}'s)` : ''}, not ${y}'s ${code} "${own.title}", so its rows are not counted as ${code}: ${advice.en}`,
    },
    { value: name },
  );
}

/**
 * An item of the year's checklist not on the sheet. Where the sheet's rows of its number are named as
 * another item (the items after one left out numbered on), they are said to count as that one.
 */
function missingItem(
  at: { readonly sheet: string; readonly row: number; readonly col: number },
  framework: Framework,
  it: FrameworkItem,
  under?: { readonly row: number; readonly item: FrameworkItem; readonly also?: number; readonly placed?: string },
): Finding {
  const y = framework.year;
  const u = under?.item;
  // Named as an item another row already is (`also`): counted as neither.
  const counts = under?.also
    ? { th: `ซึ่งแถว ${under.also} เป็นอยู่แล้ว จึงไม่นับแถวนี้`, en: `which row ${under.also} is too, so it is not counted` }
    : { th: `จึงนับเป็นข้อ ${u?.code}`, en: `so it counts as ${u?.code}` };
  // Its name tells no item, its place among the rows around it does (`placed`, its name).
  const as = !u
    ? { th: '', en: '' }
    : under.placed !== undefined
      ? {
          th: `: ข้อ ${it.code} ในแผ่นงาน (แถว ${under.row}) ชื่อ "${under.placed}" อยู่ในลำดับของข้อ ${u.code} "${u.title}" ตามข้อก่อนและหลังที่เลื่อนเลข ${counts.th}`,
          en: `: the sheet's ${it.code} ("${under.placed}", row ${under.row}) is in the place of ${u.code} ("${u.title}") among the items around it, numbered on, ${counts.en}`,
        }
      : {
          th: `: ข้อ ${it.code} ในแผ่นงาน (แถว ${under.row}) ชื่อตามข้อ ${u.code} "${u.title}" ${counts.th}`,
          en: `: the sheet's ${it.code} is named as ${u.code} ("${u.title}") at row ${under.row}, ${counts.en}`,
        };
  return makeFinding(
    'checklist-missing-item',
    at,
    {
      th: `ไม่พบข้อ ${it.code} ${it.title} ในแผ่นงาน (แบบตรวจ OIT ปี ${y})${as.th}`,
      en: `Item ${it.code} (${it.title}) of the ${y} OIT checklist is not on the sheet${as.en}`,
    },
    { value: it.code },
  );
}

/**
 * An item the rows `rows` may be by their place among the items numbered on around them, whose names tell
 * none: not counted from a row that may be another, nor said not to be on the sheet.
 */
function untoldItem(
  at: { readonly sheet: string; readonly row: number; readonly col: number },
  framework: Framework,
  it: FrameworkItem,
  rows: readonly number[],
): Finding {
  const [y, list, s] = [framework.year, rows.join(', '), rows.length > 1 ? 's' : ''];
  return makeFinding(
    'checklist-missing-item',
    at,
    {
      th: `ข้อ ${it.code} ${it.title} (แบบตรวจ OIT ปี ${y}): แถว ${list} อยู่ในลำดับที่อาจเป็นข้อนี้ระหว่างข้อที่เลื่อนเลข แต่ชื่อไม่บอกว่าแถวใดเป็นข้อนี้ จึงไม่นับเป็นข้อ ${it.code}: ใส่เลขข้อและชื่อข้อตามแบบตรวจปี ${y}`,
      en: `Item ${it.code} (${it.title}) of the ${y} OIT checklist: row${s} ${list} may be it by place, among items numbered on, but no name there tells which, so none is counted as ${it.code}; number and name the items as the ${y} checklist does`,
    },
    { value: it.code },
  );
}

/**
 * A row under an item's number whose name is none of the year's items, while another row is named as
 * that item (the office's own item, the items around it renumbered): not counted as any item.
 */
function displacedItem(
  at: { readonly sheet: string; readonly row: number; readonly col: number },
  framework: Framework,
  code: string,
  name: string,
  by: number,
): Finding {
  const y = framework.year;
  const it = framework.items.find((i) => i.code === code)!;
  return makeFinding(
    'checklist-unknown-item',
    at,
    {
      th: `แถว ${at.row}: ข้อ ${code} ชื่อ "${name}" ซึ่งไม่ใช่ชื่อข้อใดในแบบตรวจ OIT ปี ${y} ส่วนข้อ ${code} "${it.title}" คือแถว ${by} ที่ชื่อตามข้อนั้น จึงไม่นับแถวนี้เป็นข้อใด`,
      en: `Row ${at.row}: ${code} is named "${name}", which is no item's name in the ${y} OIT checklist: ${y}'s ${code} ("${it.title}") is row ${by}, named so, so this row is not counted as any item`,
    },
    { value: name },
  );
}

/** A row with an item's code and nothing else, which the sheet's formulas count as a component not done. */
function clearedRow(sheet: string, row: number, col: number, c: TemplateColumn, code: string): Finding {
  return makeFinding(
    'checklist-not-counted',
    { sheet, row, col, column: c },
    {
      th: `แถว ${row}: มีรหัสข้อ ${code} แต่ไม่มีองค์ประกอบหรือสถานะ การตรวจจึงไม่นับแถวนี้ แต่สูตรคะแนนในแผ่นงานนับเป็นองค์ประกอบที่ยังไม่ได้ดำเนินการ คะแนนในแผ่นงานจึงไม่ตรงกับที่ตรวจได้ ลบทั้งแถวถ้าไม่ใช้ หรือกรอกองค์ประกอบและสถานะ`,
      en: `Row ${row}: it has item code ${code} but no component or status, so it is not counted here, while the sheet's score formulas count it as a component not done, so the sheet's score differs from the one checked here; delete the row if it is not used, or fill in its component and status`,
    },
    { value: code },
  );
}

/** A status in words no checklist uses: counted as not done, which the user may not have meant. */
function unknownStatus(sheet: string, row: number, col: number, c: TemplateColumn, seen: string): Finding {
  return makeFinding(
    'checklist-unknown-status',
    { sheet, row, col, column: c },
    {
      th: `แถว ${row}: สถานะ "${seen}" ไม่ใช่คำที่แบบตรวจใช้ จึงนับว่ายังไม่ได้ดำเนินการ เลือก "${STATUS_WORDS.done}", "${STATUS_WORDS.notDone}" หรือ "${STATUS_WORDS.notApplicable}"`,
      en: `Row ${row}: the status "${seen}" is not one a checklist uses, so it counts as not done; choose "${STATUS_WORDS.done}" (done), "${STATUS_WORDS.notDone}" (not done) or "${STATUS_WORDS.notApplicable}" (not applicable)`,
    },
    { value: seen },
  );
}

/** A run of rows as a message names it ("7" or "7–13"), its first row, and "s" for the English plural. */
function rowSpan(rows: readonly number[]): { first: number; text: string; s: string } {
  const [first, last] = [rows[0]!, rows[rows.length - 1]!];
  return first === last ? { first, text: `${first}`, s: '' } : { first, text: `${first}–${last}`, s: 's' };
}

/**
 * Rows of an item without its code, which the sheet's own summary formulas do not count as its. Where they
 * count the item alike all the same (`otherwise` false: its one coded row's status is every row's), that
 * is said, and why it will not last.
 */
function uncodedRows(
  sheet: string,
  col: number,
  c: TemplateColumn,
  code: string,
  s: { row: number; statuses: readonly unknown[]; uncoded: readonly number[] },
  otherwise: boolean,
): Finding {
  const { first, text: rows, s: plural } = rowSpan(s.uncoded);
  const n = s.statuses.length;
  const counted = otherwise
    ? {
        th: `จึงนับไม่ตรงกับที่ตรวจได้ (${n} องค์ประกอบ)`,
        en: `so they do not count this item's ${n} components as checked here`,
      }
    : {
        th: `ตอนนี้ยังนับได้ตรงกับที่ตรวจได้ (${n} องค์ประกอบ) แต่จะนับไม่ตรงเมื่อสถานะของแถวเหล่านั้นต่างจากแถวที่มีรหัส`,
        en: `which counts this item's ${n} components as checked here for now, but not once those rows' statuses differ from the coded row's`,
      };
  return makeFinding(
    'checklist-no-code',
    { sheet, row: first, col, column: c },
    {
      th: `ข้อ ${code}: แถว ${rows} ไม่มีรหัสข้อในคอลัมน์รหัส (เซลล์ผสานหรือเว้นว่าง) สูตรสรุปในแผ่นงานนับองค์ประกอบตามรหัสในแต่ละแถว ${counted.th} ใส่ ${code} ทุกแถวขององค์ประกอบ และยกเลิกการผสานเซลล์`,
      en: `Item ${code}: row${plural} ${rows} ${plural ? 'lack' : 'lacks'} the item's code (merged or left empty); the sheet's summary formulas count components by the code on each row, ${counted.en}; put ${code} on every component row and unmerge the cells`,
    },
    { value: code },
  );
}

/**
 * Items of the summary under the table whose indicator the sheet's formulas cannot count them under: a
 * cell with no number (blank, "10" as text, Thai digits), which the formulas skip while the framework's
 * indicator is read here, or a number that is none of the framework's indicators (11).
 */
function unmappedItems(sheet: string, framework: Framework, cells: readonly IndicatorCell[]): Finding[] {
  const ids = framework.indicators.map((i) => i.id);
  const named = ids.join(' / ');
  return cells.flatMap((u) => {
    const item = framework.items.find((i) => i.code === u.code);
    if (!item || (typeof u.value === 'number' && ids.includes(u.value))) return [];
    const seen = isBlank(u.value) ? '' : displayValue(u.value);
    const meant = parseMoney(u.value);
    const fix = meant.kind === 'ok' && ids.includes(meant.value) ? meant.value : item.indicator;
    return [
      makeFinding(
        'checklist-not-counted',
        { sheet, row: u.row, col: u.col },
        {
          th: `ข้อ ${u.code}: ตัวชี้วัดในตารางสรุปใต้ตาราง${seen ? `เป็น "${seen}"` : 'ว่าง'} ไม่ใช่เลขตัวชี้วัด (${named}) สูตรคะแนนในแผ่นงานจึงไม่นับข้อนี้ในตัวชี้วัดใด ควรเป็น ${fix}`,
          en: `Item ${u.code}: its indicator in the summary under the table is ${seen ? `"${seen}"` : 'blank'}, not an indicator's number (${named}), so the sheet's score formulas count the item under none; should be ${fix}`,
        },
        { value: seen, suggestion: { value: fix, display: String(fix), kind: 'number' } },
      ),
    ];
  });
}

/**
 * Component rows whose status is merged down from the first: the sheet's formulas see it only there. Where
 * they count the item alike all the same (`otherwise` false: its code on its first row alone, or a status
 * not done, which blank counts as), that is said, and that it may not last.
 */
function mergedStatuses(
  sheet: string,
  col: number,
  c: TemplateColumn,
  code: string,
  merged: readonly number[],
  otherwise: boolean,
): Finding {
  const { first, text: rows, s: plural } = rowSpan(merged);
  const counted = otherwise
    ? { th: 'จึงนับองค์ประกอบของข้อนี้ไม่ตรงกับที่ตรวจได้', en: "so they do not count this item's components as checked here" }
    : {
        th: 'ตอนนี้ยังนับข้อนี้ได้ตรงกับที่ตรวจได้ แต่อาจนับไม่ตรงเมื่อสถานะเปลี่ยน',
        en: 'which counts this item as checked here for now, but may not once its status changes',
      };
  return makeFinding(
    'checklist-merged-status',
    { sheet, row: first, col, column: c },
    {
      th: `ข้อ ${code}: สถานะในแถว ${rows} เป็นเซลล์ที่ผสานกับแถวบน สูตรสรุปในแผ่นงานอ่านสถานะได้เฉพาะแถวแรกของเซลล์ผสาน ${counted.th} ยกเลิกการผสานเซลล์ แล้วเลือกสถานะให้ทุกแถว`,
      en: `Item ${code}: the status of row${plural} ${rows} is merged with the row above; the sheet's summary formulas read a merged status on its first row only, ${counted.en}; unmerge the cells and choose the status on every row`,
    },
    { value: code },
  );
}

/** The year the rows from `from` to before `to` (a title over a header) name, if any. */
function yearOfRows(grid: SheetGrid, from: number, to: number): number | undefined {
  if (from >= to) return undefined;
  return assessmentYearAt({ name: '', values: grid.values.slice(from - 1, to - 1) }, to - from + 1)?.year;
}

/**
 * The year a checklist's title names (assessmentYearAt), but not where that is only last year's result
 * stated with its score ("ผลการประเมิน ITA ปี 2566 ได้ 93.09 คะแนน" under "แบบตรวจ OIT"): the year assessed
 * already, which a score sheet's title is of, not a checklist's. Its sheet's name may name it then.
 */
function checklistYear(grid: SheetGrid, headerRow: number): ReturnType<typeof assessmentYearAt> {
  const named = assessmentYearAt(grid, headerRow);
  const stated = named?.cell && RESULT_STATED.exec(thaiDigitsToArabic(named.cell.text));
  if (!stated || Number(stated[1]) !== named.year) return named;
  return assessmentYearAt({ name: grid.name, values: [] }, 1);
}

/**
 * Whether the item codes from `code` on (`ahead`, each once) run from the first again, most of them read
 * already (`read`): a second checklist, not a section listing a few of the first's items again (a
 * department's own O10 under "ส่วนที่ 2 กองคลัง").
 */
function runsAgain(code: string, ahead: ReadonlySet<string>, read: ReadonlySet<string>): boolean {
  const n = (c: string) => Number(c.slice(1));
  if (n(code) > Math.min(...[...read].map(n))) return false;
  return [...ahead].filter((c) => read.has(c)).length * 2 > ahead.size;
}

/**
 * A second checklist under the first from `row` (its title, else its header), its items numbered from
 * `code` again: not read, as it is most often another year's, which is said where its title names it.
 */
function secondChecklist(sheet: string, row: number, col: number, code: string, year?: number): Finding {
  return makeFinding(
    'other-table',
    { sheet, row, col },
    {
      th: `แถว ${row} เริ่มแบบตรวจอีกชุดหนึ่ง${year ? ` ของปี ${year}` : ''} ใต้ชุดแรก (ข้อ ${code} อีกครั้ง) ซึ่งไม่ได้ตรวจหรือนับคะแนนในแผ่นงานนี้: ย้ายไปไว้แผ่นงานของตัวเองเพื่อให้ตรวจได้`,
      en: `Row ${row} starts a second checklist${year ? `, of ${year},` : ''} under the first (its items from ${code} again), which is not checked or counted in this sheet: move it to a sheet of its own to have it checked`,
    },
  );
}

/**
 * A summary under the checklist from `row` (its heading), listing items read already (`codes`): not read
 * as more of their rows, which would count each item by its rows there and above, not its components.
 */
function summaryBelow(sheet: string, row: number, col: number, codes: readonly string[]): Finding {
  const list = codes.join(', ');
  return makeFinding(
    'other-table',
    { sheet, row, col },
    {
      th: `แถว ${row} เริ่มตารางสรุปข้อที่อยู่ในตารางบนแล้ว (${list}) จึงไม่นับซ้ำ: นับแต่ละข้อจากแถวของข้อนั้นในตารางบน`,
      en: `Row ${row} starts a summary of items listed above (${list}), which is not counted again: each item is counted from its own rows above`,
    },
  );
}

/**
 * Read a checklist as people keep them (the add-in's template, seed 000's one row per item with
 * ☐/☑, seed 004's ดำเนินการแล้ว / ยังไม่ได้ดำเนินการ pair) and score it against the year's framework.
 */
export function checkChecklist(grid: SheetGrid, match: HeaderMatch, frameworkId?: string): ChecklistCheck {
  const sheet = grid.name;
  const findings: Finding[] = [];
  const col = new Map<ColumnId, number>(match.columns.map((m) => [m.column.id, m.col]));
  const column = new Map<ColumnId, TemplateColumn>(match.columns.map((m) => [m.column.id, m.column]));
  const read = mergedCellReader(grid);
  const linkAt = linkReader(grid);
  const at = (row: number, id: ColumnId) => {
    const c = col.get(id);
    return c === undefined ? null : read(row, c);
  };
  // The sheet's own header texts, folded: a header row repeated on a later page (one or both rows of it).
  const headerFolds = new Map(match.columns.map((m) => [m.column.id, foldForMatch(m.header)]));
  const echoesHeader = (row: number) => {
    let echoed = 0;
    for (const [id, fold] of headerFolds) {
      const v = at(row, id);
      if (isBlank(v)) continue;
      if (foldForMatch(displayValue(v)) !== fold) return false;
      echoed++;
    }
    return echoed > 0;
  };
  const codeFold = foldForMatch(match.columns.find((m) => m.column.id === 'code')?.header ?? '');
  // The title's texts: one again below, a page's number or a heading "(ต่อ)" is a page break, which does
  // not end the item above as a heading of the checklist's own does (its rows go on past it, their code
  // on its first only).
  const titles = new Set(
    grid.values
      .slice(0, match.headerRow - 1)
      .flatMap((row) => row.filter((v) => !isBlank(v)).map((v) => foldForMatch(displayValue(v)))),
  );
  const pageHeading = (text: string) =>
    PAGE_NUMBER.test(text) || CONTINUED.test(text) || titles.has(foldForMatch(text));
  // A row of nothing but a page's number, in whatever column the printout put it ("- 5 -" under the
  // components, "หน้า 5/12" under the statuses). A bare number is not one there: it may be a mark.
  const pageNumberOnly = (row: number) => {
    const cells = (grid.values[row - 1] ?? []).filter((v) => !isBlank(v));
    return (
      cells.length > 0 && cells.every((v) => typeof v === 'string' && PAGE_NUMBER.test(v) && /[^\s0-9๐-๙]/.test(v))
    );
  };

  interface Seen {
    statuses: ComponentStatus[];
    row: number;
    owners: number;
    urls: number;
    /** Rows counted for the item whose code cell is empty (merged down from the first, or left blank). */
    uncoded: number[];
    /** Rows whose status is read from a cell merged down from a row above. */
    mergedStatus: number[];
    /** The component text of its last row read (with what carried it on), Thai digits as Arabic. */
    text: string;
    /** Every component text read for it, folded: a recap's row repeats one of them. */
    components: Set<string>;
  }
  // The add-in's own checklist has its summary under the table: formulas that count only the
  // dropdown's words and the codes as written (O4, not O04), so other wordings are pointed out there.
  const indicatorCells: IndicatorCell[] = [];
  const mapping = readMapping(grid, match, indicatorCells);
  const formulas = mapping.size > 0;
  const seen = new Map<string, Seen>();
  const unknown: { code: string; row: number }[] = [];
  let current: Seen | null = null;
  // The item last read, which a heading row (a page's number, the title again) does not end: a page
  // break under one goes on with it.
  let last: Seen | null = null;
  let rows = 0;
  let maxCode = 0;
  const codesInOrder: { code: string; row: number }[] = [];
  const itemNames = new Map<string, string>();
  // The year the title names (the first checklist's, where a second follows).
  const named = checklistYear(grid, match.headerRow);
  // The item codes of the rows from `from` on, each once.
  const codesFrom = (from: number) => {
    const out = new Set<string>();
    for (let r = from; r <= grid.values.length; r++) {
      const c = at(r, 'code');
      const code = isBlank(c) ? null : itemCode(displayValue(c));
      if (code) out.add(code);
    }
    return out;
  };
  // A component's text as read, folded ('' for none).
  const componentAt = (row: number) => {
    const v = at(row, 'component');
    return isBlank(v) ? '' : foldForMatch(thaiDigitsToArabic(collapseSpaces(displayValue(v))));
  };
  // Whether the rows from `from` on only repeat items read already: each coded row's item listed above,
  // no component that item was not read with. A section of the checklist (its rows grouped by status)
  // carries on items with components of their own, or lists items not read yet.
  const repeatsFrom = (from: number) => {
    let item: Seen | undefined;
    for (let q = from; q <= grid.values.length; q++) {
      const c = at(q, 'code');
      const code = isBlank(c) ? null : itemCode(displayValue(c));
      if (code && !(item = seen.get(code))) return false;
      const text = componentAt(q);
      if (text && !item?.components.has(text)) return false;
    }
    return true;
  };
  // A header repeated since the last row read: a page break, as a table printed to PDF and pasted has.
  let pageBreak = false;
  // Where that header and the first heading row since the last item's (a title, a sub-indicator's) are.
  let [breakRow, headingRow] = [0, 0];
  // The first heading since the last item's row that heads a summary ("สรุป…"), if any.
  let summaryRow = 0;
  // A row of a component: anything in it but its code (a heading's code cell alone is none).
  const hasContentAt = (r: number) =>
    (['component', 'status', 'done', 'notDone', 'url', 'owner'] as const).some((id) => !isBlank(at(r, id)));

  for (let r = match.firstDataRow; r <= grid.values.length; r++) {
    const codeCell = at(r, 'code');
    const codeText = isBlank(codeCell) ? '' : collapseSpaces(displayValue(codeCell));
    if ((codeText && foldForMatch(codeText) === codeFold) || echoesHeader(r)) {
      if (!pageBreak) breakRow = r;
      pageBreak = true; // a header repeated on a later page
      continue;
    }
    const code = codeText ? itemCode(codeText) : null;
    // As a page's number in the code's column is (below): the item above goes on past it.
    if (!code && pageNumberOnly(r)) {
      headingRow ||= r;
      continue;
    }
    // A line of totals under the table ends its last item, as a summary's heading does: no component.
    if (!code && totalsLine(grid.values[r - 1] ?? [])) {
      current = null;
      headingRow ||= r;
      summaryRow ||= r;
      continue;
    }
    // An item read already, after a header repeated or a heading (a title with no header under it): a
    // second checklist (another year's, said by its title, or items from the first again), not more rows
    // of the first. A page break inside an item goes on with the item's own code; a section's heading may
    // list a few items again (a department's).
    if (code && (pageBreak || headingRow > 0) && seen.has(code) && last !== seen.get(code)) {
      const header = pageBreak ? breakRow : r;
      const row = headingRow > 0 && headingRow < header ? headingRow : header;
      const year = yearOfRows(grid, row, header);
      if ((year !== undefined && year !== named?.year) || runsAgain(code, codesFrom(r), new Set(seen.keys()))) {
        findings.push(secondChecklist(sheet, row, col.get('code')!, code, year));
        break;
      }
    }
    // Items read already under a summary's heading, the last one too, and nothing new in their rows: a
    // recap of the table (of the items not done), not more of their rows. Its heading alone does not
    // tell: "รายการที่ยังไม่ได้ดำเนินการ" may head the section of the rows not done.
    if (code && summaryRow > 0 && seen.has(code) && repeatsFrom(r)) {
      const codes = [...codesFrom(r)].filter((c) => seen.has(c));
      findings.push(summaryBelow(sheet, summaryRow, col.get('code')!, codes));
      break;
    }
    const statusCell = at(r, 'status');
    const hasContent = hasContentAt(r);
    // As typed: COUNTIFS does not take "O5 " for O5 (but takes "o5": it ignores case).
    const codeTyped = typeof codeCell === 'string' ? codeCell : codeText;
    if (code && formulas && codeTyped.toUpperCase() !== code)
      findings.push(wording(sheet, r, col.get('code')!, column.get('code')!, codeTyped, code));
    if (code) {
      [headingRow, summaryRow] = [0, 0];
      const n = Number(code.slice(1));
      maxCode = Math.max(maxCode, n);
      let s = seen.get(code);
      if (!s) {
        s = {
          statuses: [],
          row: r,
          owners: 0,
          urls: 0,
          uncoded: [],
          mergedStatus: [],
          text: '',
          components: new Set(),
        };
        seen.set(code, s);
        codesInOrder.push({ code, row: r });
        // Its name: the name column's, or what follows the number in the code's cell (seed 004).
        const name = col.has('title') ? at(r, 'title') : codeText.replace(/^\s*[Oo]?\s*[0-9๐-๙]+[.)]?\s*/, '');
        if (!isBlank(name)) itemNames.set(code, displayValue(name));
      }
      current = last = s;
      // A component's row cleared but for its code: not read as one here, but the formulas count it.
      if (formulas && !hasContent && !isBlank(cellAt(grid, r, col.get('code')!)))
        findings.push(clearedRow(sheet, r, col.get('code')!, column.get('code')!, code));
    } else if (codeText && !hasContent) {
      if (!pageHeading(codeText)) current = null; // a heading row such as "ตัวชี้วัดย่อยที่ ๙.๑ ข้อมูลพื้นฐาน"
      headingRow ||= r; // the first since the last item's row: a title over a subtitle
      if (!pageHeading(codeText) && SUMMARY.test(codeText)) summaryRow ||= r;
      continue;
    }
    if (!current || !hasContent) continue;
    const afterBreak = pageBreak;
    pageBreak = false;
    rows++;
    let status: ComponentStatus;
    if (col.has('status')) {
      const known = readStatus(statusCell);
      status = known ?? 'not-done';
      // Words no checklist uses ("ทำครบ?"): counted as not done, and said so, with no guess offered.
      if (known === null)
        findings.push(unknownStatus(sheet, r, col.get('status')!, column.get('status')!, displayValue(statusCell)));
      // A text other than the list's words, or TRUE typed (a logical value): the formulas count neither
      // as done or not applicable. Any other text they count as not done, as read here: no difference.
      else if (formulas && (status === 'done' || status === 'not-applicable') && statusCell !== WORD_OF[status])
        findings.push(
          wording(sheet, r, col.get('status')!, column.get('status')!, displayValue(statusCell), WORD_OF[status]),
        );
    } else if (col.has('done') || col.has('notDone')) {
      // A done column alone ("เผยแพร่แล้ว") may hold the words for not done ("ยังไม่ได้ดำเนินการ",
      // "not yet"): no mark. Beside a not-done column any text in it is one (seed 004's notes).
      const doneCell = at(r, 'done');
      const done = isMarked(doneCell) && (col.has('notDone') || readStatus(doneCell) !== 'not-done');
      const not = isMarked(at(r, 'notDone'));
      status = done && !not ? 'done' : not ? 'not-done' : 'blank';
    } else status = 'blank';
    const component = at(r, 'component');
    const text = isBlank(component) ? '' : thaiDigitsToArabic(collapseSpaces(displayValue(component)));
    // In seed 004's layout (a mark in a done / not-done pair, one row per item), a row with no code
    // and no mark whose text is no new component ("(๒) …", "2.", "-") carries on the row above, cut
    // by a page break: it says nothing of its own. Where a status column is kept per component, a
    // blank status is a component not yet done. But right after a repeated header, in either layout, a
    // row of nothing but the next point of the list above ("(๓) …" after "(๑) … (๒) …", seed 004's O9,
    // O17, O34) is that text cut by the page break: a component of its own has a mark, owner or URL.
    if (
      !code &&
      status === 'blank' &&
      ((!col.has('status') && !COMPONENT_START.test(text)) ||
        (afterBreak &&
          (['title', 'method', 'owner', 'url', 'note'] as const).every((id) => isBlank(at(r, id))) &&
          continuesList(text, current.text)))
    ) {
      current.text += ` ${text}`;
      if (text) current.components.add(foldForMatch(text));
      continue;
    }
    current.statuses.push(status);
    current.text = text;
    if (text) current.components.add(foldForMatch(text));
    if (isBlank(cellAt(grid, r, col.get('code')!))) current.uncoded.push(r);
    if (col.has('status') && !isBlank(statusCell) && isBlank(cellAt(grid, r, col.get('status')!)))
      current.mergedStatus.push(r);
    if (!isBlank(at(r, 'owner'))) current.owners++;
    const url = at(r, 'url');
    // "-" (or "ไม่มี") where nothing is published yet is no address, not a wrong one.
    const none = !isBlank(url) && NO_URL.test(collapseSpaces(displayValue(url))) && !linkAt(r, col.get('url')!);
    if (!isBlank(url) && !none) {
      const text = collapseSpaces(displayValue(url));
      // A link on the cell counts as its address: the text may only name the page.
      const link = linkAt(r, col.get('url')!);
      current.urls++;
      if (link !== undefined ? !URL_IN_TEXT.test(link) : !URL_IN_TEXT.test(text))
        findings.push(
          makeFinding(
            'checklist-bad-url',
            { sheet, row: r, col: col.get('url')!, column: column.get('url')! },
            link !== undefined
              ? {
                  th: `แถว ${r}: ตำแหน่งข้อมูล "${text}" ลิงก์ไปที่ "${link}" ซึ่งไม่ใช่ที่อยู่เว็บ ต้องลิงก์ไปที่ http:// หรือ https://`,
                  en: `Row ${r}: location "${text}" links to "${link}", which is not a web address; link to an http:// or https:// page`,
                }
              : {
                  th: `แถว ${r}: ตำแหน่งข้อมูล "${text}" ไม่ใช่ที่อยู่เว็บ ต้องขึ้นต้นด้วย http:// หรือ https://`,
                  en: `Row ${r}: location "${text}" is not a web address; it must start with http:// or https://`,
                },
            { value: link ?? text },
          ),
        );
    }
  }

  let framework =
    (frameworkId ? getFramework(frameworkId) : undefined) ??
    frameworkForYear(named?.year ?? 0) ??
    frameworkForItemCount(maxCode);
  if (!framework) return { framework: null, rows, checklist: null, findings };
  // Last year's checklist retitled: its items are scored as what they are, and the title is said. With
  // no year named, the names tell apart the years of as many items: a new year must not take them over.
  const other = !frameworkId ? namesOfOtherYear(framework, itemNames) : null;
  const header = { row: match.headerRow, col: col.get('code')! };
  // A year with no checklist here: checked against another year's, which the title must be told.
  const hasChecklist = named ? frameworkForYear(named.year) !== null : true;
  if (other) {
    if (named) findings.push(otherYearsItems(sheet, named, other, header, hasChecklist));
    framework = other.framework;
  } else if (!frameworkId && named && !hasChecklist) findings.push(noChecklistOfYear(sheet, named, framework, header));
  // Another year's item left under a number that is another item this year: not this year's item.
  const elsewhere = new Map(itemsNamedOtherwise(framework, itemNames).map((x) => [x.code, x]));
  // This year's item under another number (one left out, the rest numbered on): the item it is named.
  const kept = new Map([...itemNames].filter(([code]) => !elsewhere.has(code)));
  const recount = itemsMisnumbered(framework, kept, (code) => seen.has(code) && !elsewhere.has(code));
  // The rows counted for each item, by the item's code: none for a row named as an item listed already,
  // or as none where its number's item is another row.
  const counted = new Map<string, Seen>();
  for (const [code, s] of seen) {
    const r = recount.get(code);
    if (!elsewhere.has(code) && (!r || r.kind === 'moved')) counted.set(r?.kind === 'moved' ? r.item.code : code, s);
  }
  const known = new Set(framework.items.map((i) => i.code));
  for (const { code, row } of codesInOrder) if (!known.has(code)) unknown.push({ code, row });

  const byCode = new Map<string, ItemRows>();
  for (const [code, s] of counted) {
    const m = mapping.get(code);
    byCode.set(code, {
      statuses: s.statuses,
      row: s.row,
      ...(m ? { indicator: m.indicator, subIndicator: m.sub } : {}),
    });
  }
  const checklist = scoreChecklist(framework, byCode);
  // What the add-in's checklist's own formulas count: their ranges end above the summary's header, where
  // it stands under the table (the row above its first item); beside it (older copies), at the table's end.
  const summaryTop = (indicatorCells[0]?.row ?? 0) - 1;
  const asSheet =
    formulas && col.has('status')
      ? countAsFormulas(
          {
            grid,
            codeCol: col.get('code')!,
            statusCol: col.get('status')!,
            first: match.firstDataRow,
            last: summaryTop > match.headerRow ? summaryTop - 1 : grid.values.length,
            isComponent: hasContentAt,
          },
          framework,
          checklist,
        )
      : null;
  const otherwise = new Set(asSheet ? itemsCountedOtherwise(asSheet, checklist) : []);
  if (formulas) findings.push(...unmappedItems(sheet, framework, indicatorCells));
  const codeCol = col.get('code')!;
  // The sheet's formulas count an item's components by its code on each row, and an item of one coded
  // row as that row's status for all of them: rows without the code make them count too much.
  if (formulas)
    for (const [code, s] of seen)
      if (s.uncoded.length && s.statuses.length > 1)
        findings.push(uncodedRows(sheet, codeCol, column.get('code')!, code, s, otherwise.has(code)));
  // COUNTIFS reads a merged area's value in its top-left cell only: the rows under it count as blank.
  if (formulas)
    for (const [code, s] of seen)
      if (s.mergedStatus.length)
        findings.push(
          mergedStatuses(sheet, col.get('status')!, column.get('status')!, code, s.mergedStatus, otherwise.has(code)),
        );
  const headerCell = { sheet, row: match.headerRow, col: Math.min(...match.columns.map((c) => c.col)) };

  // The add-in's own checklist lists a component a row: an item with fewer rows than the year's checklist
  // sets had one deleted, which then counts as nothing, and the item as complete without it (DOMAIN §4:
  // every component published). Not an office's own layout, which may group components on a row.
  for (const it of formulas ? framework.items : []) {
    const s = counted.get(it.code);
    const n = s?.statuses.length ?? 0;
    if (s && n >= 1 && n < it.components.length)
      findings.push(
        makeFinding(
          'checklist-fewer-components',
          { sheet, row: s.row, col: codeCol, column: column.get('code')! },
          {
            th: `ข้อ ${it.code} มี ${n} แถวองค์ประกอบ แต่แบบตรวจ OIT ปี ${framework.year} กำหนด ${it.components.length} องค์ประกอบ: ข้อหนึ่งครบเมื่อเผยแพร่ทุกองค์ประกอบ ตรวจว่าไม่ได้ลบหรือรวมองค์ประกอบใดไป`,
            en: `Item ${it.code} has ${n} component rows, but the ${framework.year} OIT checklist sets ${it.components.length} components: an item is complete only with every component published; check none was deleted or merged`,
          },
          { value: it.code },
        ),
      );
  }
  for (const [code, r] of recount)
    if (r.kind === 'displaced') {
      const { row } = seen.get(code)!;
      const at = { sheet, row, col: col.get('title') ?? codeCol };
      findings.push(displacedItem(at, framework, code, itemNames.get(code)!, seen.get(r.by)!.row));
    }
  for (const u of unknown)
    findings.push(
      makeFinding(
        'checklist-unknown-item',
        { sheet, row: u.row, col: codeCol, column: column.get('code')! },
        {
          th: `แถว ${u.row}: ไม่มีข้อ ${u.code} ในแบบตรวจ OIT ปี ${framework.year} (มี O1–O${framework.items.length})`,
          en: `Row ${u.row}: there is no ${u.code} in the ${framework.year} OIT checklist (it has O1–O${framework.items.length})`,
        },
        { value: u.code },
      ),
    );
  // No column says what is done: every item counts as not done, which the score must not show silently.
  if (!col.has('status') && !col.has('done') && !col.has('notDone'))
    findings.push(
      makeFinding('missing-column', headerCell, {
        th: `ไม่พบคอลัมน์สถานะ (เช่น "สถานะ" หรือคู่ "ดำเนินการแล้ว / ยังไม่ได้ดำเนินการ") จึงนับทุกข้อว่ายังไม่ได้ดำเนินการ: ตั้งชื่อหัวคอลัมน์ที่บอกว่าดำเนินการแล้วหรือไม่ว่า "สถานะ"`,
        en: `No status column found (such as "สถานะ", or the pair "ดำเนินการแล้ว / ยังไม่ได้ดำเนินการ"), so every item counts as not done: head the column that says whether each item is done "สถานะ"`,
      }),
    );
  for (const it of framework.items) {
    const s = counted.get(it.code);
    const x = elsewhere.get(it.code);
    if (x) {
      const { row } = seen.get(it.code)!;
      const at = col.has('title')
        ? { row, col: col.get('title')!, column: column.get('title')! }
        : { row, col: codeCol, column: column.get('code')! };
      findings.push(otherYearsItem(sheet, at, framework, x, s?.row));
      continue;
    }
    if (!s) {
      // Rows that may be it by their place, their names telling none: not said to be missing.
      const untold = [...recount].flatMap(([c, u]) =>
        u.kind === 'unsure' && u.items.includes(it) ? [seen.get(c)!.row] : [],
      );
      if (untold.length) {
        findings.push(untoldItem({ sheet, row: untold[0]!, col: col.get('title') ?? codeCol }, framework, it, untold));
        continue;
      }
      const r = recount.get(it.code);
      const row = seen.get(it.code)?.row ?? 0;
      if (r?.kind === 'twice') {
        const at = { sheet, row, col: col.get('title') ?? codeCol };
        findings.push(missingItem(at, framework, it, { row, item: r.item, also: seen.get(r.by)!.row }));
      } else
        findings.push(
          missingItem(
            headerCell,
            framework,
            it,
            r?.kind === 'moved'
              ? { row, item: r.item, ...(r.placed ? { placed: itemNames.get(it.code)! } : {}) }
              : undefined,
          ),
        );
      continue;
    }
    const progress = checklist.perItem.find((p) => p.code === it.code)!;
    // Nothing in the URL column at all (a text that is not an address is reported as a bad URL).
    if (progress.score === 100 && s.urls === 0)
      findings.push(
        makeFinding(
          'checklist-no-url',
          { sheet, row: s.row, col: col.get('url') ?? codeCol, column: column.get('url') ?? null },
          {
            th: `ข้อ ${it.code} ดำเนินการแล้ว แต่ไม่ได้ระบุตำแหน่งข้อมูลบนเว็บไซต์ (URL) ผู้ประเมินต้องเปิดดูได้`,
            en: `Item ${it.code} is marked done but gives no web address (URL) where the assessor can see it`,
          },
        ),
      );
    if (s.owners === 0) {
      const ownerCol = col.get('owner');
      findings.push(
        makeFinding(
          'checklist-no-owner',
          { sheet, row: s.row, col: ownerCol ?? codeCol, column: column.get('owner') ?? null },
          {
            th: `ข้อ ${it.code} ยังไม่มีผู้รับผิดชอบ${it.responsible ? ` (ตามแบบ: ${it.responsible})` : ''}`,
            en: `Item ${it.code} has no one responsible${it.responsible ? ` (the framework names: ${it.responsible})` : ''}`,
          },
          ownerCol && it.responsible
            ? { suggestion: { value: it.responsible, display: it.responsible, kind: 'text' } }
            : undefined,
        ),
      );
    }
  }
  const shown = asSheet && showsOtherwise(asSheet, checklist) ? { countedOtherwise: [...otherwise] } : {};
  return { framework, rows, checklist, findings, ...shown };
}
