import { textTableLayout, type SheetLayout } from '../templates/layout';
import type { Finding } from './types';

export const FINDINGS_SHEET = 'ผลการตรวจสอบ';

const SEVERITY_TH = { error: 'ข้อผิดพลาด', warning: 'คำเตือน', info: 'ข้อสังเกต' } as const;

/** A formula that takes the reader to the cell (works in every Excel and in LibreOffice). */
export function linkFormula(sheet: string, cell: string): string {
  const target = `#'${sheet.replace(/'/g, "''")}'!${cell}`;
  return `HYPERLINK("${target.replace(/"/g, '""')}","${cell}")`;
}

/** The findings as a sheet: one row per finding with a link to its cell. */
export function buildFindingsLayout(findings: readonly Finding[], title: string): SheetLayout {
  const headers = ['แผ่นงาน', 'เซลล์', 'ระดับ', 'รหัส', 'ข้อความ', 'ค่าที่พบ', 'ค่าที่แนะนำ'];
  const widths = [16, 8, 12, 24, 70, 20, 20];
  return textTableLayout({
    templateId: 'findings',
    sheetName: FINDINGS_SHEET,
    title,
    tableName: 'tbl_findings',
    // What was typed and what is suggested stay as typed (no 67019524001 turned into a number).
    columns: headers.map((header, i) => ({ header, width: widths[i]!, asText: i === 5 || i === 6 })),
    rows: findings.map((f) => [
      f.sheet,
      { f: linkFormula(f.sheet, f.cell) },
      SEVERITY_TH[f.severity],
      f.code,
      f.message.th,
      f.value ?? null,
      f.suggestion?.display ?? null,
    ]),
  });
}
