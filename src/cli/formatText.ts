import type { FileReport, Report } from '../core/check/report';

export type Lang = 'th' | 'en';

const L = {
  th: {
    sheet: 'แผ่นงาน',
    template: 'แบบ',
    fit: 'ตรงแบบ',
    header: 'หัวตารางแถว',
    rows: 'แถวข้อมูล',
    none: 'ไม่พบปัญหา',
    unknown: 'ไม่รู้จักแบบฟอร์ม',
    cannot: 'อ่านไฟล์ไม่ได้',
    total: (s: Report['summary']) =>
      `รวม ${s.files} ไฟล์: ข้อผิดพลาด ${s.errors}, คำเตือน ${s.warnings}, ข้อสังเกต ${s.infos}`,
  },
  en: {
    sheet: 'Sheet',
    template: 'form',
    fit: 'fit',
    header: 'header row',
    rows: 'data rows',
    none: 'no findings',
    unknown: 'form not recognised',
    cannot: 'cannot read',
    total: (s: Report['summary']) =>
      `Total ${s.files} file(s): ${s.errors} error(s), ${s.warnings} warning(s), ${s.infos} info`,
  },
} as const;

function pad(s: string, n: number): string {
  // Thai combining marks take no column on a terminal.
  const width = s.replace(/[\u0E31\u0E34-\u0E3A\u0E47-\u0E4E]/g, '').length;
  return s + ' '.repeat(Math.max(0, n - width));
}

export function formatFile(f: FileReport, lang: Lang): string {
  const t = L[lang];
  const lines = [f.file];
  if (f.error) {
    lines.push(`  ${t.cannot}: ${f.error}`);
    return lines.join('\n');
  }
  for (const s of f.sheets) {
    const what = s.template
      ? `${t.template} ${s.template} (${t.fit} ${Math.round((s.confidence ?? 0) * 100)}%), ${t.header} ${s.headerRow}, ${s.rows} ${t.rows}`
      : t.unknown;
    lines.push(`  ${t.sheet} "${s.name}": ${what}`);
    if (s.findings.length === 0) {
      lines.push(`    ${t.none}`);
      continue;
    }
    const cellW = Math.max(4, ...s.findings.map((x) => x.cell.length));
    const codeW = Math.max(4, ...s.findings.map((x) => x.code.length));
    for (const x of s.findings) {
      lines.push(`    ${pad(x.cell, cellW)}  ${pad(x.severity, 7)}  ${pad(x.code, codeW)}  ${x.message[lang]}`);
    }
  }
  return lines.join('\n');
}

export function formatText(report: Report, lang: Lang): string {
  return [...report.files.map((f) => formatFile(f, lang)), '', L[lang].total(report.summary)].join('\n') + '\n';
}
