import { columnLetter } from '../cells/address';
import { parseMoney } from '../cells/money';
import { cellAt, displayValue, isBlank, isCellError, type CellValue, type SheetGrid } from '../cells/value';
import { makeFinding } from '../findings/make';
import type { Finding } from '../findings/types';
import { recogniseHeader, type HeaderMatch } from '../sheet/header';
import { getTemplate } from '../templates/registry';
import { THAI_FONT, type LayoutBlock, type LayoutCell, type SheetLayout } from '../templates/layout';
import type { Bilingual } from '../templates/types';
import { formatMoney } from '../text/format';
import { round } from '../text/round';
import { foldForMatch, hasThaiDigits, similarity, thaiDigitsToArabic } from '../text/thai';
import { ITA, bandsFor, type YearBands } from './bands';
import { itaScore, looksLikeFraction, type ItaScore } from './ita';

const HEADER_ROW = 3;
const YEARS = 5;
const TOOL_OF: Record<number, string> = {};
for (const [tool, ids] of Object.entries(ITA.tools)) for (const id of ids) TOOL_OF[id] = tool.toUpperCase();

function levelOf(cell: string, b: YearBands): string {
  const bands = [...b.bands].sort((x, y) => y.min - x.min);
  let f = `"${bands[bands.length - 1]!.th}"`;
  for (let i = bands.length - 2; i >= 0; i--) f = `IF(${cell}>=${bands[i]!.min},"${bands[i]!.th}",${f})`;
  return f;
}

/**
 * `pick(bands)` as a formula choosing the year's rules by the year in `year` (a formula), as bandsFor
 * does: the earliest rules also serve the years before them.
 */
function byYear(year: string, pick: (b: YearBands) => string): string {
  const sets = [...ITA.years].sort((x, y) => x.from - y.from);
  let f = pick(sets[0]!);
  for (const b of sets.slice(1)) {
    const here = pick(b);
    f = here === f ? f : `IF(${year}>=${b.from},${here},${f})`;
  }
  return f;
}

/**
 * The ITA score as a sheet: the ten indicator scores of several years as inputs, and IIT, EIT, OIT,
 * the total, pass and level as formulas (DOMAIN §5), level bands written from the year's data.
 */
export function buildScoreLayout(lastYear: number, years = YEARS): SheetLayout {
  const yearList = Array.from({ length: years }, (_, i) => lastYear - years + 1 + i);
  const first = HEADER_ROW + 1;
  const rows = ITA.indicators.map((ind) => [ind.id, ind.th, TOOL_OF[ind.id] ?? '', ...yearList.map(() => null)]);
  const summaryTop = first + ITA.indicators.length + 1;
  const c = (v: LayoutCell['v'], extra: Partial<LayoutCell> = {}): LayoutCell => ({ v, ...extra });
  // The summary follows the year typed in each column's header (a sheet reused the next year, its
  // headers retyped), as the check reads it; a header with no year keeps the one it was made with.
  const headerAt = (k: number) => `${columnLetter(4 + k)}$${HEADER_ROW}`;
  const yearOf = (k: number) => `IFERROR(VALUE(RIGHT(TRIM(${headerAt(k)}),4)),${yearList[k]!})`;
  const summary: LayoutCell[][] = [
    [
      c('สรุปผล', { head: true }),
      c('', { head: true }),
      c('', { head: true }),
      ...yearList.map((_, k) => ({ f: yearOf(k), numberFormat: '0', head: true })),
    ],
  ];
  const tools = [
    ['IIT', 'แบบวัดการรับรู้ของผู้มีส่วนได้ส่วนเสียภายใน', ITA.tools.iit],
    ['EIT', 'แบบวัดการรับรู้ของผู้มีส่วนได้ส่วนเสียภายนอก', ITA.tools.eit],
    ['OIT', 'แบบวัดการเปิดเผยข้อมูลสาธารณะ', ITA.tools.oit],
  ] as const;
  const toolRow = (i: number) => summaryTop + 1 + i;
  // Each tool's indicators by the number in their row (column A, as the check reads them), not by where
  // the rows stand: the table may be sorted (by score, as the NACC's reports list them) and rows move.
  const last = first + ITA.indicators.length - 1;
  const idCol = `$A$${first}:$A$${last}`;
  tools.forEach(([code, name, ids]) => {
    summary.push([
      c(code, { bold: true }),
      c(name),
      c(''),
      ...yearList.map((_, k) => {
        const L = columnLetter(4 + k);
        const scores = `${L}$${first}:${L}$${last}`;
        const these = `{${ids.join(',')}}`;
        // ">=0" counts numbers only, as COUNT did: a score typed as text leaves the tool blank.
        return {
          f: `IF(SUM(COUNTIFS(${idCol},${these},${scores},">=0"))=${ids.length},ROUND(SUM(SUMIFS(${scores},${idCol},${these}))/${ids.length},2),"")`,
          numberFormat: '0.00',
        };
      }),
    ]);
  });
  const totalRow = toolRow(3);
  const w = ITA.weights;
  summary.push([
    c('รวม', { bold: true }),
    c('คะแนนรวม (IIT 30% EIT 30% OIT 40%)'),
    c(''),
    ...yearList.map((_, k) => {
      const L = columnLetter(4 + k);
      const [i, e, o] = [0, 1, 2].map((t) => `${L}${toolRow(t)}`);
      return {
        f: `IF(AND(ISNUMBER(${i}),ISNUMBER(${e}),ISNUMBER(${o})),ROUND(${w.iit}*${i}+${w.eit}*${e}+${w.oit}*${o},2),"")`,
        numberFormat: '0.00',
        bold: true,
      };
    }),
  ]);
  summary.push([
    c('ผ่านเกณฑ์'),
    c(`ผ่านเมื่อได้ ${bandsFor(lastYear).pass} คะแนนขึ้นไป`),
    c(''),
    ...yearList.map((_, k) => {
      const t = `${columnLetter(4 + k)}${totalRow}`;
      const pass = byYear(yearOf(k), (b) => String(b.pass));
      return { f: `IF(ISNUMBER(${t}),IF(${t}>=${pass},"ผ่าน","ไม่ผ่าน"),"")` };
    }),
  ]);
  summary.push([
    c('ระดับ'),
    c('ตามเกณฑ์ของปีนั้น'),
    c(''),
    ...yearList.map((_, k) => {
      const t = `${columnLetter(4 + k)}${totalRow}`;
      return { f: `IF(ISNUMBER(${t}),${byYear(yearOf(k), (b) => levelOf(t, b))},"")` };
    }),
  ]);
  const block: LayoutBlock = { top: summaryTop, left: 1, cells: summary };
  // What the chart plots: the tools and the total, #N/A for a year not scored (Excel plots "" as 0,
  // a dive to zero in the years to come), in rows kept hidden under the summary.
  const plotted = [0, 1, 2, 3].map((t) => toolRow(t));
  const plotTop = summaryTop + summary.length + 1;
  const forChart: LayoutBlock = {
    top: plotTop,
    left: 1,
    hidden: true,
    cells: plotted.map((r, i) => [
      c(i < 3 ? tools[i]![0] : 'รวม'),
      c('สำหรับกราฟ: ปีที่ยังไม่มีคะแนนเป็น #N/A เส้นกราฟจึงไม่ลงไปที่ 0'),
      c(''),
      ...yearList.map((_, k) => {
        const at = `${columnLetter(4 + k)}${r}`;
        return { f: `IF(ISNUMBER(${at}),${at},NA())`, numberFormat: '0.00' };
      }),
    ]),
  };
  const yearsTo = columnLetter(3 + years);
  return {
    templateId: 'ita-score',
    sheetName: 'คะแนน ITA',
    title: `ผลการประเมินคุณธรรมและความโปร่งใส (ITA) รายตัวชี้วัด ปี ${yearList[0]}–${lastYear}`,
    titleRow: 1,
    groupRow: null,
    groups: [],
    headerRow: HEADER_ROW,
    tableName: 'tbl_ita_score',
    bodyRows: ITA.indicators.length,
    columns: [
      { header: 'ตัวชี้วัดที่', width: 10, numberFormat: '0', list: null, strictList: false, hint: null, type: 'integer' },
      {
        header: 'รายละเอียดตัวชี้วัด',
        width: 34,
        numberFormat: null,
        list: null,
        strictList: false,
        hint: null,
        type: 'text',
      },
      { header: 'เครื่องมือ', width: 10, numberFormat: null, list: null, strictList: false, hint: null, type: 'text' },
      ...yearList.map((y) => ({
        header: String(y),
        width: 11,
        numberFormat: '0.00',
        list: null,
        strictList: false,
        hint: { title: `คะแนนปี ${y}`, text: 'คะแนนตัวชี้วัด 0–100 จากรายงานผล ITA' },
        type: 'money' as const,
      })),
    ],
    notes: [],
    font: THAI_FONT,
    rows,
    blocks: [block, forChart],
    charts: [
      {
        type: 'line',
        title: 'คะแนน ITA รายปี: คะแนนรวมและแต่ละเครื่องมือ',
        categories: `D${summaryTop}:${yearsTo}${summaryTop}`,
        series: plotted.map((_, i) => ({
          name: i < 3 ? tools[i]![0] : 'รวม',
          values: `D${plotTop + i}:${yearsTo}${plotTop + i}`,
        })),
        anchor: { col: 4 + years + 1, row: HEADER_ROW, width: 8, height: 18 },
        plotsHidden: true,
      },
    ],
  };
}

export interface ScoreSheet {
  /** Scores per year column found (or one unnamed column). */
  readonly years: readonly {
    readonly year: number | null;
    readonly score: ItaScore | null;
    readonly filled: number;
    /** The ten cells as typed ('' where blank or without a row), a mistyped score as it is. */
    readonly typed: readonly string[];
  }[];
  /** The latest year with all ten indicators. */
  readonly score: ItaScore | null;
  readonly rows: number;
  readonly findings: Finding[];
}

/** Read an ITA score sheet: seed 004's ตัวชี้วัดที่ · รายละเอียดตัวชี้วัด · คะแนน, or the add-in's yearly columns. */
/** A year column's header: "2567", "ปี 2567", "พ.ศ. 2567", "ปีงบประมาณ ๒๕๖๗", "ITA 2567", "คะแนนปี 2567"; else null. */
function yearOfHeader(text: string): number | null {
  // The word for score around it too: "คะแนนปี 2567", "ปี 2565 (คะแนน)".
  const m =
    /^\s*(?:(?:ผล)?คะแนน\s*|ผล(?:การประเมิน)?\s*)?(?:(?:ปี(?:งบประมาณ)?|พ\.?\s?ศ\.?|ita)\s*)*(\d{4})\s*(?:\(?\s*(?:ผล)?คะแนน\s*\)?)?\s*$/i.exec(
      thaiDigitsToArabic(text),
    );
  const y = m ? Number(m[1]) : NaN;
  return y >= 2550 && y < 2700 ? y : null;
}

const INDICATOR_NAMES = ITA.indicators.map((i) => ({ id: i.id, fold: foldForMatch(i.th) }));

/**
 * The indicator a row is about: its number 1–10, or its name (seed 003 ranks indicators by score, so
 * the number beside a name is a rank; names are matched loosely: "การปรับปรุงการทำงาน" is indicator 8).
 */
function indicatorOf(v: CellValue): number | null {
  const n = parseMoney(v);
  if (n.kind === 'ok') return Number.isInteger(n.value) && n.value >= 1 && n.value <= 10 ? n.value : null;
  if (typeof v !== 'string') return null;
  const f = foldForMatch(v.replace(/^\s*[\d๐-๙]+[.)]?\s*/, ''));
  let best: { id: number; s: number } | null = null;
  for (const i of INDICATOR_NAMES) {
    const s = f === i.fold ? 1 : similarity(f, i.fold);
    if (s >= 0.8 && (!best || s > best.s)) best = { id: i.id, s };
  }
  return best?.id ?? null;
}

/** A number typed as text or in Thai digits, which the sheet's formulas skip; `say` words what it costs. */
function typedAsText(
  at: { sheet: string; row: number; col: number },
  raw: string,
  value: number,
  display: string,
  say: (typed: Bilingual) => Bilingual,
): Finding {
  const thai = hasThaiDigits(raw);
  const typed = thai ? { th: 'พิมพ์ด้วยเลขไทย', en: 'typed in Thai digits' } : { th: 'เป็นข้อความ', en: 'text' };
  return makeFinding(thai ? 'thai-digits' : 'number-as-text', at, say(typed), {
    value: raw,
    suggestion: { value, display, kind: 'number' },
  });
}

/**
 * A score typed as text (or in Thai digits): counted here, skipped by the sheet's own formulas where it
 * has them (`yearly`: the add-in's layout), and by any sum a user makes of a table typed by hand.
 */
function scoreAsText(
  sheet: string,
  row: number,
  col: number,
  id: number,
  raw: string,
  value: number,
  yearly: boolean,
): Finding {
  const shown = formatMoney(value);
  return typedAsText({ sheet, row, col }, raw, value, shown, (typed) =>
    yearly
      ? {
          th: `แถว ${row}: คะแนนตัวชี้วัดที่ ${id} ${typed.th} "${raw}" สูตรในแผ่นงานจึงไม่นับ คะแนนและระดับของปีนี้ในแผ่นงานจะว่าง ควรเป็น ${shown}`,
          en: `Row ${row}: the score of indicator ${id} is ${typed.en} ("${raw}"), which the sheet's formulas skip, leaving the year's score and level blank there; should be ${shown}`,
        }
      : {
          th: `แถว ${row}: คะแนนตัวชี้วัดที่ ${id} ${typed.th} "${raw}" Excel จึงนำไปรวมหรือคำนวณไม่ได้ ควรเป็น ${shown}`,
          en: `Row ${row}: the score of indicator ${id} is ${typed.en} ("${raw}"), which Excel cannot add up; should be ${shown}`,
        },
  );
}

/** An indicator's number typed as text (or in Thai digits): the template's formulas find indicators by it. */
function indicatorAsText(sheet: string, row: number, col: number, id: number, raw: string): Finding {
  return typedAsText({ sheet, row, col }, raw, id, String(id), (typed) => ({
    th: `แถว ${row}: เลขตัวชี้วัด ${typed.th} "${raw}" สูตรสรุปของแม่แบบหาตัวชี้วัดจากเลขในคอลัมน์นี้ จึงไม่พบตัวชี้วัดที่ ${id} และคะแนนรวมทุกปีในแผ่นงานจะว่าง ควรเป็น ${id}`,
    en: `Row ${row}: the indicator number is ${typed.en} ("${raw}"); the template's summary formulas find indicators by the number in this column, so they miss indicator ${id} and leave every year's total blank in the sheet; should be ${id}`,
  }));
}

/**
 * A score written as a fraction of 1 (0.9 for 90): the ITA's scores are out of 100. `alone`: the
 * only one of the year's scores so written ("87.50%" typed, which Excel keeps as 0.875).
 */
function scoreAsFraction(sheet: string, row: number, col: number, id: number, value: number, alone = false): Finding {
  const out = round(value * 100);
  const why = alone
    ? {
        th: 'ขณะที่คะแนนตัวชี้วัดอื่นของปีนี้เต็ม 100 จึงน่าจะเป็นสัดส่วน (เช่น พิมพ์ 87.50% ซึ่ง Excel เก็บเป็น 0.875)',
        en: "while the year's other scores are out of 100, so it looks like a fraction (87.50% typed, which Excel keeps as 0.875)",
      }
    : {
        th: 'คะแนนทุกตัวชี้วัดของปีนี้ไม่เกิน 1 จึงน่าจะเป็นสัดส่วน (เช่น เซลล์ที่จัดรูปแบบเป็นร้อยละ)',
        en: 'every score of this year is at most 1, so they look like fractions (a cell formatted as a percentage holds 0.9 for 90%)',
      };
  return makeFinding(
    'score-as-fraction',
    { sheet, row, col },
    {
      th: `แถว ${row}: คะแนนตัวชี้วัดที่ ${id} เป็น ${value} ${why.th} คะแนน ITA เต็ม 100 ควรเป็น ${formatMoney(out)}`,
      en: `Row ${row}: the score of indicator ${id} is ${value}; ${why.en}; ITA scores are out of 100, so it should be ${formatMoney(out)}`,
    },
    { value: String(value), suggestion: { value: out, display: formatMoney(out), kind: 'number' } },
  );
}

/** A year with some of its ten scores: said at the first missing one's cell, or the year's header. */
function scoreIncomplete(
  sheet: string,
  headerRow: number,
  col: number,
  year: number,
  missing: readonly number[],
  rowOf: ReadonlyMap<number, number>,
): Finding {
  const ids = missing.join(', ');
  const noRow = missing.filter((id) => !rowOf.has(id));
  const why = noRow.length
    ? { th: ` (ไม่พบแถวของตัวชี้วัดที่ ${noRow.join(', ')})`, en: ` (no row for indicator ${noRow.join(', ')})` }
    : { th: '', en: '' };
  return makeFinding(
    'score-incomplete',
    { sheet, row: rowOf.get(missing[0]!) ?? headerRow, col },
    {
      th: `ปี ${year}: ยังไม่มีคะแนนตัวชี้วัดที่ ${ids}${why.th} จึงคำนวณคะแนน ITA ของปีนี้ไม่ได้ ต้องมีคะแนนครบ 10 ตัวชี้วัด`,
      en: `${year}: no score for indicator ${ids}${why.en}, so the year's ITA score cannot be computed; it takes all 10 indicators`,
    },
    { value: String(year) },
  );
}

/**
 * The add-in's layout reused for a new year: a year column added with its ten scores, but the summary's
 * formulas not copied into it, so the sheet shows no total, pass or level for that year while another
 * column's total shows. Said at the year's blank total, with the score the tool computes.
 */
function unsummedYears(
  grid: SheetGrid,
  indicatorCol: number,
  rowOf: ReadonlyMap<number, number>,
  columns: readonly { col: number; year: number | null }[],
  years: readonly { score: ItaScore | null }[],
): Finding[] {
  const below = Math.max(...rowOf.values());
  let total = 0;
  for (let r = below + 1; r <= grid.values.length && !total; r++)
    if (foldForMatch(displayValue(cellAt(grid, r, indicatorCol))) === foldForMatch('รวม')) total = r;
  if (!total) return [];
  // A total shown, or a formula whose result the file does not store (a copy another program saved).
  const summed = columns.filter((c) => {
    const v = cellAt(grid, total, c.col);
    return typeof v === 'number' || (isCellError(v) && v.error.startsWith('='));
  });
  if (!summed.length) return [];
  const out: Finding[] = [];
  columns.forEach((c, i) => {
    const score = years[i]!.score;
    if (!score || !isBlank(cellAt(grid, total, c.col))) return;
    // The formulas to copy: the nearest column before it that has them (last year's), else the first.
    const source = summed.filter((x) => x.col < c.col).pop() ?? summed[0]!;
    const [L, from] = [columnLetter(c.col), columnLetter(source.col)];
    out.push(
      makeFinding(
        'score-not-summed',
        { sheet: grid.name, row: total, col: c.col },
        {
          th: `ปี ${score.year}: มีคะแนนครบ 10 ตัวชี้วัด แต่แถวสรุปของคอลัมน์ ${L} ว่าง (ไม่มีสูตร) แผ่นงานจึงไม่แสดงคะแนนรวม ผ่านเกณฑ์ และระดับของปีนี้ คัดลอกสูตรในแถวสรุปจากคอลัมน์ ${from} มาที่คอลัมน์ ${L} (คะแนนรวมที่คำนวณได้คือ ${score.total.toFixed(2)})`,
          en: `${score.year}: all 10 indicator scores are there, but column ${L}'s summary rows are blank (no formulas), so the sheet shows no total, pass or level for the year; copy the summary formulas from column ${from} into column ${L} (the total computed here is ${score.total.toFixed(2)})`,
        },
        { value: String(score.year) },
      ),
    );
  });
  return out;
}

export function readScoreSheet(grid: SheetGrid, match: HeaderMatch, defaultYear: number): ScoreSheet {
  const findings: Finding[] = [];
  const indicatorCol = match.columns.find((m) => m.column.id === 'indicator')?.col ?? 1;
  const scoreCol = match.columns.find((m) => m.column.id === 'score')?.col;
  const header = grid.values[match.headerRow - 1] ?? [];
  // Score columns: the matched คะแนน column, or every header that is a Buddhist-era year.
  const columns: { col: number; year: number | null }[] = scoreCol
    ? [{ col: scoreCol, year: yearOfHeader(displayValue(header[scoreCol - 1] ?? null)) }]
    : [];
  header.forEach((v, i) => {
    const y = yearOfHeader(displayValue(v ?? null));
    if (y !== null && i + 1 !== scoreCol) columns.push({ col: i + 1, year: y });
  });
  const rowOf = new Map<number, number>();
  // The add-in's layout (a column per year, beside its tool column) has formulas that find indicators
  // by their number; a table typed by hand has none to miss them.
  const yearly = columns.some((c) => c.year !== null) && match.columns.some((m) => m.column.id === 'tool');
  // A CSV has no formulas and holds every number as text: nothing to say of how a number is stored.
  const storesNumbers = !grid.textOnly;
  for (let r = match.firstDataRow; r <= grid.values.length; r++) {
    const v = cellAt(grid, r, indicatorCol);
    const id = indicatorOf(v);
    if (id !== null && !rowOf.has(id)) rowOf.set(id, r);
    if (storesNumbers && yearly && id !== null && typeof v === 'string' && parseMoney(v).kind === 'ok')
      findings.push(indicatorAsText(grid.name, r, indicatorCol, id, v));
  }
  const years = columns.map(({ col, year }) => {
    const scores: number[] = [];
    /** Indicators with no row, or a blank cell, this year. */
    const missing: number[] = [];
    const typed: string[] = [];
    let filled = 0;
    for (let id = 1; id <= 10; id++) {
      const r = rowOf.get(id);
      const v = r === undefined ? null : cellAt(grid, r, col);
      typed.push(isBlank(v) ? '' : typeof v === 'number' ? String(v) : displayValue(v).trim());
      const m = parseMoney(v);
      if (m.kind === 'ok' && m.value >= 0 && m.value <= 100) {
        scores.push(m.value);
        filled++;
        // The sheet's formulas skip text: its score and level stay blank while this one counts.
        if (storesNumbers && typeof v === 'string')
          findings.push(scoreAsText(grid.name, r!, col, id, v, m.value, yearly));
      } else {
        if (r === undefined || isBlank(v)) missing.push(id);
        else
          findings.push(
            makeFinding(
              'not-a-number',
              { sheet: grid.name, row: r, col },
              {
                th: `แถว ${r}: คะแนนตัวชี้วัดที่ ${id} ต้องเป็นตัวเลข 0–100 แต่พบ "${displayValue(v)}"`,
                en: `Row ${r}: the score of indicator ${id} must be a number from 0 to 100, found "${displayValue(v)}"`,
              },
              { value: displayValue(v) },
            ),
          );
        scores.push(NaN);
      }
    }
    const y = year ?? defaultYear;
    // Ten scores of at most 1, not all 0 or 1: fractions (a cell formatted as a percentage holds 0.9
    // for 90%), which would make a score of 0.9 out of 100. Said per cell, with the score out of 100;
    // the year gets no score until they are.
    if (filled === 10 && scores.every((v) => v <= 1) && scores.some(looksLikeFraction)) {
      for (let id = 1; id <= 10; id++)
        findings.push(scoreAsFraction(grid.name, rowOf.get(id)!, col, id, scores[id - 1]!));
      return { year, filled, typed, score: null };
    }
    // One score between 0 and 1 among scores out of 100: no indicator scores under 1 in 100, so the
    // same fraction, said of that cell; the year gets no score until it is out of 100 too.
    const lone = scores.flatMap((v, i) => (looksLikeFraction(v) ? [i] : []));
    if (lone.length && scores.some((v) => v > 1)) {
      for (const i of lone) findings.push(scoreAsFraction(grid.name, rowOf.get(i + 1)!, col, i + 1, scores[i]!, true));
      return { year, filled, typed, score: null };
    }
    // Some of the year's scores but not all: no ITA score can be given, which is said, naming what is missing.
    if (filled > 0 && missing.length)
      findings.push(scoreIncomplete(grid.name, match.headerRow, col, y, missing, rowOf));
    return { year, filled, typed, score: filled === 10 ? itaScore(y, scores) : null };
  });
  if (yearly && storesNumbers) findings.push(...unsummedYears(grid, indicatorCol, rowOf, columns, years));
  // The latest year scored, wherever its column stands (newest first is as common as last).
  const latest = years.reduce<ItaScore | null>(
    (a, y) => (y.score && (!a || y.score.year >= a.year) ? y.score : a),
    null,
  );
  return { years, score: latest, rows: rowOf.size, findings };
}

/**
 * The ten scores of each year of an ITA score sheet as typed ('' where blank), years mistyped or part
 * filled too (which have no score, so no place in a check's history): what the pane shows for a year
 * picked. A column without a year is `defaultYear`'s; none for a sheet of no score table.
 */
export function typedScoreYears(grid: SheetGrid, defaultYear: number): ReadonlyMap<number, readonly string[]> {
  const template = getTemplate('ita-score');
  const match = template ? recogniseHeader(grid, [template]) : null;
  const out = new Map<number, readonly string[]>();
  if (!match) return out;
  // The first column of a year, as the check reads it.
  for (const y of readScoreSheet(grid, match, defaultYear).years)
    if (!out.has(y.year ?? defaultYear)) out.set(y.year ?? defaultYear, y.typed);
  return out;
}
