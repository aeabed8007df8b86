import { textTableLayout, type SheetLayout } from '../templates/layout';
import { fixText, seenText } from './fixes';
import type { Finding } from './types';

/** The sheet's name, headers and severities in each language of the pane. */
const WORDS = {
  th: {
    sheet: 'ผลการตรวจสอบ',
    headers: ['แผ่นงาน', 'เซลล์', 'ระดับ', 'รหัส', 'ข้อความ', 'ค่าที่พบ', 'ค่าที่แนะนำ'],
    severity: { error: 'ข้อผิดพลาด', warning: 'คำเตือน', info: 'ข้อสังเกต' },
  },
  en: {
    sheet: 'Findings',
    headers: ['Sheet', 'Cell', 'Severity', 'Code', 'Message', 'Value seen', 'Suggested value'],
    severity: { error: 'Error', warning: 'Warning', info: 'Information' },
  },
} as const;

export const FINDINGS_SHEET = WORDS.th.sheet;

/** Whether a sheet's name is one a findings sheet of this add-in takes ("ผลการตรวจสอบ", "Findings (2)"). */
export function isFindingsSheetName(name: string): boolean {
  return new RegExp(`^(${WORDS.th.sheet}|${WORDS.en.sheet})( \\(\\d+\\))?$`).test(name);
}

/** A formula that takes the reader to the cell (works in every Excel and in LibreOffice). */
export function linkFormula(sheet: string, cell: string): string {
  const target = `#'${sheet.replace(/'/g, "''")}'!${cell}`;
  return `HYPERLINK("${target.replace(/"/g, '""')}","${cell}")`;
}

/** The findings as a sheet, in the pane's language: one row per finding with a link to its cell. */
export function buildFindingsLayout(
  findings: readonly Finding[],
  title: string,
  lang: 'th' | 'en' = 'th',
): SheetLayout {
  const words = WORDS[lang];
  const widths = [16, 8, 12, 24, 70, 20, 20];
  return textTableLayout({
    templateId: 'findings',
    sheetName: words.sheet,
    title,
    tableName: 'tbl_findings',
    // What was typed and what is suggested stay as typed (no 67019524001 turned into a number).
    columns: words.headers.map((header, i) => ({ header, width: widths[i]!, asText: i === 5 || i === 6 })),
    rows: findings.map((f) => [
      f.sheet,
      { f: linkFormula(f.sheet, f.cell) },
      words.severity[f.severity],
      f.code,
      f.message[lang],
      // A date cell as the pane's note quotes it (9/1/2567 for a BE year typed into a date), not as an ISO day.
      f.value === undefined ? null : seenText(f.value, f.code),
      // As the pane's button says it: "67019524006 | 67019524006" would read as no change.
      f.suggestion ? fixText(f.code, f.suggestion, lang) : null,
    ]),
  });
}
