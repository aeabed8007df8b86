import { parseArgs } from 'node:util';
import { buildSummaryLayout, summariseByMethod } from '../core/report/byMethod';
import { buildMonthlyLayout, monthlyView } from '../core/report/monthly';
import { listsResults, procurementData, type ProcurementData } from '../core/report/procurementData';
import { countedTwice, summarySources, type ListRole } from '../core/report/sources';
import { againstOtherSheets } from '../core/check/acrossSheets';
import { agencyKeyer } from '../core/check/oneAgency';
import { recogniseHeader } from '../core/sheet/header';
import { allTemplates } from '../core/templates/registry';
import { cellAt, displayValue } from '../core/cells/value';
import { firstFew, formatMoney } from '../core/text/format';
import { ExcelJsWorkbook } from '../workbook/file/exceljsWorkbook';
import { TEXT_TABLE_FILE } from '../workbook/port';
import { atMost, langOption, openOrSay, shellArg, UsageError, writeNew } from './common';
import type { Io } from './main';

/** A count as its money figures are written: 20,003. */
const k = (count: number) => count.toLocaleString('en-US');

/** "row 6" or "rows 6, 10", as the English words a list of rows. */
const rowsEn = (rows: readonly number[]) => `row${rows.length === 1 ? '' : 's'} ${firstFew(rows)}`;

/**
 * `summary` of a .csv (.tsv, .txt), which cannot hold the summary's sheets: one way forward, by what it
 * holds. An e-GP export is imported first; a form's list is saved as .xlsx, or summarised in the check's
 * report (import-egp has nothing to import from it).
 */
async function textTableSummary(input: string, th: boolean, io: Io): Promise<number> {
  const wb = await openOrSay(input, th, io);
  if (!wb) return 2;
  const template = recogniseHeader(await wb.readSheet(await wb.activeSheetName()), allTemplates())?.template;
  const why =
    template?.id === 'egp-contract'
      ? {
          th: `เป็นไฟล์ส่งออกจาก e-GP: นำเข้าเป็นสมุดงาน .xlsx ก่อนด้วย ita-check import-egp ${shellArg(input)} -o O16.xlsx แล้วสั่ง summary กับไฟล์ O16.xlsx`,
          en: `an e-GP export: import it into an .xlsx workbook first with ita-check import-egp ${shellArg(input)} -o O16.xlsx, then run summary on O16.xlsx`,
        }
      : template && listsResults(template)
        ? {
            th: `summary เขียนแผ่นงานสรุปลงในสำเนาของสมุดงาน .xlsx ซึ่งไฟล์ .csv เก็บไม่ได้: เปิดไฟล์ใน Excel หรือ LibreOffice แล้วบันทึกเป็น .xlsx จากนั้นสั่ง summary กับไฟล์ .xlsx นั้น หรือสั่ง ita-check --output REPORT.xlsx ${shellArg(input)} ซึ่งเขียนรายงานที่มีสรุปตามวิธีและรายเดือน`,
            en: `summary writes its sheets into a copy of an .xlsx workbook, which a .csv cannot hold: open the file in Excel or LibreOffice and save it as .xlsx, then run summary on that; or run ita-check --output REPORT.xlsx ${shellArg(input)}, whose report holds the summaries by method and by month`,
          }
        : { th: 'ไม่พบตารางจัดซื้อจัดจ้างที่มีข้อมูล', en: 'no procurement table with data rows' };
  io.err(`ita-check: ${input}: ${th ? why.th : why.en}\n`);
  return 2;
}

/**
 * `ita-check summary PROCUREMENT.xlsx -o SUMMARY.xlsx`: a copy of the workbook with the O17 summary
 * by method (formulas over its procurement sheets, so it follows later edits) and the monthly view.
 */
export async function summaryCommand(args: string[], io: Io): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      output: { type: 'string', short: 'o' },
      sheet: { type: 'string', multiple: true },
      force: { type: 'boolean' },
      lang: { type: 'string', default: 'th' },
    },
  });
  const th = langOption(values.lang) === 'th';
  atMost(positionals, 1);
  const input = positionals[0];
  if (!input || !values.output)
    throw new UsageError(
      'ระบุสมุดงานจัดซื้อจัดจ้างและไฟล์ที่จะเขียน: summary PROCUREMENT.xlsx -o SUMMARY.xlsx',
      'give the procurement workbook and the file to write: summary PROCUREMENT.xlsx -o SUMMARY.xlsx',
    );
  if (TEXT_TABLE_FILE.test(input)) return textTableSummary(input, th, io);
  if (!/\.xls[xm]$/i.test(input))
    throw new UsageError(
      'summary ใช้กับสมุดงาน .xlsx: เปิดไฟล์ใน Excel หรือ LibreOffice แล้วบันทึกเป็น .xlsx ก่อน',
      'summary needs an .xlsx workbook: open the file in Excel or LibreOffice and save it as .xlsx first',
    );
  const wb = await openOrSay(input, th, io);
  if (!wb) return 2;
  if (!(wb instanceof ExcelJsWorkbook))
    throw new UsageError('summary ใช้กับสมุดงาน .xlsx', 'summary needs an .xlsx workbook');
  const names = await wb.sheetNames();
  for (const s of values.sheet ?? [])
    if (!names.includes(s)) throw new UsageError(`ไม่มีแผ่นงาน "${s}" ใน ${input}`, `no sheet "${s}" in ${input}`);
  const read: ProcurementData[] = [];
  const plans: string[] = [];
  const exports: { sheet: string; agencies: number }[] = [];
  // A sheet named twice is read once: its procurements would be counted twice.
  for (const name of new Set(values.sheet ?? names)) {
    const grid = await wb.readSheet(name);
    // Hidden sheets (old copies) are left out unless named with --sheet.
    if (grid.hidden && !values.sheet) continue;
    const data = procurementData(grid);
    if (data && data.rows.length) read.push(data);
    // e-GP's export holds every agency's contracts: an O17 of them all would be no agency's.
    const agency = data?.match.template.importOnly && data.match.columns.find((m) => m.column.id === 'agency');
    if (data && agency) {
      const agencyOf = agencyKeyer();
      const names = new Set(data.rows.map((p) => agencyOf(displayValue(cellAt(grid, p.row, agency.col)))));
      names.delete('');
      if (names.size > 1) exports.push({ sheet: name, agencies: names.size });
    } else if (!data && recogniseHeader(grid, allTemplates())?.template.rowsArePlans) plans.push(name);
  }
  // Each contract once (sources.ts); sheets named with --sheet are the user's choice, all counted.
  const { used, left } = values.sheet ? { used: read, left: [] } : summarySources(read);
  // One fiscal year's summary: the year most rows are of (the latest of equals); a sheet of another
  // (next year's October, added at the end of the year's file) is left out, and said.
  const rowsOf = new Map<number, number>();
  for (const d of used)
    if (d.fiscalYear !== null) rowsOf.set(d.fiscalYear, (rowsOf.get(d.fiscalYear) ?? 0) + d.rows.length);
  const year = [...rowsOf].sort((a, b) => b[1] - a[1] || b[0] - a[0])[0]?.[0];
  const otherYears = values.sheet ? [] : used.filter((d) => d.fiscalYear !== null && d.fiscalYear !== year);
  const sheets = used.filter((d) => !otherYears.includes(d));
  const yearNote = otherYears.length
    ? th
      ? `ไม่นับแผ่นงาน ${otherYears.map((d) => `"${d.sheet}" (ปีงบประมาณ ${d.fiscalYear})`).join(', ')} เพราะสรุปนี้เป็นของปีงบประมาณ ${year}: สรุปปีอื่นด้วย --sheet`
      : `Left out: ${otherYears.map((d) => `"${d.sheet}" (fiscal year ${d.fiscalYear})`).join(', ')}, as this summary is of fiscal year ${year}; summarise another year with --sheet`
    : null;
  const why = (role: ListRole) =>
    role === 'o16'
      ? { th: 'ส่วนหนึ่งของ O17', en: 'a part of O17' }
      : role === 'month'
        ? { th: 'รายการเดียวกันรายเดือน', en: 'the same contracts month by month' }
        : role === 'export'
          ? { th: 'รายการเดียวกันจาก e-GP', en: "the same contracts as e-GP's export" }
          : { th: 'รายการซ้ำกับแผ่นงานอื่น', en: 'the same contracts as another sheet' };
  // The sheets left out, a group per reason: "O16" (a part of O17); "สขร.1 ต.ค. 66", … (the same contracts …).
  const groups = [...new Set(left.map((l) => l.role))].map((role) => ({
    sheets: left
      .filter((l) => l.role === role)
      .map((l) => `"${l.sheet}"`)
      .join(', '),
    why: why(role),
  }));
  const leftNote = left.length
    ? th
      ? `ไม่นับแผ่นงาน ${groups.map((g) => `${g.sheets} (${g.why.th})`).join('; ')} เพื่อไม่ให้นับสัญญาซ้ำ: เลือกแผ่นงานเองได้ด้วย --sheet`
      : `Left out, so that no contract is counted twice: ${groups.map((g) => `${g.sheets} (${g.why.en})`).join('; ')}; choose the sheets with --sheet`
    : null;
  // O14 is the year's plan: said, so that a summary without it (or no summary) is understood.
  const planNote = plans.length
    ? th
      ? `แผ่นงาน ${plans.map((n) => `"${n}"`).join(', ')} เป็นแผนการจัดซื้อจัดจ้าง (O14) จึงไม่นับในสรุปผล (O17 นับจากผลการจัดซื้อจัดจ้าง เช่น O16)`
      : `sheet ${plans.map((n) => `"${n}"`).join(', ')}: the procurement plan (O14), left out of the summary of results (O17 counts results, as in O16)`
    : null;
  if (!sheets.length) {
    io.err(`ita-check: ${input}: ${th ? 'ไม่พบตารางจัดซื้อจัดจ้างที่มีข้อมูล' : 'no procurement table with data rows'}\n`);
    if (planNote) io.err(`${planNote}\n`);
    return 2;
  }
  const several = exports.find((x) => sheets.some((d) => d.sheet === x.sheet));
  if (several) {
    const again = `ita-check import-egp ${shellArg(input)} -o O16.xlsx`;
    io.err(
      th
        ? `ita-check: ${input}: แผ่นงาน "${several.sheet}" เป็นไฟล์ส่งออกจาก e-GP ที่มีข้อมูลของ ${k(several.agencies)} หน่วยงาน แต่สรุป O17 เป็นของหน่วยงานเดียว: กรองเฉพาะแถวของหน่วยงานของคุณ แล้วนำเข้าด้วย ${again} จากนั้นสั่ง summary กับไฟล์ O16.xlsx\n`
        : `ita-check: ${input}: sheet "${several.sheet}" is an e-GP export holding ${k(several.agencies)} agencies' contracts, but an O17 summary is one agency's: keep only your agency's rows, import them with ${again}, then run summary on O16.xlsx\n`,
    );
    return 2;
  }
  // Formulas never calculated (a file another program wrote, or a copy fixed here without Excel): every figure made from their rows would
  // be wrong, the monthly view's most of all (figures of the moment): refused, saying what to do.
  const uncalculated = sheets.flatMap((d) => d.uncalculated.map((cell) => `${d.sheet}!${cell}`));
  if (uncalculated.length) {
    const cells = firstFew(uncalculated);
    io.err(
      th
        ? `ita-check: ${input}: มี ${k(uncalculated.length)} เซลล์ที่เป็นสูตรที่ยังไม่ได้คำนวณ (${cells}) ไฟล์สร้างจากโปรแกรมอื่น หรือเป็นสำเนาที่เครื่องมือนี้แก้ไขแล้วยังไม่ได้เปิดใน Excel ยอดสรุปจะผิด เปิดไฟล์ใน Excel หรือ LibreOffice แล้วบันทึก จากนั้นสั่ง summary อีกครั้ง\n`
        : `ita-check: ${input}: ${k(uncalculated.length)} cell(s) hold formulas never calculated (${cells}); the file was written by another program, or is a copy this tool fixed that Excel has not opened since, and the summary's figures would be wrong. Open it in Excel or LibreOffice, save it, and run summary again\n`,
    );
    return 2;
  }
  const summarySheet = await wb.insertTemplate(buildSummaryLayout(sheets));
  const monthlySheet = await wb.insertTemplate(buildMonthlyLayout(monthlyView(sheets)));
  await writeNew(values.output, await wb.toBuffer(), values.force, input);

  const s = summariseByMethod(sheets);
  const from = sheets.map((d) => `"${d.sheet}"`).join(', ');
  const lines = [
    th
      ? `${values.output}: แผ่นงาน "${summarySheet}" และ "${monthlySheet}" จาก ${from}`
      : `${values.output}: sheets "${summarySheet}" and "${monthlySheet}" from ${from}`,
    ...[...s.lines, { method: th ? 'รวม' : 'Total', en: 'Total', ...s.total }].map(
      (l) =>
        `  ${th ? l.method : l.en}: ${k(l.count)} ${th ? 'รายการ' : 'item(s)'}, ${th ? 'งบประมาณ' : 'budget'} ${formatMoney(l.budget)}, ${th ? 'ราคาที่ตกลง' : 'agreed'} ${formatMoney(l.agreed)}`,
    ),
  ];
  const asText = sheets.reduce((n, d) => n + d.moneyAsText, 0);
  if (asText) {
    // What the O17 sheet's formulas leave out (its rows of a known method; the others are figures).
    let budget = 0;
    let agreed = 0;
    for (const d of sheets)
      for (const p of d.rows) {
        if (!p.method || p.genericMethodOnly) continue;
        if (d.textAmounts.budget.has(p.row)) budget += p.budget ?? 0;
        if (d.textAmounts.agreed.has(p.row)) agreed += p.agreedPrice ?? 0;
      }
    const shown = { budget: s.total.budget - budget, agreed: s.total.agreed - agreed };
    lines.push(
      th
        ? `คำเตือน: มีจำนวนเงิน ${k(asText)} เซลล์ที่เก็บเป็นข้อความหรือเลขไทย ซึ่งสูตรใน Excel ไม่นับ ยอดรวมข้างบนนับรวมไว้แล้ว แต่แผ่นงาน "${summarySheet}" จะแสดงงบประมาณ ${formatMoney(shown.budget)} และราคาที่ตกลง ${formatMoney(shown.agreed)} จนกว่าจะแก้เป็นตัวเลข (ในบานหน้าต่างของ add-in: ตรวจสอบ แล้วแก้ทั้งกลุ่ม หรือพิมพ์ใหม่เป็นตัวเลข)`
        : `Warning: ${k(asText)} money cell(s) hold text or Thai digits, which Excel's formulas skip: the totals above count them, but sheet "${summarySheet}" will show a budget of ${formatMoney(shown.budget)} and agreed ${formatMoney(shown.agreed)} until they are numbers (fix them in the add-in's pane, Check tab, a group at a time, or type them again as numbers)`,
    );
  }
  const errors = sheets.reduce((n, d) => n + d.moneyErrors, 0);
  if (errors)
    lines.push(
      th
        ? `คำเตือน: มีจำนวนเงิน ${k(errors)} เซลล์ที่เป็นค่าผิดพลาดของ Excel (#N/A …) ยอดรวมในไฟล์ Excel จะแสดงเป็นค่าผิดพลาดนั้น แก้ก่อน`
        : `Warning: ${k(errors)} money cell(s) hold an Excel error (#N/A …); the workbook's totals will show that error. Fix them first.`,
    );
  if (leftNote) lines.push(leftNote);
  // A sheet left out for most of its rows being on one counted (a month's sheet beside an O21 compiled
  // from the months) takes its other rows with it: the formulas cannot sum part of a sheet, so it is said.
  for (const l of left)
    if (l.lacking && !otherYears.some((d) => d.sheet === l.holder))
      lines.push(
        th
          ? `คำเตือน: แผ่นงาน "${l.sheet}" มี ${k(l.lacking)} รายการที่ไม่มีในแผ่นงานที่นับ${l.holder ? ` (รายการอื่นของแผ่นงานนี้อยู่ใน "${l.holder}")` : ''} สรุปนี้จึงขาด ${k(l.lacking)} รายการนั้น: เพิ่มรายการเหล่านั้นใน${l.holder ? ` "${l.holder}"` : 'แผ่นงานที่นับ'} หรือเลือกแผ่นงานเองด้วย --sheet`
          : `Warning: sheet "${l.sheet}" holds ${k(l.lacking)} row(s) that no sheet counted holds${l.holder ? ` (its others are on "${l.holder}")` : ''}, so this summary lacks them: add them to ${l.holder ? `"${l.holder}"` : 'the sheet counted'}, or choose the sheets with --sheet`,
      );
  if (yearNote) lines.push(yearNote);
  // Rows of another year left in a sheet of this one (last year's file copied): the formulas over whole
  // sheets count them, and the check's date-out-of-year on each row is not seen from here.
  const otherRows = sheets.filter((d) => d.otherYearRows.length);
  if (otherRows.length) {
    const n = otherRows.reduce((k, d) => k + d.otherYearRows.length, 0);
    const where = otherRows
      .map((d) => {
        const rows = firstFew(d.otherYearRows);
        const year = d.fiscalYear === null ? '' : th ? ` ปีงบประมาณ ${d.fiscalYear}` : `, fiscal year ${d.fiscalYear}`;
        return th ? `แผ่นงาน "${d.sheet}"${year}: แถว ${rows}` : `sheet "${d.sheet}"${year}: ${rowsEn(d.otherYearRows)}`;
      })
      .join('; ');
    lines.push(
      th
        ? `คำเตือน: มี ${k(n)} รายการที่ไม่อยู่ในปีงบประมาณของแผ่นงาน (${where}) สรุปนี้นับรวมไว้ด้วย: แก้วันที่ที่พิมพ์ผิด หรือลบแถวของปีอื่นออก แล้วสั่ง summary อีกครั้ง`
        : `Warning: ${k(n)} row(s) fall outside their sheet's fiscal year (${where}), and this summary counts them: correct a mistyped date, or delete the other year's rows, and run summary again`,
    );
  }
  // A row typed twice on one sheet (pasted again): the check says duplicate-row; the sums count it twice.
  const copied = sheets.filter((d) => d.copiedRows.length);
  if (copied.length) {
    const n = copied.reduce((k, d) => k + d.copiedRows.length, 0);
    const where = copied
      .map((d) =>
        th ? `แผ่นงาน "${d.sheet}": แถว ${firstFew(d.copiedRows)}` : `sheet "${d.sheet}": ${rowsEn(d.copiedRows)}`,
      )
      .join('; ');
    lines.push(
      th
        ? `คำเตือน: มี ${k(n)} แถวที่ซ้ำกับแถวอื่นในแผ่นงานเดียวกันทุกคอลัมน์ (${where}) สรุปนี้จึงนับรายการเหล่านั้นสองครั้ง จนกว่าจะลบแถวที่ซ้ำออก`
        : `Warning: ${k(n)} row(s) repeat another row of their sheet in every column (${where}), so this summary counts them twice until the copies are deleted`,
    );
  }
  // Rows on two of the sheets summed (a month's rows left on next month's sheet) are counted twice by
  // the formulas over whole sheets: how many said first, then each row where the check finds it.
  const both = countedTwice(sheets);
  if (both)
    lines.push(
      th
        ? `คำเตือน: มี ${k(both)} รายการที่อยู่ในสองแผ่นงานที่นับ สรุปนี้จึงนับรายการเหล่านั้นสองครั้ง จนกว่าจะลบสำเนาออกจากแผ่นงานหนึ่ง`
        : `Warning: ${k(both)} row(s) are on two of the sheets counted, so this summary counts them twice until the copy is deleted from one`,
    );
  const twice = sheets.flatMap((d) => againstOtherSheets(d, sheets).filter((f) => f.code === 'listed-in-two-months'));
  for (const f of twice)
    lines.push(
      th
        ? `คำเตือน: แผ่นงาน "${f.sheet}" ${f.message.th} (สรุปนี้นับสองครั้ง)`
        : `Warning: sheet "${f.sheet}", ${f.message.en} (counted twice in this summary)`,
    );
  // A form that lists only the largest (2568: the 100 with the largest budget) at its limit may not
  // hold the whole year, while O17's summary counts every procurement.
  for (const d of sheets) {
    const max = d.match.template.maxRows;
    // Over the limit, the sheet holds more than the form's largest: all counted, nothing to say here
    // (the check says rows-over-limit).
    if (max !== undefined && d.rows.length === max)
      lines.push(
        th
          ? `หมายเหตุ: แผ่นงาน "${d.sheet}" มี ${k(max)} รายการ ซึ่งแบบนี้ใช้แสดง ${k(max)} รายการที่มีวงเงินสูงสุด สรุปนี้จึงอาจไม่ครบทั้งปี: สรุปจากรายการทั้งหมด (เช่น O17 หรือไฟล์ e-GP ที่นำเข้าโดยไม่ใช้ --top)`
          : `Note: sheet "${d.sheet}" holds ${k(max)} rows, which this form uses for the ${k(max)} with the largest budget, so this summary may not cover the whole year: summarise from all the procurements (O17, or the e-GP export imported without --top)`,
      );
  }
  if (planNote) lines.push(planNote);
  const facts = wb.facts;
  if (facts?.lostByRewrite) {
    // What this file holds that the copy loses, named (a dropdown lost unsaid goes unnoticed until used).
    const lost = [
      [facts.hasDrawings, 'แผนภูมิหรือรูปภาพ', 'charts or pictures'],
      [facts.hasPivots, 'ตาราง Pivot', 'pivot tables'],
      [facts.hasExtensions, 'การจัดรูปแบบตามเงื่อนไขที่อ้างแผ่นงานอื่น', 'conditional formats citing other sheets'],
      [facts.hasMacros, 'มาโคร', 'macros'],
      [facts.hasThreads, 'ความคิดเห็นแบบเธรด', 'comment threads'],
      [facts.hasLinksOrControls, 'ลิงก์ไปยังไฟล์อื่นหรือปุ่มควบคุม', 'links to other workbooks or form controls'],
    ].filter(([has]) => has) as [boolean, string, string][];
    lines.push(
      th
        ? `หมายเหตุ: ${lost.map((l) => l[1]).join(', ')} ที่มีอยู่ในไฟล์ ไม่ถูกคัดลอกไปยังไฟล์ใหม่: เพิ่มกลับในไฟล์ใหม่ หรือคัดลอกแผ่นงานสรุปไปไว้ในไฟล์เดิม`
        : `Note: the ${lost.map((l) => l[2]).join(', ')} in the file are not carried into the copy: add them again there, or copy the summary sheets into your own file.`,
    );
  }
  io.out(lines.join('\n') + '\n');
  return 0;
}
