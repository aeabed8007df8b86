import { parseArgs } from 'node:util';
import { buildReport, type FileReport } from '../core/check/report';
import { checkFile } from './checkFile';
import { openWorkbook } from './openFile';
import { collectFiles } from './files';
import { formatText, type Lang } from './formatText';
import { resolve } from 'node:path';
import type { ProcurementData } from '../core/report/procurementData';
import { UsageError, importCommand, scoreCommand, templateCommand, writeReportWorkbook } from './commands';
import { summaryCommand } from './summary';

export const USAGE = `Usage: ita-check [--format text|json] [--lang th|en] [--output REPORT.xlsx] FILE_OR_DIR...
       ita-check template [ID -o FILE.xlsx [--force]]
       ita-check score --year 2567 --indicators S1,S2,...,S10
       ita-check import-egp EXPORT.csv|.xlsx -o OUT.xlsx [--template ita2567-o16|ita2568-procurement] [--top 100]
       ita-check summary PROCUREMENT.xlsx -o SUMMARY.xlsx [--sheet NAME] [--force]

Checks every .xlsx or .csv file given (directories are walked): procurement tables, OIT checklists,
ITA score sheets and measures reports; --output also writes the summaries by method and by month.
"template" lists the templates or writes one to a new file; "score" computes the ITA score from the
ten indicator scores; "summary" writes a copy of a procurement workbook with the O17 summary by method
(formulas over the procurement sheets) and the monthly view, each with a chart.
Exit status: 0 no errors, 1 findings of severity error, 2 usage error or a file that cannot be read.`;

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
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) {
    io.out(USAGE + '\n');
    return 0;
  }
  if (values.format !== 'text' && values.format !== 'json') throw new UsageError(`unknown --format ${values.format}`);
  if (values.lang !== 'th' && values.lang !== 'en') throw new UsageError(`unknown --lang ${values.lang}`);
  if (positionals.length === 0) throw new UsageError('no file or directory given');

  const lang = values.lang as Lang;
  const collected = await collectFiles(positionals);
  const { missing } = collected;
  let { files } = collected;
  if (values.output) {
    const output = resolve(values.output);
    if (positionals.some((p) => resolve(p) === output))
      throw new UsageError('--output would overwrite one of the files being checked');
    // Last run's report, found again in a folder being checked, is replaced, not checked; any other
    // workbook there is the user's and is never written over.
    if (files.some((f) => resolve(f) === output)) {
      if (!(await isReportWorkbook(output)))
        throw new UsageError('--output would overwrite one of the files being checked');
      files = files.filter((f) => resolve(f) !== output);
    }
  }
  const notFound = lang === 'th' ? 'ไม่พบไฟล์' : 'file not found';
  const reports: FileReport[] = missing.map((file) => ({ file, error: notFound, sheets: [] }));
  const procurement: ProcurementData[] | undefined = values.output ? [] : undefined;
  for (const file of files) reports.push(await checkFile(file, lang, procurement));
  const report = buildReport(reports);

  for (const f of report.files) if (f.error) io.err(`ita-check: ${f.file}: ${f.error}\n`);
  if (values.format === 'json') io.out(JSON.stringify(report, null, 2) + '\n');
  else io.out(formatText(report, lang));
  // Written after the findings are shown, so that a report that cannot be written loses none of them.
  if (values.output) {
    const written = await writeReportWorkbook(report, lang, values.output, procurement).then(
      () => null,
      (e: unknown) => (e as { code?: string }).code ?? (e as Error).message ?? String(e),
    );
    if (written !== null) {
      io.err(
        lang === 'th'
          ? `ita-check: เขียนไฟล์รายงาน ${values.output} ไม่ได้ (${written}) ตรวจว่ามีโฟลเดอร์นั้นและมีสิทธิ์เขียน\n`
          : `ita-check: cannot write the report ${values.output} (${written}); check that the folder exists and is writable\n`,
      );
      return 2;
    }
  }

  if (report.files.some((f) => f.error)) return 2;
  return report.summary.errors > 0 ? 1 : 0;
}

/** A workbook this command wrote with --output: its first sheets are the summary and the findings. */
async function isReportWorkbook(path: string): Promise<boolean> {
  try {
    const names = (await (await openWorkbook(path)).sheetNames()).slice(0, 2).join('|');
    return names === 'สรุป|ผลการตรวจสอบ' || names === 'Summary|Findings';
  } catch {
    return false;
  }
}

/** The whole CLI; returns the exit status instead of exiting, so tests can call it. */
export async function main(argv: string[], io: Io = stdio): Promise<number> {
  try {
    if (argv[0] === 'template') return await templateCommand(argv.slice(1), io);
    if (argv[0] === 'score') return await scoreCommand(argv.slice(1), io);
    if (argv[0] === 'import-egp') return await importCommand(argv.slice(1), io);
    if (argv[0] === 'summary') return await summaryCommand(argv.slice(1), io);
    return await runCheck(argv, io);
  } catch (e) {
    if (e instanceof UsageError || (e as { code?: string }).code?.startsWith('ERR_PARSE_ARGS')) {
      io.err(`ita-check: ${(e as Error).message}\n${USAGE}\n`);
      return 2;
    }
    io.err(`ita-check: ${(e as Error).message ?? String(e)}\n`);
    return 2;
  }
}
