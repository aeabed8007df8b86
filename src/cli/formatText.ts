import type { FileReport, Report } from '../core/check/report';
import { getFramework } from '../core/checklist/framework';
import type { ChecklistScore as Checklist } from '../core/checklist/score';
import { excellentBeside, type ItaScore as Score } from '../core/score/ita';

const pct = (n: number | null) => (n === null ? '-' : `${n.toFixed(2)}%`);
/** A count as the money figures are written: 1,250. */
const n = (x: number) => x.toLocaleString('en-US');

export type Lang = 'th' | 'en';

/** The assessment year of a checklist's framework. */
const yearOf = (c: Checklist) => getFramework(c.framework)?.year ?? '-';

/** The items not yet complete, the first eight named (a new checklist has them all). */
const listed = (codes: readonly string[], more: (k: number) => string) =>
  codes.length > 8 ? `${codes.slice(0, 8).join(', ')} ${more(codes.length - 8)}` : codes.join(', ');

const L = {
  th: {
    sheet: 'แผ่นงาน',
    template: 'แบบ',
    fit: 'ตรงแบบ',
    header: 'หัวตารางแถว',
    rows: 'แถวข้อมูล',
    none: 'ไม่พบปัญหา',
    unknown: 'ไม่รู้จักแบบฟอร์ม',
    own: 'แผ่นงานที่ add-in สร้าง (ไม่ได้ตรวจ)',
    cannot: 'อ่านไฟล์ไม่ได้',
    severity: { error: 'ข้อผิดพลาด', warning: 'คำเตือน', info: 'ข้อสังเกต' },
    checklist: (c: Checklist) =>
      `ความครบถ้วน OIT ปี ${yearOf(c)} ${pct(c.percent)} (ครบ ${c.itemsDone} จาก ${c.items} ข้อ${c.itemsNotApplicable ? ` ไม่เกี่ยวข้อง ${c.itemsNotApplicable} ข้อ` : ''}) คะแนน OIT ที่คาดว่าจะได้ ${c.projected.oit ?? '-'}${c.missing.length ? `; ยังไม่ครบ ${listed(c.missing, (k) => `และอีก ${k} ข้อ`)}` : ''}`,
    // A letter band (2561–2565) says pass or not beside it; a level that is a word of passing says it itself.
    score: (x: Score) =>
      `คะแนน ITA ปี ${x.year}: ${x.total.toFixed(2)} ${x.level}${/ผ่าน/.test(x.level) ? '' : ` (${x.pass ? 'ผ่าน' : 'ไม่ผ่าน'})`}${excellentBeside(x) ? ' ระดับดีเยี่ยม (95 คะแนนขึ้นไป)' : ''}`,
    total: (s: Report['summary']) =>
      `รวม ${n(s.files)} ไฟล์: ข้อผิดพลาด ${n(s.errors)}, คำเตือน ${n(s.warnings)}, ข้อสังเกต ${n(s.infos)}`,
  },
  en: {
    sheet: 'Sheet',
    template: 'form',
    fit: 'fit',
    header: 'header row',
    rows: 'data rows',
    none: 'no findings',
    unknown: 'form not recognised',
    own: "the add-in's own sheet (not checked)",
    cannot: 'cannot read',
    severity: { error: 'error', warning: 'warning', info: 'info' },
    checklist: (c: Checklist) =>
      `OIT ${yearOf(c)} complete ${pct(c.percent)} (${c.itemsDone} of ${c.items} items${c.itemsNotApplicable ? `, ${c.itemsNotApplicable} not applicable` : ''}), projected OIT score ${c.projected.oit ?? '-'}${c.missing.length ? `; not yet complete: ${listed(c.missing, (k) => `and ${k} more`)}` : ''}`,
    score: (x: Score) =>
      `ITA ${x.year}: ${x.total.toFixed(2)} ${x.levelEn}${/pass/i.test(x.levelEn) ? '' : ` (${x.pass ? 'pass' : 'below the pass mark'})`}${excellentBeside(x) ? ', excellent (95 or more)' : ''}`,
    total: (s: Report['summary']) =>
      `Total ${n(s.files)} file(s): ${n(s.errors)} error(s), ${n(s.warnings)} warning(s), ${n(s.infos)} info`,
  },
} as const;

/** Columns a text takes on a terminal: Thai combining marks take none. */
function width(s: string): number {
  return s.replace(/[\u0E31\u0E34-\u0E3A\u0E47-\u0E4E]/g, '').length;
}

function pad(s: string, n: number): string {
  return s + ' '.repeat(Math.max(0, n - width(s)));
}

export function formatFile(f: FileReport, lang: Lang): string {
  const t = L[lang];
  const lines = [f.file];
  if (f.error) {
    lines.push(`  ${t.cannot}: ${f.error}`);
    return lines.join('\n');
  }
  for (const s of f.sheets) {
    const what =
      s.kind === 'report'
        ? t.own
        : s.template
          ? `${t.template} ${s.template} (${t.fit} ${Math.round((s.confidence ?? 0) * 100)}%), ${t.header} ${s.headerRow}, ${s.rows} ${t.rows}`
          : t.unknown;
    lines.push(`  ${t.sheet} "${s.name}": ${what}`);
    // The figures a checklist or a score sheet is kept for, not only its findings.
    if (s.checklist) lines.push(`    ${t.checklist(s.checklist)}`);
    if (s.score) lines.push(`    ${t.score(s.score)}`);
    if (s.findings.length === 0) {
      lines.push(`    ${t.none}`);
      continue;
    }
    const cellW = Math.max(4, ...s.findings.map((x) => x.cell.length));
    const codeW = Math.max(4, ...s.findings.map((x) => x.code.length));
    const sevW = Math.max(...Object.values(t.severity).map(width));
    for (const x of s.findings) {
      lines.push(
        `    ${pad(x.cell, cellW)}  ${pad(t.severity[x.severity], sevW)}  ${pad(x.code, codeW)}  ${x.message[lang]}`,
      );
    }
  }
  return lines.join('\n');
}

export function formatText(report: Report, lang: Lang): string {
  return [...report.files.map((f) => formatFile(f, lang)), '', L[lang].total(report.summary)].join('\n') + '\n';
}
