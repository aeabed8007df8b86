import { getFramework } from '../checklist/framework';
import { textTableLayout, type SheetLayout } from '../templates/layout';
import { countBySeverity, type Report } from './report';
import type { SheetReport } from './sheet';

const SEVERITY = {
  th: { error: 'ข้อผิดพลาด', warning: 'คำเตือน', info: 'ข้อสังเกต' },
  en: { error: 'error', warning: 'warning', info: 'info' },
} as const;

function layout(
  sheetName: string,
  title: string,
  headers: string[],
  widths: number[],
  rows: (string | number | null)[][],
): SheetLayout {
  return textTableLayout({
    templateId: 'report',
    sheetName,
    title,
    tableName: sheetName === 'สรุป' || sheetName === 'Summary' ? 'tbl_summary' : 'tbl_findings',
    columns: headers.map((header, i) => ({ header, width: widths[i] ?? 14 })),
    rows,
  });
}

/**
 * The checklist a file's completeness is told by: of its visible checklists (a hidden one is an old
 * copy), the latest year's (its framework, "oit-2567"); else any.
 */
function latestChecklist(sheets: readonly SheetReport[]): SheetReport['checklist'] {
  const lists = sheets.filter((s) => s.checklist);
  const shown = lists.filter((s) => !s.findings.some((f) => f.code === 'hidden-sheet'));
  // The framework's own year: its id need not hold it (a scheme's, "moit-2569", or one of two a year).
  const year = (s: SheetReport) => getFramework(s.checklist!.framework)?.year ?? 0;
  return [...(shown.length ? shown : lists)].sort((a, b) => year(b) - year(a))[0]?.checklist;
}

/** The batch report as two sheets: a summary per file and every finding. */
export function reportLayouts(report: Report, lang: 'th' | 'en'): SheetLayout[] {
  const th = lang === 'th';
  const summaryRows = report.files.map((f) => {
    // Counted as the JSON and the pane count them: past a code's limit too.
    const counts = countBySeverity(f.sheets.flatMap((s) => s.findings));
    const checklist = latestChecklist(f.sheets);
    return [
      f.file,
      f.sheets.length,
      f.sheets.reduce((n, s) => n + s.rows, 0),
      counts.errors,
      counts.warnings,
      counts.infos,
      checklist?.percent ?? null,
      f.error,
    ];
  });
  const findingRows = report.files.flatMap((f) =>
    f.sheets.flatMap((s) =>
      s.findings.map((x) => [f.file, s.name, x.cell, x.code, SEVERITY[lang][x.severity], x.message[lang]]),
    ),
  );
  return [
    layout(
      th ? 'สรุป' : 'Summary',
      th ? `สรุปผลการตรวจ ${report.summary.files} ไฟล์` : `Check summary, ${report.summary.files} file(s)`,
      th
        ? ['ไฟล์', 'แผ่นงาน', 'แถวข้อมูล', 'ข้อผิดพลาด', 'คำเตือน', 'ข้อสังเกต', 'ความครบถ้วน OIT (%)', 'อ่านไฟล์ไม่ได้']
        : ['File', 'Sheets', 'Data rows', 'Errors', 'Warnings', 'Info', 'OIT completeness (%)', 'Cannot read'],
      [50, 10, 12, 12, 12, 12, 18, 40],
      summaryRows,
    ),
    layout(
      th ? 'ผลการตรวจสอบ' : 'Findings',
      th ? 'รายการที่พบทั้งหมด' : 'Every finding',
      th
        ? ['ไฟล์', 'แผ่นงาน', 'เซลล์', 'รหัส', 'ระดับ', 'ข้อความ']
        : ['File', 'Sheet', 'Cell', 'Code', 'Severity', 'Message'],
      [40, 16, 8, 24, 12, 80],
      findingRows,
    ),
  ];
}
