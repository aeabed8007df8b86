import { writeFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { countBySeverity, type Report } from '../core/check/report';
import { reportLayouts } from '../core/check/reportLayout';
import { checkSheet } from '../core/check/sheet';
import { importEgp, importTargets, NotAnExport, type ImportResult } from '../core/import/egp';
import { MISDECODED } from '../core/check/sheet';
import { getTemplate } from '../core/templates/registry';
import { itaScore, looksLikeFraction } from '../core/score/ita';
import { assessmentYearOn, localDay } from '../core/score/years';
import { insertables, layoutFor } from '../core/templates/catalog';
import { round } from '../core/text/round';
import { thaiDigitsToArabic } from '../core/text/thai';
import { ExcelJsWorkbook } from '../workbook/file/exceljsWorkbook';
import type { WorkbookPort } from '../workbook/port';
import { summaryLayouts } from '../core/report/layouts';
import { listsResults, type ProcurementData } from '../core/report/procurementData';
import { atMost, langOption, openOrSay, UsageError, shellArg, withDashValues, writeNew } from './common';
import type { Io } from './main';

export { UsageError };

/**
 * `--output REPORT.xlsx`: a summary sheet per file, a sheet of every finding, and the summaries by
 * method and by month of every procurement sheet read.
 */
export async function writeReportWorkbook(
  report: Report,
  lang: 'th' | 'en',
  path: string,
  procurement: readonly ProcurementData[] = [],
): Promise<void> {
  const wb = await ExcelJsWorkbook.create();
  // What tells a later run that the file is its own report, to replace (see isReportWorkbook).
  (await wb.excel()).keywords = REPORT_KEYWORD;
  for (const layout of [...reportLayouts(report, lang), ...summaryLayouts(procurement)])
    await wb.insertTemplate(layout);
  await writeFile(path, await wb.toBuffer());
}

/** The keyword in a report workbook's document properties (docProps/core.xml). */
export const REPORT_KEYWORD = 'ita-check report';

/** `ita-check import-egp EXPORT -o OUT.xlsx`: the e-GP export mapped onto a procurement template. */
export async function importCommand(args: string[], io: Io): Promise<number> {
  const { values, positionals } = parseArgs({
    args: withDashValues(args, ['--top']),
    allowPositionals: true,
    options: {
      output: { type: 'string', short: 'o' },
      // None given: the form of the export's fiscal year (importTargetFor), as data picks it.
      template: { type: 'string' },
      top: { type: 'string' },
      force: { type: 'boolean' },
      lang: { type: 'string', default: 'th' },
    },
  });
  const th = langOption(values.lang) === 'th';
  atMost(positionals, 1);
  const input = positionals[0];
  if (!input || !values.output)
    throw new UsageError(
      'ระบุไฟล์ส่งออกจาก e-GP และไฟล์ที่จะเขียน: import-egp EXPORT.csv -o OUT.xlsx',
      'give the export and the file to write: import-egp EXPORT.csv -o OUT.xlsx',
    );
  const asked = values.template === undefined ? undefined : getTemplate(values.template);
  // Contracts go into a form of contracts: not the plan (O14) nor the summary by method.
  if (values.template !== undefined && (!asked || !listsResults(asked) || asked.importOnly)) {
    const ids = importTargets().map((t) => t.id);
    throw new UsageError(
      `--template ต้องเป็นแม่แบบตารางผลการจัดซื้อจัดจ้าง เช่น ${ids.join(', ')}`,
      `--template must be a procurement results template, e.g. ${ids.join(', ')}`,
    );
  }
  const top = values.top === undefined ? undefined : Number(thaiDigitsToArabic(values.top));
  if (top !== undefined && !(Number.isInteger(top) && top > 0))
    throw new UsageError(
      '--top ต้องเป็นจำนวนเต็มบวก เช่น --top 100',
      '--top must be a whole number above 0, e.g. --top 100',
    );
  const wb = await openOrSay(input, th, io);
  if (!wb) return 2;
  // The export on whichever sheet holds it, the sheet in front first (a cover sheet may come before it).
  const active = await wb.activeSheetName();
  const names = [active, ...(await wb.sheetNames()).filter((n) => n !== active)];
  let found;
  try {
    found = await firstExport(wb, names, asked?.id, top);
  } catch (e) {
    if (e instanceof NotAnExport) {
      // Already a form: what the officer can do with it instead, as commands to copy (a path with spaces quoted).
      const arg = shellArg(input);
      const form = e.form ? getTemplate(e.form) : undefined;
      // A checklist, score sheet or measures report has no summaries by method: checked as it is.
      const why =
        form && form.kind !== 'procurement'
          ? th
            ? `แผ่นงานนี้เป็น${form.title.th} ไม่ใช่ข้อมูลสัญญาจาก e-GP จึงไม่มีอะไรต้องนำเข้า ตรวจได้เลยด้วย ita-check ${arg}`
            : `not an e-GP export: the sheet is laid out as "${form.title.en}"; check it as it is with ita-check ${arg}`
          : e.form
            ? th
              ? `แผ่นงานนี้อยู่ในรูปแบบ ${e.form} อยู่แล้ว ไม่ใช่ข้อมูลสัญญาจาก e-GP จึงไม่มีอะไรต้องนำเข้า ตรวจได้เลยด้วย ita-check ${arg} หรือเขียนรายงานที่มีสรุปตามวิธีและรายเดือนด้วย ita-check --output REPORT.xlsx ${arg}`
              : `${e.message}; check it as it is with ita-check ${arg}, or write its summaries by method and by month with ita-check --output REPORT.xlsx ${arg}`
            : e.misdecoded
              ? MISDECODED[th ? 'th' : 'en']
              : th
                ? 'ไม่พบหัวตารางของข้อมูลสัญญา e-GP'
                : e.message;
      io.err(`ita-check: ${input}: ${why}\n`);
      return 2;
    }
    throw e;
  }
  const { result, sheet: read, others } = found;
  const template = getTemplate(result.template)!;
  if (result.rowsRead === 0) {
    io.err(
      `ita-check: ${input}: ${th ? 'ไฟล์ e-GP มีแต่หัวตาราง ไม่มีแถวข้อมูล' : 'the e-GP file has a header but no rows'}\n`,
    );
    return 2;
  }
  // The sheet read is named where there was a choice (a CSV is one sheet, named for its file).
  const from = names.length > 1 ? (th ? ` (แผ่นงาน "${read}")` : ` (sheet "${read}")`) : '';
  const quoted = others.map((n) => `"${n}"`);
  const out = await ExcelJsWorkbook.create();
  const sheet = await out.insertTemplate(result.layout);
  await writeNew(values.output, await out.toBuffer(), values.force, input);
  // Findings past a code's limit are counted too, as the check command counts them.
  const { errors } = countBySeverity(checkSheet(await out.readSheet(sheet)).findings);
  const lines = th
    ? [
        `${values.output}: แผ่นงาน "${sheet}" (${template.id}) ${result.rowsWritten} แถว จาก ${result.rowsRead} แถวในไฟล์ e-GP${from}`,
        `นำเข้าแล้ว: ${result.mapped.map((m) => `${m.column} ← ${m.from}`).join('; ')}`,
        result.missing.length
          ? `ไม่มีในไฟล์ e-GP (เว้นว่างไว้ให้กรอก): ${result.missing.map((m) => m.th).join('; ')}`
          : 'ทุกคอลัมน์มีข้อมูลจากไฟล์ e-GP',
        `ตรวจผลแล้ว: ข้อผิดพลาด ${errors.toLocaleString('en-US')} รายการ`,
        ...result.notes.map((n) => `หมายเหตุ: ${n.th}`),
        ...(others.length ? [`หมายเหตุ: แผ่นงาน ${quoted.join(', ')} มีข้อมูล e-GP ด้วย แต่ไม่ได้นำเข้า`] : []),
      ]
    : [
        `${values.output}: sheet "${sheet}" (${template.id}), ${result.rowsWritten} of ${result.rowsRead} rows of the e-GP file${from}`,
        `Imported: ${result.mapped.map((m) => `${m.en} <- ${m.from}`).join('; ')}`,
        result.missing.length
          ? `Not in the e-GP file (left empty to fill in): ${result.missing.map((m) => m.en).join('; ')}`
          : 'Every column came from the e-GP file',
        `Checked: ${errors.toLocaleString('en-US')} error(s)`,
        ...result.notes.map((n) => `Note: ${n.en}`),
        ...(others.length
          ? [
              quoted.length === 1
                ? `Note: sheet ${quoted[0]} also holds e-GP data, not imported`
                : `Note: sheets ${quoted.slice(0, -1).join(', ')} and ${quoted.at(-1)} also hold e-GP data, not imported`,
            ]
          : []),
      ];
  // A form that lists only its largest items (the 2568 layout's 100), by its data, whatever its year.
  const limit = template.maxRows;
  if (limit !== undefined && top === undefined && result.rowsWritten > limit)
    lines.push(
      th
        ? `มี ${result.rowsWritten} รายการ เกิน ${limit}: แบบ ${template.year ?? template.id} ให้แสดง ${limit} รายการที่มีวงเงินสูงสุด ใช้ --top ${limit}`
        : `${result.rowsWritten} rows, over ${limit}: the ${template.year ?? template.id} layout lists the ${limit} largest by budget; add --top ${limit}`,
    );
  io.out(lines.join('\n') + '\n');
  return 0;
}

/**
 * The export imported from the first of `names` that holds one with rows (else the first with none),
 * and the other sheets that hold one too; the first sheet's reason when none does.
 */
async function firstExport(
  wb: WorkbookPort,
  names: readonly string[],
  template: string | undefined,
  top?: number,
): Promise<{ result: ImportResult; sheet: string; others: string[] }> {
  let first: unknown = null;
  const found: { result: ImportResult; sheet: string }[] = [];
  for (const name of names) {
    try {
      found.push({ result: importEgp(await wb.readSheet(name), template, top), sheet: name });
    } catch (e) {
      if (!(e instanceof NotAnExport)) throw e;
      first ??= e;
    }
  }
  const chosen = found.find((f) => f.result.rowsRead > 0) ?? found[0];
  if (!chosen) throw first ?? new NotAnExport();
  const others = found.filter((f) => f !== chosen && f.result.rowsRead > 0).map((f) => f.sheet);
  return { ...chosen, others };
}

/** `ita-check template ID -o FILE.xlsx`: write a template as a new workbook (never over an existing file). */
export async function templateCommand(args: string[], io: Io): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      output: { type: 'string', short: 'o' },
      force: { type: 'boolean' },
      lang: { type: 'string', default: 'th' },
      year: { type: 'string' },
    },
  });
  const en = langOption(values.lang) === 'en';
  atMost(positionals, 1);
  const id = positionals[0];
  // The ITA score sheet runs to the year asked for, or to the assessment under way today; the
  // measures report is titled for it.
  if (values.year !== undefined && id !== 'ita-score' && id !== 'measures')
    throw new UsageError(
      '--year ใช้กับแม่แบบ ita-score และ measures เท่านั้น',
      '--year applies to the ita-score and measures templates only',
    );
  const scoreYear = values.year !== undefined ? beYear(values.year) : assessmentYearOn(localDay(new Date()));
  if (!id) {
    io.out(
      insertables(scoreYear)
        .map((t) => `${t.id.padEnd(22)} ${en ? t.title.en : t.title.th}`)
        .join('\n') + '\n',
    );
    return 0;
  }
  const layout = layoutFor(id, scoreYear);
  if (!layout)
    throw new UsageError(
      `ไม่มีแม่แบบ "${id}": สั่ง "ita-check template" เพื่อดูรายการแม่แบบ`,
      `no template "${id}"; run "ita-check template" to list them`,
    );
  if (!values.output) throw new UsageError('ระบุไฟล์ที่จะเขียนด้วย -o FILE.xlsx', 'give the file to write with -o FILE.xlsx');
  // A workbook named otherwise would not open as what its name says (and ita-check refuses it).
  if (!/\.xlsx$/i.test(values.output))
    throw new UsageError(
      'แม่แบบเป็นสมุดงาน Excel: ตั้งชื่อไฟล์ลงท้ายด้วย .xlsx',
      'a template is an Excel workbook: name it FILE.xlsx',
    );
  const wb = await ExcelJsWorkbook.create();
  const sheet = await wb.insertTemplate(layout);
  await writeNew(values.output, await wb.toBuffer(), values.force);
  io.out(`${values.output}: ${en ? 'sheet' : 'แผ่นงาน'} "${sheet}" (${id})\n`);
  return 0;
}

/** The assessment year of a --year option (BE, Thai digits too). */
function beYear(value: string): number {
  const year = Number(thaiDigitsToArabic(value));
  if (!Number.isInteger(year) || year < 2550 || year > 2700)
    throw new UsageError(
      'ระบุปีที่ประเมินเป็น พ.ศ. 2550–2700 เช่น --year 2567',
      'give the assessment year in BE, from 2550 to 2700, e.g. --year 2567',
    );
  return year;
}

/** `ita-check score --year 2567 --indicators 97.90,...`: the ITA score as JSON. */
export async function scoreCommand(args: string[], io: Io): Promise<number> {
  const { values } = parseArgs({
    args: withDashValues(args, ['--indicators']),
    // --lang is taken as every command takes it: the JSON has both languages' level names.
    // --format json is taken as the check takes it, the output being JSON already.
    options: {
      year: { type: 'string' },
      indicators: { type: 'string' },
      lang: { type: 'string' },
      format: { type: 'string' },
    },
  });
  langOption(values.lang);
  if (values.format !== undefined && values.format !== 'json')
    throw new UsageError(
      'score เขียนผลเป็น JSON: ใช้ --format json หรือไม่ต้องระบุ',
      'score writes JSON: give --format json or none',
    );
  const year = beYear(values.year ?? '');
  // Plain decimals only: not a blank between commas (Number('') is 0), nor 0x10 or 1e2.
  const scores = (values.indicators ?? '')
    .split(',')
    .map((s) => thaiDigitsToArabic(s.trim()))
    .map((s) => (/^\d+(\.\d+)?$/.test(s) ? Number(s) : NaN));
  if (scores.length !== 10 || scores.some((s) => !Number.isFinite(s) || s < 0 || s > 100))
    throw new UsageError(
      'ระบุคะแนนตัวชี้วัดที่ 1–10 ครบ 10 ค่า ค่าละ 0–100 คั่นด้วยจุลภาค เช่น --indicators 97.90,97.90,...',
      'give the ten indicator scores 1–10, each 0–100, e.g. --indicators 97.90,97.90,...',
    );
  // A fraction (0.83 for 83 %) would give a score near 0 and level F, with no sign of why.
  const fractions = scores.flatMap((v, i) => (looksLikeFraction(v) ? [i + 1] : []));
  if (fractions.length) {
    const ids = fractions.join(', ');
    const seen = scores[fractions[0]! - 1]!;
    throw new UsageError(
      `คะแนนตัวชี้วัดเต็ม 100 แต่คะแนนตัวชี้วัดที่ ${ids} ต่ำกว่า 1 จึงน่าจะเป็นสัดส่วน เช่น ${seen} ควรเป็น ${round(seen * 100)}`,
      fractions.length > 1
        ? `indicator scores are out of 100, but indicators ${ids} are under 1, so they look like fractions: ${seen} should be ${round(seen * 100)}`
        : `indicator scores are out of 100, but indicator ${ids} is under 1, so it looks like a fraction: ${seen} should be ${round(seen * 100)}`,
    );
  }
  io.out(JSON.stringify(itaScore(year, scores), null, 2) + '\n');
  return 0;
}
