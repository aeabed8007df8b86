import { columnLetter } from '../cells/address';
import {
  DEFAULT_BODY_ROWS,
  THAI_FONT,
  tableNameFor,
  type LayoutBlock,
  type LayoutCell,
  type SheetLayout,
} from '../templates/layout';
import type { Framework } from './framework';
import { STATUS_WORDS } from './status';

/** The checklist's columns, as the issue names them. */
export const CHECKLIST_HEADERS = [
  'ข้อ',
  'ข้อมูล',
  'องค์ประกอบ',
  'ผู้รับผิดชอบ',
  'สถานะ',
  'ตำแหน่งข้อมูลบนเว็บไซต์ (URL)',
  'หมายเหตุ',
] as const;

/** The column, after the others, of how an item is to be done (วิธีดำเนินการ, as seed 004 heads it). */
const METHOD_HEADER = 'วิธีดำเนินการ';
const WIDTHS = [7, 30, 60, 24, 20, 40, 20, 50];
/**
 * The summary blocks' column: J, clear of the table. They stand under every row the formulas count,
 * not beside the table: deleting a component's whole row (Ctrl+-, the row's own menu) would take a
 * summary row with it, dropping an item from the totals or breaking them with #REF!.
 */
const SUMMARY_COL = 10;
const HEADER_ROW = 3;
const PERCENT = '0.00';

/**
 * An OIT checklist as a sheet: one row per component under its item, a status dropdown, and the
 * completeness scores as live formulas (per item, sub-indicator, indicator, overall, and the projected
 * OIT score), so they stay right while people edit the file without the add-in.
 */
export function buildChecklistLayout(f: Framework): SheetLayout {
  // How each item is to be done (seed 004 gives it for 2567), where the framework says: after the
  // columns the formulas and the check read, so that they keep their places in every year's sheet.
  const withMethod = f.items.some((it) => it.method);
  const headers = withMethod ? [...CHECKLIST_HEADERS, METHOD_HEADER] : CHECKLIST_HEADERS;
  const rows: (string | number | null)[][] = [];
  for (const it of f.items)
    for (const c of it.components)
      rows.push([
        it.code,
        it.title,
        c,
        it.responsible || null,
        null,
        null,
        null,
        ...(withMethod ? [it.method || null] : []),
      ]);
  const first = HEADER_ROW + 1;
  // The summary's top row: spare rows under the table, then one blank row.
  const blockTop = HEADER_ROW + rows.length + DEFAULT_BODY_ROWS + 2;
  // Formulas cover the spare rows and that blank row too, so a component typed on any row above the
  // summary counts, as the add-in counts it.
  const last = blockTop - 1;
  const A = `$A$${first}:$A$${last}`;
  const E = `$E$${first}:$E$${last}`;

  const c = (v: LayoutCell['v'], extra: Partial<LayoutCell> = {}): LayoutCell => ({ v, ...extra });
  const fx = (formula: string, numberFormat?: string): LayoutCell => ({
    f: formula,
    ...(numberFormat ? { numberFormat } : {}),
  });

  // Per item: counts and scores.
  const itemTop = blockTop + 1;
  const L = (i: number) => columnLetter(SUMMARY_COL + i);
  const itemRows = f.items.map((it, k) => {
    const r = itemTop + k;
    const [code, comps, done, na] = [`$${L(0)}${r}`, `${L(4)}${r}`, `${L(5)}${r}`, `${L(6)}${r}`];
    // As the core counts (progressOf): an item with no rows has all its components still to do, and
    // one row stands for all of them.
    const parts = it.components.length;
    const rowsOf = `COUNTIFS(${A},${code})`;
    const each = `IF(${rowsOf}=1,${parts},1)`;
    return [
      c(it.code),
      c(it.title),
      c(it.indicator, { input: true }),
      // Numbers, as Excel would turn "9.1" typed by hand into 9.1 anyway.
      c(it.subIndicator === null ? null : Number(it.subIndicator), { input: true }),
      fx(`IF(${rowsOf}<2,${parts},${rowsOf})`),
      fx(`COUNTIFS(${A},${code},${E},"${STATUS_WORDS.done}")*${each}`),
      fx(`COUNTIFS(${A},${code},${E},"${STATUS_WORDS.notApplicable}")*${each}`),
      fx(`IF(${comps}-${na}=0,"",ROUND(${done}/(${comps}-${na})*100,2))`, PERCENT),
      fx(`IF(${comps}-${na}=0,"",IF(${done}=${comps}-${na},100,0))`),
    ];
  });
  const itemLast = itemTop + f.items.length - 1;
  const col = (i: number) => `$${L(i)}$${itemTop}:$${L(i)}$${itemLast}`;
  const itemsBlock: LayoutBlock = {
    top: blockTop,
    left: SUMMARY_COL,
    widths: [7, 30, 10, 12, 12, 14, 12, 12, 12],
    cells: [
      ['ข้อ', 'ข้อมูล', 'ตัวชี้วัด', 'ตัวชี้วัดย่อย', 'องค์ประกอบ', 'ดำเนินการแล้ว', 'ไม่เกี่ยวข้อง', 'ร้อยละ', 'คะแนน'].map((h) =>
        c(h, { head: true }),
      ),
      ...itemRows,
    ],
  };

  // Per indicator and sub-indicator, then overall and the projected OIT score.
  const groupTop = itemLast + 3;
  const group = (label: string, criterion: string, keyCol: number, r: number): LayoutCell[] => {
    const [need, done] = [`${L(1)}${r}`, `${L(2)}${r}`];
    const crit = `${col(keyCol)},${criterion}`;
    return [
      c(label),
      fx(`SUMIFS(${col(4)},${crit})-SUMIFS(${col(6)},${crit})`),
      fx(`SUMIFS(${col(5)},${crit})`),
      fx(`IF(${need}=0,"",ROUND(${done}/${need}*100,2))`, PERCENT),
      fx(`IFERROR(ROUND(AVERAGEIFS(${col(8)},${crit}),2),"")`, PERCENT),
    ];
  };
  const groupRows: LayoutCell[][] = [];
  const indicatorRows: number[] = [];
  for (const ind of f.indicators) {
    indicatorRows.push(groupTop + 1 + groupRows.length);
    groupRows.push(group(`ตัวชี้วัดที่ ${ind.id} ${ind.th}`, String(ind.id), 2, groupTop + 1 + groupRows.length));
    for (const sub of f.subIndicators.filter((s) => s.indicator === ind.id))
      groupRows.push(group(`  ${sub.id} ${sub.th}`, String(Number(sub.id)), 3, groupTop + 1 + groupRows.length));
  }
  const total = groupTop + 1 + groupRows.length;
  const scores = indicatorRows.map((r) => `${L(4)}${r}`).join(',');
  groupRows.push([
    c('รวมทุกข้อ', { bold: true }),
    fx(`SUM(${col(4)})-SUM(${col(6)})`),
    fx(`SUM(${col(5)})`),
    fx(`IF(${L(1)}${total}=0,"",ROUND(${L(2)}${total}/${L(1)}${total}*100,2))`, PERCENT),
    fx(`IFERROR(ROUND(AVERAGE(${scores}),2),"")`, PERCENT),
  ]);
  const groupsBlock: LayoutBlock = {
    top: groupTop,
    left: SUMMARY_COL,
    cells: [
      ['สรุป', 'องค์ประกอบที่ต้องเผยแพร่', 'ดำเนินการแล้ว', 'ร้อยละความครบถ้วน', 'คะแนน OIT คาดการณ์'].map((h) =>
        c(h, { head: true }),
      ),
      ...groupRows,
    ],
  };

  // The two figures people look for, above the table, and where the summary is.
  const headline: LayoutBlock = {
    top: HEADER_ROW - 1,
    left: 2,
    cells: [
      [
        c('ร้อยละความครบถ้วนรวม', { bold: true }),
        fx(`${L(3)}${total}`, PERCENT),
        c('คะแนน OIT คาดการณ์', { bold: true }),
        fx(`${L(4)}${total}`, PERCENT),
        // Where the summary is, kept right as rows above it are deleted or inserted.
        fx(`"สรุปรายข้อและรายตัวชี้วัด: คอลัมน์ ${L(0)} แถว "&ROW(${L(0)}${blockTop})&" ลงไป"`),
      ],
    ],
  };

  return {
    templateId: f.id,
    sheetName: `OIT ${f.year}`,
    title: `แบบตรวจการเปิดเผยข้อมูลสาธารณะ (OIT) ประจำปี พ.ศ. ${f.year}`,
    titleRow: 1,
    groupRow: null,
    groups: [],
    headerRow: HEADER_ROW,
    tableName: tableNameFor(f.id),
    bodyRows: rows.length,
    columns: headers.map((header, i) => ({
      header,
      width: WIDTHS[i]!,
      numberFormat: null,
      list: i === 4 ? [STATUS_WORDS.done, STATUS_WORDS.notDone, STATUS_WORDS.notApplicable] : null,
      strictList: true,
      hint: i === 5 ? { title: 'URL', text: 'ที่อยู่หน้าเว็บที่เผยแพร่ข้อมูล ขึ้นต้นด้วย https://' } : null,
      type: i === 4 ? ('list' as const) : ('text' as const),
    })),
    notes: [],
    font: THAI_FONT,
    rows,
    blocks: [itemsBlock, groupsBlock, headline],
    charts: [
      {
        type: 'bar',
        title: 'ร้อยละความครบถ้วน ตามตัวชี้วัดและตัวชี้วัดย่อย',
        categories: `${L(0)}${groupTop + 1}:${L(0)}${total - 1}`,
        series: [{ name: 'ร้อยละความครบถ้วน', values: `${L(3)}${groupTop + 1}:${L(3)}${total - 1}` }],
        // Beside the table, in sight: a chart is no row's and goes with none that is deleted.
        anchor: { col: SUMMARY_COL, row: HEADER_ROW, width: 8, height: Math.max(15, groupRows.length + 6) },
      },
    ],
  };
}
