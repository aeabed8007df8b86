import { a1 } from '../cells/address';
import { dayNumber, periodSpan } from '../cells/dates';
import { parseStatus } from '../checklist/status';
import {
  cellAt,
  displayValue,
  isBlank,
  isNoneText,
  mergedCellReader,
  type CellValue,
  type SheetGrid,
} from '../cells/value';
import { makeFinding } from '../findings/make';
import type { Finding } from '../findings/types';
import { assessmentYearAt, titleYear } from '../rules/fiscalYear';
import { ITA } from '../score/bands';
import { recogniseHeader, type HeaderMatch } from '../sheet/header';
import { buildLayout, type SheetLayout } from '../templates/layout';
import { getTemplate } from '../templates/registry';
import type { ColumnId, Template, TemplateColumn } from '../templates/types';
import { dayOf, formatDayEn, formatDayTh, type Day } from '../text/format';
import { collapseSpaces, foldForMatch, plainText, shortQuote } from '../text/thai';

/** The measures template with one starting row per indicator 1–10, as seed 001 groups them. */
export function buildMeasuresLayout(template: Template): SheetLayout {
  const base = buildLayout(template);
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

/** A heading over a group of measures: "ตัวชี้วัดที่ ๑ การปฏิบัติหน้าที่" (seed 001), "ประเด็นที่ 2 …". */
const GROUP_HEADING = /^(?:ตัวชี้วัด(?:ที่)?|ประเด็น(?:ที่)?)\s*\d/;
const INDICATOR_NAMES = new Set(ITA.indicators.map((i) => foldForMatch(i.th)));

/** How much of a measure's name a message quotes. */
const NAME_MAX = 60;

/** Nothing written, or what forms write for nothing (a lone "-", "ไม่มี"). */
function isEmpty(v: CellValue): boolean {
  return isBlank(v) || (typeof v === 'string' && isNoneText(v));
}

/**
 * The fiscal year a measures report is of: the title's ("ประจำปีงบประมาณ พ.ศ. ๒๕๖๘"), else the year the
 * title or the sheet's name gives ("ประจำปี พ.ศ. ๒๕๖๗", "มาตรการ ITA 2567": measures are of the year
 * of the assessment they are made for).
 */
function reportYear(grid: SheetGrid, headerRow: number): { year: number; th: string; en: string } | null {
  const title = titleYear(grid, headerRow);
  if (title && !title.span) return { year: title.year, th: 'ตามชื่อรายงาน', en: "the report's title names" };
  const named = assessmentYearAt(grid, headerRow);
  if (!named) return null;
  return named.cell
    ? { year: named.year, th: 'ตามชื่อรายงาน', en: "the report's title names" }
    : { year: named.year, th: 'ตามชื่อแผ่นงาน', en: "the sheet's name gives" };
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
  // An owner, period or result merged down a group of measures is each one's, as the reader sees it.
  const read = mergedCellReader(grid, grid.merges, match.firstDataRow);
  const at = (r: number, id: ColumnId) => {
    const c = col.get(id);
    return c ? read(r, c.col) : null;
  };
  const measureCol = col.get('measure')!;
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
  const mergedAcross = new Set(
    (grid.merges ?? []).filter((m) => m.right > m.left && m.top >= match.firstDataRow).map((m) => `${m.top}:${m.left}`),
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
    return (
      mergedAcross.has(`${r}:${only + 1}`) ||
      GROUP_HEADING.test(text) ||
      INDICATOR_NAMES.has(foldForMatch(text.replace(/^\d+\s*[.)]?\s*/, '')))
    );
  };
  const year = reportYear(grid, match.headerRow);
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
      if (col.has(id) && isEmpty(at(r, id))) gaps.push({ th, en });
    const result = at(r, 'result');
    const resultText = isEmpty(result) ? '' : collapseSpaces(displayValue(result));
    if (resultText && parseStatus(result) === 'done' && STATUS_ONLY.test(resultText) && isEmpty(at(r, 'outcome')))
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

/** A period outside the report's fiscal year, ending before it starts, or naming a day that does not exist. */
function periodFinding(
  sheet: string,
  r: number,
  period: { col: number; column: TemplateColumn },
  v: CellValue,
  year: { year: number; th: string; en: string } | null,
): Finding | null {
  if (isEmpty(v)) return null;
  const span = periodSpan(v);
  // Words that name no days ("ตลอดปีงบประมาณ", "ทุกไตรมาส") are a period all the same.
  if (span === null) return null;
  const raw = collapseSpaces(displayValue(v));
  const cell = a1(r, period.col);
  const from = year && dayOf(year.year - 544, 10, 1);
  const to = year && dayOf(year.year - 543, 9, 30);
  const fy =
    year && from && to
      ? {
          th: `ปีงบประมาณ ${year.year} ${year.th} คือ ${formatDayTh(from)} – ${formatDayTh(to)}`,
          en: `fiscal year ${year.year}, which ${year.en}, runs ${formatDayEn(from)} – ${formatDayEn(to)}`,
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
  if (fy && from && to && (before(span.to, from) || before(to, span.from)))
    return say(
      `อยู่นอกปีงบประมาณของรายงาน: ${fy.th} ระยะเวลานี้อาจคัดลอกมาจากรายงานปีอื่น แก้เป็นช่วงในปีงบประมาณ ${year!.year}`,
      `is outside the report's fiscal year: ${fy.en}; it may be copied from another year's report, so give a period within fiscal year ${year!.year}`,
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
