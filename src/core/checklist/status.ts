import { isBlank, displayValue, type CellValue } from '../cells/value';
import { collapseSpaces } from '../text/thai';

export type ComponentStatus = 'done' | 'not-done' | 'not-applicable' | 'blank';

export const STATUS_WORDS = { done: 'ดำเนินการแล้ว', notDone: 'ยังไม่ได้ดำเนินการ', notApplicable: 'ไม่เกี่ยวข้อง' } as const;

// ■ ◼ ▣: Word's filled box beside an empty □; [/] and [x]: a box typed as text.
const CHECKED = /[✓✔☑☒✅√■◼▣]|\[[x/]\]/i;
const UNCHECKED = /[☐□]|\[\s\]/;

/**
 * Work under way or still to come, not yet published: "กำลังดำเนินการ", "- รอเผยแพร่", "จะจัดทำ". Only
 * when the cell opens with it and says nothing is done: "ต้องเผยแพร่ภายใน 31 มี.ค. ได้เผยแพร่แล้ว" is
 * done, "จะดำเนินการแล้วเสร็จภายใน…" still to come.
 */
const IN_HAND =
  /^[-•*·]?\s*(?:(?:กำลัง|รอ|จะ|เตรียม|ต้อง|ระหว่าง)\s*(?:ดำเนินการ|เผยแพร่|จัดทำ|ปรับปรุง)|จะ\s*(?:ดำเนินการ|เผยแพร่|จัดทำ)แล้วเสร็จ)(?!.*(?:แล้ว|เรียบร้อย))/;

/**
 * A status as checklists write it: the dropdown words, ✓, ☑/☐, "ดำเนินการแล้ว", "เปิดเผยแพร่ข้อมูล
 * ครบถ้วน…", or seed 000's "☐ ยังไม่ได้ดำเนินการ ☑ ดำเนินการ" where the ticked box decides.
 */
export function parseStatus(v: CellValue): ComponentStatus {
  return readStatus(v) ?? 'not-done';
}

/** The status a cell says, or null when its words are none a checklist uses (counted as not done). */
export function readStatus(v: CellValue): ComponentStatus | null {
  if (isBlank(v)) return 'blank';
  if (v === true) return 'done';
  if (v === false) return 'not-done';
  // ำ typed as ํ then า looks the same on screen: "ดําเนินการแล้ว" is the word.
  const s = collapseSpaces(displayValue(v)).replace(/\u0E4D\u0E32/g, '\u0E33');
  // Two boxes in one cell: the word after the ticked box is the answer.
  if (CHECKED.test(s) && UNCHECKED.test(s)) {
    // What follows the ticked box starts with the answer; a note after it ("ยังไม่มีเรื่องร้องเรียน") is not one.
    const ticked = /(?:[✓✔☑☒✅√■◼▣]|\[[x/]\])\s*([^☐□✓✔☑☒✅√■◼▣[]+)/i.exec(s)?.[1] ?? '';
    return /^\s*(ยังไม่|ไม่)/.test(ticked) ? 'not-done' : 'done';
  }
  // "N/A", "NA" as a word of its own: not the "na" of an address (www.banna.go.th) or a name.
  if (/ไม่เกี่ยวข้อง|ไม่มีภารกิจ|(?<![\p{L}\p{N}/:_]|[\p{L}\p{N}][.-])n\/?a(?![\p{L}\p{N}/_]|[.-][\p{L}\p{N}])/iu.test(s))
    return 'not-applicable';
  // A status that opens with the answer: "ดำเนินการแล้ว ยังไม่มีเรื่องร้องเรียน" is done.
  // ("ดำเนินการแล้ว แต่ยังไม่ได้เผยแพร่" is not: only what is published counts.)
  if (
    /^(ดำเนินการแล้ว|เผยแพร่แล้ว|เปิดเผยแล้ว|มีแล้ว|ทำแล้ว|เรียบร้อย|เสร็จแล้ว|เสร็จสิ้น)/.test(s) &&
    !/ไม่ครบ|บางส่วน|แต่\s*(ยัง)?ไม่/.test(s)
  )
    return 'done';
  if (
    /ยังไม่|ไม่(ได้)?ดำเนินการ|ไม่ครบ|บางส่วน|อยู่(ใน)?ระหว่าง|ดำเนินการอยู่$|^ไม่/.test(s) ||
    IN_HAND.test(s) ||
    /^(no|not done|not yet|in progress|pending|to ?do)$/i.test(s) ||
    UNCHECKED.test(s)
  )
    return 'not-done';
  if (
    CHECKED.test(s) ||
    // Not a lone "x": a tick to some, a cross (not done) to others; the officer is asked.
    /^(\/|ใช่|yes|done|มี)$/i.test(s) ||
    /ดำเนินการแล้ว|ดำเนินการ$|^ดำเนินการ|เปิดเผยแพร่|เผยแพร่แล้ว|เปิดเผยแล้ว|ครบถ้วน/.test(s)
  )
    return 'done';
  return null;
}

/** What people put in the column of a pair that does not apply: a dash, a nought, a cross, "no". */
const NO_MARK = /^(?:[-–—_.]+|0|[✗✘❌×]|ไม่|ไม่มี|ไม่ใช่|no|n|false)$/i;

/**
 * A mark in a "ดำเนินการแล้ว" / "ยังไม่ได้ดำเนินการ" column pair: any tick or text counts, but not what
 * says the column does not apply ("-" in the other column of every row of seed 004's layout).
 */
export function isMarked(v: CellValue): boolean {
  if (isBlank(v) || v === false || v === 0) return false;
  const s = collapseSpaces(displayValue(v));
  if (NO_MARK.test(s)) return false;
  return !UNCHECKED.test(s) || CHECKED.test(s);
}
