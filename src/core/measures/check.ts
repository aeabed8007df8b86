import { a1 } from '../cells/address';
import { dayNumber, periodSpan } from '../cells/dates';
import { parseStatus } from '../checklist/status';
import {
  cellAt,
  displayValue,
  isBlank,
  isBlankOrNone,
  mergedCellReader,
  type CellValue,
  type SheetGrid,
} from '../cells/value';
import { makeFinding } from '../findings/make';
import type { Finding } from '../findings/types';
import { yearsNamedAbove } from '../rules/fiscalYear';
import { ITA } from '../score/bands';
import { recogniseHeader, type HeaderMatch } from '../sheet/header';
import { buildLayout, type SheetLayout } from '../templates/layout';
import { getTemplate } from '../templates/registry';
import type { ColumnId, Template, TemplateColumn } from '../templates/types';
import { dayOf, formatDayEn, formatDayTh, type Day } from '../text/format';
import { collapseSpaces, foldForMatch, plainText, shortQuote } from '../text/thai';

/** The measures template with one starting row per indicator 1–10, as seed 001 groups them. */
export function buildMeasuresLayout(template: Template, year: number): SheetLayout {
  // Titled for its fiscal year, as every seed's is: its measures' periods are judged by it.
  const base = { ...buildLayout(template), title: `${template.title.th} ประจำปีงบประมาณ พ.ศ. ${year}` };
  const rows = ITA.indicators.map((ind) =>
    template.columns.map((c) => (c.id === 'indicatorNo' ? `${ind.id} ${ind.th}` : null)),
  );
  return { ...base, rows, bodyRows: Math.max(base.bodyRows, rows.length + 20) };
}

/**
 * A result that is only the form's words: the status ("ดำเนินการแล้ว"), or the seeds' two boxes
 * ("☐ ยังไม่ได้ดำเนินการ ☑ ดำเนินการ ดังนี้") with nothing after "ดังนี้".
 */
const STATUS_ONLY =
  /^[\s☐□☑☒✓✔✅√■◼▣:.-]*(?:(?:ดำเนินการแล้ว|ดำเนินการ|ยังไม่ได้ดำเนินการ|อยู่ระหว่างดำเนินการ|ดังนี้)[\s☐□☑☒✓✔✅√■◼▣:.-]*)+$/;

/** A group heading's words and number: "ตัวชี้วัดที่ ๑" (seed 001), "ประเด็นที่ 2". */
const GROUP_WORDS = /^(?:ตัวชี้วัด(?:ที่)?|ประเด็น(?:ที่)?)\s*\d+(?:\.\d+)?\s*/;
const INDICATOR_NAMES = ITA.indicators.map((i) => foldForMatch(i.th));
/**
 * The longest a group heading typed alone is: seed 001's run to 39 characters ("ตัวชี้วัดที่ ๔
 * การใช้ทรัพย์สินของราชการ"), seed 000's indicator names to 42; a measure's sentence runs longer.
 */
const HEADING_MAX = 60;

/**
 * A group heading typed in the measure's column alone: "ตัวชี้วัดที่ ๑ การปฏิบัติหน้าที่" or the words and
 * number alone, an indicator's name ("9. การเปิดเผยข้อมูล"). Not a measure numbered by its issue
 * ("ประเด็นที่ 2 ปรับปรุงช่องทางร้องเรียน…", "ตัวชี้วัดที่ 9 เผยแพร่ข้อมูล…"), nor a long sentence.
 */
function headingWords(text: string): boolean {
  if (text.length > HEADING_MAX) return false;
  const words = GROUP_WORDS.exec(text);
  if (!words) return INDICATOR_NAMES.includes(foldForMatch(text.replace(/^\d+\s*[.)]?\s*/, '')));
  // The name may have more after it: "การปฏิบัติหน้าที่ (97.90)".
  const rest = foldForMatch(text.slice(words[0].length));
  return rest === '' || INDICATOR_NAMES.some((n) => rest.startsWith(n));
}

/** How much of a measure's name a message quotes. */
const NAME_MAX = 60;

/**
 * The fiscal years a measures report's periods may fall in: O34/O35 analyse one assessment's result
 * and carry the measures out in the next fiscal year (seeds 002, 003: ITA 2565 analysed, measures in
 * 2566), so from the earliest year the title rows (else the sheet's name) give to one after the latest.
 */
interface ReportYears {
  readonly first: number;
  readonly last: number;
  /** The years as named: "2566", or "2565–2566". */
  readonly named: string;
  readonly th: string;
  readonly en: string;
}

function reportYears(grid: SheetGrid, headerRow: number): ReportYears | null {
  const y = yearsNamedAbove(grid, headerRow);
  if (!y) return null;
  return {
    first: y.first,
    last: y.last + 1,
    named: y.first === y.last ? String(y.first) : `${y.first}–${y.last}`,
    ...(y.inTitle ? { th: 'ชื่อรายงาน', en: "the report's title" } : { th: 'ชื่อแผ่นงาน', en: "the sheet's name" }),
  };
}

/**
 * Each measure needs someone responsible, a period and a result; a measure marked done needs the
 * result itself in words (`measure-incomplete`). A period that names days is read: outside the
 * report's fiscal year, ending before it starts, or a day that does not exist (`measure-period`).
 */
export function checkMeasures(grid: SheetGrid, match: HeaderMatch): { rows: number; findings: Finding[] } {
  const findings: Finding[] = [];
  const col = new Map<ColumnId, { col: number; column: TemplateColumn }>(
    match.columns.map((m) => [m.column.id, { col: m.col, column: m.column }]),
  );
  // An owner, period or result merged down a group of measures is each one's, as the reader sees it;
  // a cell merged across from the column to its left (an owner over the empty period) is not this column's.
  const merges = grid.merges ?? [];
  const down = mergedCellReader(
    grid,
    merges.map((m) => ({ ...m, right: m.left })),
    match.firstDataRow,
  );
  const fromLeft = new Set<string>();
  for (const m of merges)
    for (let r = Math.max(m.top, match.firstDataRow); r <= Math.min(m.bottom, grid.values.length); r++)
      for (let c = m.left + 1; c <= m.right; c++) fromLeft.add(`${r}:${c}`);
  const read = (r: number, c: number) => (fromLeft.has(`${r}:${c}`) ? null : down(r, c));
  const at = (r: number, id: ColumnId) => {
    const c = col.get(id);
    return c ? read(r, c.col) : null;
  };
  const measureCol = col.get('measure');
  // A header of the other columns alone, with no measure column: no measure to read.
  if (!measureCol) return { rows: 0, findings };
  // The header repeated under each group's heading (seed 001 prints it so), in any of its wordings.
  const headerNames = match.columns.map((m) => ({
    col: m.col,
    names: new Set([m.header, m.column.header, ...(m.column.variants ?? [])].map(foldForMatch)),
  }));
  const echoesHeader = (r: number) => {
    let echoed = 0;
    for (const h of headerNames) {
      const v = cellAt(grid, r, h.col);
      if (isBlank(v)) continue;
      if (typeof v !== 'string' || !h.names.has(foldForMatch(v))) return false;
      echoed++;
    }
    return echoed >= Math.min(2, headerNames.length);
  };
  // A heading merged across most of the table (seed 001's span all six columns), not a measure merged
  // over its steps' column.
  const width = (grid.values[match.headerRow - 1] ?? []).filter((v) => !isBlank(v ?? null)).length;
  const wide = Math.max(3, Math.floor(width / 2) + 1);
  const mergedAcross = new Set(
    merges.filter((m) => m.right - m.left + 1 >= wide && m.top >= match.firstDataRow).map((m) => `${m.top}:${m.left}`),
  );
  const isHeading = (r: number) => {
    const row = grid.values[r - 1] ?? [];
    let only = -1;
    for (let c = 0; c < row.length; c++)
      if (!isBlank(row[c] ?? null)) {
        if (only >= 0) return false;
        only = c;
      }
    const v = row[only];
    if (only < 0 || typeof v !== 'string') return false;
    const text = plainText(collapseSpaces(v));
    return mergedAcross.has(`${r}:${only + 1}`) || headingWords(text);
  };
  const year = reportYears(grid, match.headerRow);
  let rows = 0;
  for (let r = match.firstDataRow; r <= grid.values.length; r++) {
    // Read as typed: a measure merged down its rows of steps is one measure.
    const measure = cellAt(grid, r, measureCol.col);
    if (isBlank(measure)) continue; // an indicator heading in a column of its own, or a blank row
    if (isHeading(r) || echoesHeader(r)) continue;
    rows++;
    // Cut at a space, a bullet or dash left at the end says nothing.
    const name = shortQuote(collapseSpaces(displayValue(measure)), NAME_MAX).replace(/[\s\-–—•·,;:]+…$/, '…');
    const gaps: { th: string; en: string }[] = [];
    for (const [id, th, en] of [
      ['owner', 'ผู้รับผิดชอบ', 'who is responsible'],
      ['period', 'ระยะเวลาดำเนินการ', 'the period'],
      ['result', 'ผลการดำเนินการ', 'the result'],
    ] as const)
      if (col.has(id) && isBlankOrNone(at(r, id))) gaps.push({ th, en });
    const result = at(r, 'result');
    const resultText = isBlankOrNone(result) ? '' : collapseSpaces(displayValue(result));
    if (resultText && parseStatus(result) === 'done' && STATUS_ONLY.test(resultText) && isBlankOrNone(at(r, 'outcome')))
      gaps.push({ th: 'ผลที่ได้จากการดำเนินการ (ระบุว่าทำอะไร ได้ผลอย่างไร)', en: 'what was done and achieved, in words' });
    if (gaps.length)
      findings.push(
        makeFinding(
          'measure-incomplete',
          { sheet: grid.name, row: r, col: measureCol.col, column: measureCol.column },
          {
            th: `แถว ${r}: มาตรการ "${name}" ยังขาด ${gaps.map((g) => g.th).join(', ')}`,
            en: `Row ${r}: the measure "${name}" lacks ${gaps.map((g) => g.en).join(', ')}`,
          },
        ),
      );
    const period = col.get('period');
    if (period) {
      const f = periodFinding(grid.name, r, period, at(r, 'period'), year);
      if (f) findings.push(f);
    }
  }
  return { rows, findings };
}

/** A period in none of the report's fiscal years, ending before it starts, or naming a day that does not exist. */
function periodFinding(
  sheet: string,
  r: number,
  period: { col: number; column: TemplateColumn },
  v: CellValue,
  years: ReportYears | null,
): Finding | null {
  if (isBlankOrNone(v)) return null;
  const span = periodSpan(v);
  // Words that name no days ("ตลอดปีงบประมาณ", "ทุกไตรมาส") are a period all the same.
  if (span === null) return null;
  const raw = collapseSpaces(displayValue(v));
  const cell = a1(r, period.col);
  const from = years && dayOf(years.first - 544, 10, 1);
  const to = years && dayOf(years.last - 543, 9, 30);
  const fy =
    years && from && to
      ? {
          th: `${years.th}ระบุปี ${years.named} และมาตรการดำเนินการในปีนั้นหรือปีถัดไป คือปีงบประมาณ ${years.first}–${years.last} (${formatDayTh(from)} – ${formatDayTh(to)})`,
          en: `${years.en} names ${years.named}, and measures are carried out in that year or the next: fiscal years ${years.first}–${years.last} (${formatDayEn(from)} – ${formatDayEn(to)})`,
        }
      : null;
  const say = (th: string, en: string) =>
    makeFinding(
      'measure-period',
      { sheet, row: r, col: period.col, column: period.column },
      {
        th: `แถว ${r}: ระยะเวลาดำเนินการ (${cell}) "${raw}" ${th}`,
        en: `Row ${r}: the period (${cell}) "${raw}" ${en}`,
      },
      { value: raw },
    );
  if (span === 'no-such-day')
    return say(
      `มีวันที่ที่ไม่มีจริง: แก้เป็นวันที่ที่มีจริง${fy ? ` (${fy.th})` : ''}`,
      `names a day that does not exist: give a real day${fy ? `; ${fy.en}` : ''}`,
    );
  if (dayNumber(span.to) < dayNumber(span.from))
    return say(
      `สิ้นสุด ${formatDayTh(span.to)} ก่อนเริ่ม ${formatDayTh(span.from)}: ตรวจเดือนและปีทั้งสองข้าง${fy ? ` (${fy.th})` : ''}`,
      `ends on ${formatDayEn(span.to)}, before it starts on ${formatDayEn(span.from)}: check both months and years${fy ? `; ${fy.en}` : ''}`,
    );
  // Only a period two or more years off the title's: one copied from an older report.
  if (fy && from && to && (before(span.to, from) || before(to, span.from)))
    return say(
      `ไม่อยู่ในปีงบประมาณใดที่รายงานนี้ครอบคลุม: ${fy.th} ระยะเวลานี้อาจคัดลอกมาจากรายงานปีอื่น: ตรวจปีของระยะเวลา`,
      `falls in none of the fiscal years this report covers: ${fy.en}; it may be copied from another year's report, so check its years`,
    );
  return null;
}

function before(a: Day, b: Day): boolean {
  return dayNumber(a) < dayNumber(b);
}

/**
 * A measures table under another table on the same sheet (seed 004 prints the indicator scores
 * above its measures), its header within the rows a header is looked for in, or null.
 */
export function measuresBelow(grid: SheetGrid, fromRow: number): HeaderMatch | null {
  const template = getTemplate('measures');
  if (!template) return null;
  // The rows above as if empty: the table above is not this one's header.
  const values = grid.values.map((row, i) => (i + 1 < fromRow ? [] : row));
  const merges = grid.merges?.filter((m) => m.top >= fromRow);
  return recogniseHeader({ name: grid.name, values, ...(merges ? { merges } : {}) }, [template]);
}
