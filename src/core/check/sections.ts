import { isFilledText, textAbove, type CellValue, type SheetGrid } from '../cells/value';
import { makeFinding } from '../findings/make';
import type { Finding } from '../findings/types';
import type { HeaderMatch } from '../sheet/header';
import { isFooterText } from '../sheet/rows';
import { collapseSpaces, foldForMatch } from '../text/thai';

/** How many rows under its heading a section's text is looked for. */
const SECTION_ROWS = 6;
/** A heading is short; a longer text holding the words is something written, not a heading. */
const HEADING_LENGTH = 80;

/**
 * The sections a form asks for under its table (O17: problems and suggestions, DOMAIN §3.1; seed
 * 004's O17 (๓)): one the sheet lacks, and one whose heading has nothing written beside or under it.
 * A sheet may not hold all that is published, so these are warnings. `tableEnd`: the table's last row.
 */
export function sectionFindings(grid: SheetGrid, match: HeaderMatch, tableEnd: number): Finding[] {
  const sections = match.template.notes ?? [];
  if (!sections.length) return [];
  const labels = sections.map((s) => [s.label.th, ...(s.variants ?? [])].map(foldForMatch));
  const found: ({ row: number; col: number; text: string; rank: number } | null)[] = sections.map(() => null);
  for (let r = match.headerRow + 1; r <= grid.values.length; r++) {
    const row = grid.values[r - 1] ?? [];
    row.forEach((v, i) => {
      if (!isFilledText(v)) return;
      // A long cell is a heading only before a colon or line break, its answer after ("ปัญหา/อุปสรรค : เจ้าหน้าที่…").
      const head = v.length > HEADING_LENGTH ? /^[^:\n]*/.exec(v)![0] : v;
      if (head.length > HEADING_LENGTH) return;
      // "(๓) ปัญหา/อุปสรรค", and both in one heading: "ปัญหา/อุปสรรคและข้อเสนอแนะ".
      const f = foldForMatch(head);
      labels.forEach((ls, k) => {
        if (!ls.some((l) => f.includes(l))) return;
        const rank = headingRank(/^[^:\n]*/.exec(v)![0], ls, labels.flat());
        if (!found[k] || rank < found[k]!.rank) found[k] = { row: r, col: i + 1, text: v, rank };
      });
    });
  }
  const headingRows = new Set(found.flatMap((h) => (h ? [h.row] : [])));
  // The item the sheet says it is ("O22 …", ITA 2566's annual report, laid out as O17's summary), else the form's.
  const named = /\bO\s?(\d{2})\b/i.exec(`${grid.name} ${textAbove(grid, match.headerRow)}`)?.[1];
  const form = named ? `O${named}` : (match.template.forms?.[0] ?? match.template.id);
  const out: Finding[] = [];
  sections.forEach((s, k) => {
    const at = found[k];
    const label = s.label;
    if (!at)
      out.push(
        makeFinding(
          'missing-section',
          { sheet: grid.name, row: tableEnd, col: 1 },
          {
            th: `ไม่พบหัวข้อ «${label.th}» ใต้ตาราง (ตารางจบที่แถว ${tableEnd}): ${form} ต้องมี${label.th} เพิ่มหัวข้อนี้ใต้ตารางแล้วเขียนให้ครบ (ถ้าไม่มี ให้เขียนว่า "ไม่มี")`,
            en: `No «${label.en}» section under the table (which ends at row ${tableEnd}): ${form} asks for it; add it under the table and fill it in (write "none" if there were none)`,
          },
          // The section named, so that one written under the list beside the summary can be told.
          { value: label.th },
        ),
      );
    else if (!writtenAt(grid, at, headingRows))
      out.push(
        makeFinding(
          'empty-section',
          { sheet: grid.name, row: boxRow(grid, at), col: at.col },
          {
            th: `หัวข้อ «${label.th}» (แถว ${at.row}) ยังไม่ได้เขียน: ${form} ต้องมี${label.th} เขียนไว้ใต้หัวข้อ (ถ้าไม่มี ให้เขียนว่า "ไม่มี")`,
            en: `The «${label.en}» section (row ${at.row}) is empty: ${form} asks for it; write it under the heading (write "none" if there were none)`,
          },
        ),
      );
  });
  return out;
}

/**
 * How much a cell naming a section looks like its heading (lower is more), as an answer may name a
 * section too ("ไม่มีข้อเสนอแนะ", "…ตามข้อเสนอแนะของ สตง." under ปัญหา/อุปสรรค): 0, only the headings' words
 * and numbers ("(๒) ข้อเสนอแนะ", "ปัญหา/อุปสรรคและข้อเสนอแนะ", "หัวข้อที่ 3 ปัญหา/อุปสรรค"); 1, opening with
 * the section's name, or a lead-in it closes after "และ" or "หรือ" ("ปัญหาอุปสรรคในการจัดซื้อจัดจ้าง",
 * "แนวทางการแก้ไขและข้อเสนอแนะ"); 2, anywhere else ("1. ดำเนินการตามข้อเสนอแนะของ สตง."); 3, after "ไม่…"
 * (an answer that there is none). The first of the best is taken: a heading comes before its answers.
 */
function headingRank(head: string, own: readonly string[], all: readonly string[]): number {
  const folded = foldForMatch(head);
  if (folded.startsWith(NOT)) return 3;
  let rest = folded;
  for (const l of [...all].sort((a, b) => b.length - a.length)) rest = rest.split(l).join('');
  if (HEADING_WORDS.test(rest)) return 0;
  if (own.some((l) => folded.startsWith(l))) return 1;
  const closing = own.find((l) => folded.endsWith(l));
  return closing !== undefined && JOINED.test(folded.slice(0, -closing.length)) ? 1 : 2;
}

/** Folded as the cells are (tone marks dropped): "ไม่", what joins or numbers headings, a lead-in's joining word. */
const NOT = foldForMatch('ไม่');
const HEADING_WORDS = new RegExp(
  `^(?:${['และ', 'หรือ', 'หัวข้อที่', 'หัวข้อ', 'ข้อที่', 'ข้อ'].map(foldForMatch).join('|')}|[0-9๐-๙])*$`,
);
const JOINED = new RegExp(`(?:${['และ', 'หรือ'].map(foldForMatch).join('|')})$`);

/**
 * The row to write a section in: the one under its heading, also when that is an empty box merged
 * there (the template's, below the sheet's last value); the heading itself when the sheet ends at it
 * (a finding stays inside the sheet read).
 */
function boxRow(grid: SheetGrid, at: { row: number; col: number }): number {
  const below = at.row + 1;
  const boxed = (grid.merges ?? []).some(
    (m) => m.top <= below && below <= m.bottom && m.left <= at.col && at.col <= m.right,
  );
  return below <= grid.values.length || boxed ? below : at.row;
}

/**
 * Whether anything is written for a section: after a colon or a line break in its heading's cell
 * ("ปัญหา/อุปสรรค: ไม่มี"), beside it, or in the rows under it up to the next heading or signature.
 */
function writtenAt(
  grid: SheetGrid,
  at: { row: number; col: number; text: string },
  headingRows: ReadonlySet<number>,
): boolean {
  const rest = /[:\n]([\s\S]*)$/.exec(at.text)?.[1];
  if (rest !== undefined && isFilledText(rest)) return true;
  const filled = (v: CellValue | undefined) => isFilledText(v) || typeof v === 'number';
  if ((grid.values[at.row - 1] ?? []).slice(at.col).some(filled)) return true;
  for (let r = at.row + 1; r <= Math.min(grid.values.length, at.row + SECTION_ROWS); r++) {
    const row = grid.values[r - 1] ?? [];
    if (headingRows.has(r) || row.some((v) => isFilledText(v) && isFooterText(collapseSpaces(v)))) return false;
    if (row.some(filled)) return true;
  }
  return false;
}
