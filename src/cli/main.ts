import { parseArgs } from 'node:util';
import { buildReport, type FileReport, type Report } from '../core/check/report';
import { checkFile } from './checkFile';
import { compareAcrossFiles, type FileLists } from './acrossFiles';
import { CannotRead } from './openFile';
import { collectFiles } from './files';
import { formatText, type Lang } from './formatText';
import { readFile, stat } from 'node:fs/promises';
import { basename, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { ProcurementData } from '../core/report/procurementData';
import { eachContractOnce } from '../core/report/sources';
import {
  REPORT_KEYWORD,
  UsageError,
  importCommand,
  scoreCommand,
  templateCommand,
  writeReportWorkbook,
} from './commands';
import { importTargets } from '../core/import/egp';
import { Zip } from '../workbook/file/xlsx/zip';
import { langOption, realPath, sameFile } from './common';
import { summaryCommand } from './summary';

// The forms an export can go into, as the data holds them (a year's new form is listed with no code change).
const IMPORT_FORMS = importTargets()
  .map((t) => t.id)
  .join('|');

const COMMAND_LINES = `ita-check [--format text|json] [--lang th|en] [--output REPORT.xlsx [--force]] FILE_OR_DIR...
       ita-check template [ID -o FILE.xlsx [--year 2569] [--force]]
       ita-check score --year 2567 --indicators S1,S2,...,S10
       ita-check import-egp EXPORT.csv|.xlsx -o OUT.xlsx [--template ${IMPORT_FORMS}] [--top 100] [--force]
       ita-check summary PROCUREMENT.xlsx -o SUMMARY.xlsx [--sheet NAME] [--force]`;

/** How to use the CLI, in Thai (the default) and in English (--lang en). */
export const USAGE: Record<Lang, string> = {
  // "วิธีใช้: " takes six columns (its vowel and tone marks take none): the command lines stay aligned.
  th: `วิธีใช้: ${COMMAND_LINES.replaceAll('\n       ', '\n      ')}

ตรวจทุกไฟล์ .xlsx, .xlsm, .csv, .tsv และ .txt ที่ระบุ (โฟลเดอร์: ทุกไฟล์เหล่านี้ยกเว้น .txt):
ตารางจัดซื้อจัดจ้าง แบบตรวจ OIT ตารางคะแนน ITA และรายงานมาตรการ;
--output เขียนสรุปตามวิธีจัดซื้อจัดจ้างและรายเดือนลงสมุดงานด้วย
"template" แสดงรายการแม่แบบ หรือเขียนแม่แบบลงไฟล์ใหม่ (ita-score: --year ปีสุดท้ายของตาราง; measures: ปีงบประมาณของมาตรการ
ค่าเริ่มต้นคือปีที่กำลังประเมิน);
"score" คำนวณคะแนน ITA จากคะแนนตัวชี้วัดทั้ง 10 ตัว;
"import-egp" นำข้อมูลสัญญาจาก e-GP ลงแบบตาราง (--template ค่าเริ่มต้นคือแบบของปีงบประมาณของข้อมูล);
"summary" เขียนสำเนาสมุดงานจัดซื้อจัดจ้างพร้อมสรุปตามวิธีจัดซื้อจัดจ้าง (O17: สูตรอ้างอิงแผ่นงานจัดซื้อจัดจ้าง)
และสรุปรายเดือน แต่ละส่วนมีแผนภูมิ
รหัสสถานะเมื่อจบ: 0 ไม่พบข้อผิดพลาด, 1 พบข้อผิดพลาดระดับ error, 2 ใช้คำสั่งไม่ถูกต้องหรืออ่านไฟล์ไม่ได้
(template, score, import-egp และ summary: 0 เมื่อทำสำเร็จ ข้อผิดพลาดในแผ่นงานที่นำเข้าบอกไว้ในผลลัพธ์)`,
  en: `Usage: ${COMMAND_LINES}

Checks every .xlsx, .xlsm, .csv, .tsv or .txt file given (directories are walked, .txt left out):
procurement tables, OIT checklists, ITA score sheets and measures reports; --output also writes the
summaries by method and by month.
"template" lists the templates or writes one to a new file (ita-score: --year is the sheet's last year;
measures: the fiscal year of the measures; by default the assessment under way); "score" computes the
ITA score from the ten indicator scores; "import-egp" puts an e-GP export into a form (--template: by
default the form of the export's fiscal year);
"summary" writes a copy of a procurement workbook with the O17 summary by method (formulas over the
procurement sheets) and the monthly view, each with a chart.
Exit status: 0 no errors, 1 findings of severity error, 2 usage error or a file that cannot be read
(template, score, import-egp and summary: 0 when done; the errors of a sheet imported are told in the output).`,
};

/** The language asked for on the command line (read before the options are parsed: a usage error needs it). */
function langOf(argv: readonly string[]): Lang {
  const at = argv.indexOf('--lang');
  const value = at >= 0 ? argv[at + 1] : argv.find((a) => a.startsWith('--lang='))?.slice('--lang='.length);
  return value === 'en' ? 'en' : 'th';
}

/** An option given no value ("--year --force"): Node says so in three lines of its own. */
function missingValue(e: Error): string | null {
  if (!/argument missing|argument is ambiguous/.test(e.message)) return null;
  return (/'([^']+)'/.exec(e.message)?.[1] ?? '').replace(/ <value>$/, '').replace(/^-\w, /, '');
}

/** Node's own words for a command line it cannot parse, in Thai. */
function parseErrorTh(e: Error & { code?: string }): string {
  const quoted = /'([^']+)'/.exec(e.message)?.[1] ?? '';
  if (e.code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') return `ไม่รู้จักตัวเลือก ${quoted}`;
  if (e.code === 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL') return `คำสั่งนี้ไม่รับ ${quoted}`;
  const option = missingValue(e);
  if (option !== null) return `ตัวเลือก ${option} ต้องตามด้วยค่า`;
  return `ตัวเลือกไม่ถูกต้อง (${e.message})`;
}

/** The same in English, in one line. */
function parseErrorEn(e: Error & { code?: string }): string {
  const quoted = /'([^']+)'/.exec(e.message)?.[1] ?? '';
  if (e.code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') return `unknown option ${quoted}`;
  const option = missingValue(e);
  return option !== null ? `option ${option} needs a value` : e.message;
}

export interface Io {
  out: (s: string) => void;
  err: (s: string) => void;
}

const stdio: Io = {
  out: (s) => process.stdout.write(s),
  err: (s) => process.stderr.write(s),
};

async function runCheck(args: string[], io: Io): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      format: { type: 'string', default: 'text' },
      lang: { type: 'string', default: 'th' },
      output: { type: 'string', short: 'o' },
      force: { type: 'boolean' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) {
    io.out(USAGE[langOf(args)] + '\n');
    return 0;
  }
  if (values.format !== 'text' && values.format !== 'json')
    throw new UsageError(
      `ไม่รู้จัก --format ${values.format} (ใช้ text หรือ json)`,
      `unknown --format ${values.format} (use text or json)`,
    );
  const lang = langOption(values.lang);
  if (positionals.length === 0) throw new UsageError('ไม่ได้ระบุไฟล์หรือโฟลเดอร์ที่จะตรวจ', 'no file or directory given');

  const collected = await collectFiles(positionals);
  const { missing, skipped, unreadable } = collected;
  let { files } = collected;
  for (const s of skipped) io.err(`ita-check: ${s}: ${skipReason(s, lang)}\n`);
  // In the JSON too: a program reading it learns what was not read, as a user reading stderr does.
  const json = (report: Report) =>
    JSON.stringify(
      skipped.length
        ? { ...report, skipped: skipped.map((file) => ({ file, reason: skipReason(file, lang) })) }
        : report,
      null,
      2,
    ) + '\n';
  if (!files.length && !missing.length && !unreadable.length) {
    io.err(
      lang === 'th'
        ? 'ita-check: ไม่พบไฟล์ .xlsx หรือ .csv ที่จะตรวจ\n'
        : 'ita-check: no .xlsx or .csv file found to check\n',
    );
    if (values.format === 'json') io.out(json(buildReport([])));
    return 2;
  }
  if (values.output) {
    if (!/\.xlsx$/i.test(values.output))
      throw new UsageError(
        '--output เขียนสมุดงาน .xlsx: ตั้งชื่อไฟล์ลงท้ายด้วย .xlsx',
        '--output writes an .xlsx workbook: name it .xlsx',
      );
    // A link to an input, or another name of it, is that input.
    const output = await realPath(values.output);
    const isInput = await Promise.all([...positionals, ...files].map((p) => sameFile(p, output)));
    const found = await stat(output).catch(() => null);
    if (found?.isDirectory())
      throw new UsageError(
        `--output ${values.output} เป็นโฟลเดอร์: ระบุชื่อไฟล์รายงาน เช่น ${join(values.output, 'REPORT.xlsx')}`,
        `--output ${values.output} is a folder; name the report file, e.g. ${join(values.output, 'REPORT.xlsx')}`,
      );
    const exists = found !== null;
    // Last run's report (found again in a folder being checked, or named again) is replaced, not
    // checked; any other workbook is the user's and is never written over without --force.
    const ours = exists && (await isReportWorkbook(output));
    if (isInput.includes(true) && !ours)
      throw new UsageError(
        '--output จะเขียนทับไฟล์ที่กำลังตรวจ: ตั้งชื่ออื่น',
        '--output would overwrite one of the files being checked',
      );
    if (exists && !ours && !values.force)
      throw new UsageError(
        `มีไฟล์ ${values.output} อยู่แล้ว และไม่ใช่รายงานของ ita-check: ตั้งชื่ออื่น หรือเพิ่ม --force เพื่อเขียนทับ`,
        `${values.output} exists and is not a report of ita-check; choose another name or add --force`,
      );
    const kept = await Promise.all(files.map(async (f) => ((await sameFile(f, output)) ? null : f)));
    files = kept.filter((f): f is string => f !== null);
  }
  const notFound = lang === 'th' ? 'ไม่พบไฟล์' : 'file not found';
  const denied = lang === 'th' ? 'ไม่มีสิทธิ์อ่านโฟลเดอร์' : 'permission denied (folder)';
  const reports: FileReport[] = [
    ...missing.map((file) => ({ file, error: notFound, errorCode: 'not-found', sheets: [] })),
    ...unreadable.map((file) => ({ file, error: denied, errorCode: 'permission-denied', sheets: [] })),
  ];
  const procurement: ProcurementData[] | undefined = values.output ? [] : undefined;
  const across: FileLists[] = [];
  for (const file of files) reports.push(await checkFile(file, lang, procurement, across));
  compareAcrossFiles(across, files);
  // In the order given: a program pairing its inputs with the report's files finds each in its place.
  const rank = new Map(collected.order.map((p, i) => [p, i]));
  reports.sort((a, b) => (rank.get(a.file) ?? 0) - (rank.get(b.file) ?? 0));
  const report = buildReport(reports);

  for (const f of report.files) if (f.error) io.err(`ita-check: ${f.file}: ${f.error}\n`);
  if (values.format === 'json') io.out(json(report));
  else io.out(formatText(report, lang));
  // Written after the findings are shown, so that a report that cannot be written loses none of them;
  // not at all when no file could be checked.
  if (values.output && report.files.some((f) => !f.error)) {
    // Each file's lists are each contract once; across files (O16 and O17 kept apart, as published)
    // a row another file holds is left out too: by the row, not the list's name, as the files may be
    // several agencies'.
    const once = eachContractOnce(procurement!);
    const written = await writeReportWorkbook(report, lang, values.output, once).then(
      () => null,
      (e: unknown) => (e as { code?: string }).code ?? (e as Error).message ?? String(e),
    );
    if (written !== null) {
      const why =
        written === 'ENOENT' || written === 'ENOTDIR'
          ? { th: 'ไม่มีโฟลเดอร์นั้น', en: 'no such folder' }
          : written === 'EACCES' || written === 'EPERM' || written === 'EROFS'
            ? { th: 'ไม่มีสิทธิ์เขียนในโฟลเดอร์นั้น', en: 'the folder is not writable' }
            : {
                th: `${written} ตรวจว่ามีโฟลเดอร์นั้นและมีสิทธิ์เขียน`,
                en: `${written}; check that the folder exists and is writable`,
              };
      io.err(
        lang === 'th'
          ? `ita-check: เขียนไฟล์รายงาน ${values.output} ไม่ได้: ${why.th}\n`
          : `ita-check: cannot write the report ${values.output}: ${why.en}\n`,
      );
      return 2;
    }
    // Said as the other commands say what they wrote; the JSON stays one object.
    if (values.format !== 'json')
      io.out(
        lang === 'th'
          ? `เขียนรายงานพร้อมสรุปตามวิธีและรายเดือนลง ${values.output} แล้ว\n`
          : `Report with the summaries by method and by month written to ${values.output}\n`,
      );
  }

  if (report.files.some((f) => f.error)) return 2;
  return report.summary.errors > 0 ? 1 : 0;
}

/** Why a file found was not read. */
function skipReason(path: string, lang: Lang): string {
  const name = basename(path);
  if (name.startsWith('~$'))
    return lang === 'th' ? 'ข้าม (ไฟล์ล็อกของ Excel ขณะเปิดงาน)' : "skipped (Excel's lock file of an open workbook)";
  if (name.startsWith('._'))
    return lang === 'th' ? 'ข้าม (ไฟล์ข้อมูลแฝงของ macOS)' : 'skipped (a macOS resource fork, not a workbook)';
  return lang === 'th'
    ? 'ข้าม (ไม่ใช่ .xlsx: เปิดใน Excel แล้วบันทึกเป็น .xlsx)'
    : 'skipped (not .xlsx: open it in Excel and save it as .xlsx)';
}

/**
 * A workbook this command wrote with --output, told by the keyword it writes in the document's
 * properties: sheet names such as "Summary" and "Findings" are a user's too.
 */
async function isReportWorkbook(path: string): Promise<boolean> {
  try {
    const core = await new Zip(new Uint8Array(await readFile(path))).text('docProps/core.xml');
    return new RegExp(`<(\\w+:)?keywords>${REPORT_KEYWORD}</`).test(core ?? '');
  } catch {
    return false;
  }
}

const COMMANDS = {
  template: templateCommand,
  score: scoreCommand,
  'import-egp': importCommand,
  summary: summaryCommand,
} as const;

/** Options that take a value: the word after one is its value, not a command or a file. */
const VALUED = new Set([
  '--format',
  '--lang',
  '--output',
  '-o',
  '--template',
  '--top',
  '--sheet',
  '--year',
  '--indicators',
]);

/** Where the command is: the first word that is neither an option nor an option's value, if it names one. */
function commandAt(argv: readonly string[]): number {
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (VALUED.has(a)) i++;
    else if (!a.startsWith('-')) return Object.hasOwn(COMMANDS, a) ? i : -1;
  }
  return -1;
}

/** The whole CLI; returns the exit status instead of exiting, so tests can call it. */
export async function main(argv: string[], io: Io = stdio): Promise<number> {
  try {
    // A command may follow options meant for it ("ita-check --lang en template …").
    const at = commandAt(argv);
    // "ita-check template --help" asks for the same usage as "ita-check --help".
    if (at >= 0 && (argv.includes('--help') || argv.includes('-h'))) {
      io.out(USAGE[langOf(argv)] + '\n');
      return 0;
    }
    if (at >= 0)
      return await COMMANDS[argv[at] as keyof typeof COMMANDS]([...argv.slice(0, at), ...argv.slice(at + 1)], io);
    return await runCheck(argv, io);
  } catch (e) {
    const lang = langOf(argv);
    if (e instanceof UsageError || (e as { code?: string }).code?.startsWith('ERR_PARSE_ARGS')) {
      const said =
        e instanceof UsageError
          ? lang === 'th'
            ? e.th
            : e.message
          : lang === 'th'
            ? parseErrorTh(e as Error)
            : parseErrorEn(e as Error);
      io.err(`ita-check: ${said}\n${USAGE[lang]}\n`);
      return 2;
    }
    // A file found unusable part way (a sheet name the copy's writer refuses): said in the user's language.
    const said = e instanceof CannotRead ? e.why[lang] : ((e as Error).message ?? String(e));
    io.err(`ita-check: ${said}\n`);
    return 2;
  }
}

/**
 * Run as a program: the exit status set, and a reader that stops early (`| head`) ends the run
 * quietly instead of with a stack trace.
 */
export async function run(argv: string[]): Promise<void> {
  process.stdout.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code !== 'EPIPE') throw e;
    process.exit(process.exitCode ?? 0);
  });
  process.exitCode = await main(argv);
}

// The bundle run directly (node dist/cli/ita-check.mjs) works as bin/ita-check.mjs does.
if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href)
  void run(process.argv.slice(2));
