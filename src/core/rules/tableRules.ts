import { collapseSpaces, thaiDigitsToArabic } from '../text/thai';
import { report, type RuleContext } from './context';
import { msg } from './messages';
import { hashOf, slotOf, type ParsedRows } from './parsedRows';
import { typedBlock } from './typedBlock';

/** Numbers per part, on average: a part's table (16 bytes a slot) stays in the processor's cache. */
const PART = 4096;

/**
 * The slots whose project number (as a number) is held by another slot too. The numbers are first
 * split by hash into parts of a few thousand, then each part is searched for repeats with a small
 * open-addressing table: one table for a million rows would cost a cache miss on every row, and a
 * map of a million strings far more. Each loop over the rows or numbers is a function that ends with
 * it (see splitPurchases.ts).
 */
function repeatedNumbers(rows: ParsedRows): Uint8Array {
  const n = numbersHeld(rows);
  let bits = 0;
  while (n >> bits > PART) bits++;
  // Part of each number by the top bits of its hash; within a part, slots by the low bits.
  const start = new Int32Array((1 << bits) + 1);
  const [hashes, repeated] = typedBlock(rows.slots, Uint32Array, Uint8Array);
  hashNumbers(rows, bits, hashes, start);
  for (let k = 1; k < start.length; k++) start[k]! += start[k - 1]!;
  const [values, slots] = typedBlock(n, Float64Array, Int32Array);
  partNumbers(rows, bits, hashes, start.slice(0, -1), values, slots);
  // Sized for the largest part: one number repeated on every row makes a part of them all.
  let largest = 0;
  for (let part = 0; part + 1 < start.length; part++) largest = Math.max(largest, start[part + 1]! - start[part]!);
  let size = 16;
  while (size < 2 * largest) size *= 2;
  const table = typedBlock(size, Float64Array, Int32Array, Int32Array);
  // A slot is taken only when stamped with the current part: no table is cleared between parts.
  table[2].fill(-1);
  markRepeats(start, values, slots, table, repeated);
  return repeated;
}

/** How many data rows hold a project number kept as a number. */
function numbersHeld(rows: ParsedRows): number {
  let n = 0;
  for (let i = 0; i < rows.slots; i++) if (rows.present[i] && !Number.isNaN(rows.projectValue[i]!)) n++;
  return n;
}

/** Each such row's hash in `hashes`, and how many numbers each part (of 2^bits) has, at part + 1 in `start`. */
function hashNumbers(rows: ParsedRows, bits: number, hashes: Uint32Array, start: Int32Array): void {
  for (let i = 0; i < rows.slots; i++) {
    const v = rows.projectValue[i]!;
    if (!rows.present[i] || Number.isNaN(v)) continue;
    const h = (hashes[i] = hashOf(v));
    start[(bits ? h >>> (32 - bits) : 0) + 1]!++;
  }
}

/** The numbers and their slots into `values` and `slots`, part by part (`next`: where each part goes on). */
function partNumbers(
  rows: ParsedRows,
  bits: number,
  hashes: Uint32Array,
  next: Int32Array,
  values: Float64Array,
  slots: Int32Array,
): void {
  for (let i = 0; i < rows.slots; i++) {
    const v = rows.projectValue[i]!;
    if (!rows.present[i] || Number.isNaN(v)) continue;
    const at = next[bits ? hashes[i]! >>> (32 - bits) : 0]!++;
    values[at] = v;
    slots[at] = i;
  }
}

/**
 * 1 in `repeated` for each slot whose number another slot holds too, part by part (`start`: where
 * each part begins), with `table` (keys, first slots, part stamps) as the open-addressing table.
 */
function markRepeats(
  start: Int32Array,
  values: Float64Array,
  slots: Int32Array,
  table: [Float64Array, Int32Array, Int32Array],
  repeated: Uint8Array,
): void {
  const [keys, first, stamp] = table;
  const mask = keys.length - 1;
  for (let part = 0; part + 1 < start.length; part++) {
    for (let at = start[part]!; at < start[part + 1]!; at++) {
      const v = values[at]!;
      let h = slotOf(v, mask);
      while (stamp[h] === part && keys[h] !== v) h = (h + 1) & mask;
      if (stamp[h] !== part) {
        stamp[h] = part;
        keys[h] = v;
        first[h] = slots[at]!;
      } else repeated[slots[at]!] = repeated[first[h]!] = 1;
    }
  }
}

/**
 * Rules across rows: a project number used twice, a row typed twice. `contents(row)` is text that
 * two rows share exactly when they hold the same in every column. Returns the slots of the rows that
 * copy an earlier one: no buy of their own.
 */
export function judgeTable(ctx: RuleContext, rows: ParsedRows, contents: (row: number) => string): Uint8Array {
  const copied = new Uint8Array(rows.slots);
  const repeated = repeatedNumbers(rows);
  // One entry per project number (short) or else per item: a copied row has both the same. Rows
  // whose project number no other row has need no entry. Within an entry, rows are known by their
  // contents, so a copy is found in one lookup however many rows share the key (hundreds of small
  // buys of one item with no project number are common).
  const seen = new Map<string, { first: number; copies?: Map<string, number> }>();
  const pc = ctx.matched.get('projectNumber') ?? null;
  for (let i = 0; i < rows.slots; i++) {
    if (!rows.present[i] || (!repeated[i] && !Number.isNaN(rows.projectValue[i]!))) continue;
    const row = rows.first + i;
    const projectNumber = rows.projectNumberAt(i);
    const key = projectNumber ?? `\u0000${collapseSpaces(thaiDigitsToArabic(rows.item[i] ?? ''))}`;
    const prev = seen.get(key);
    if (prev === undefined) {
      seen.set(key, { first: row });
      continue;
    }
    const copies = (prev.copies ??= new Map([[contents(prev.first), prev.first]]));
    const held = contents(row);
    const copyOf = copies.get(held);
    if (copyOf === undefined) copies.set(held, row);
    const first = prev.first;
    if (copyOf !== undefined) {
      copied[i] = 1;
      report(ctx, 'duplicate-row', row, ctx.matched.get('item') ?? null, () =>
        msg(
          `แถว ${row} ซ้ำกับแถว ${copyOf} ทุกคอลัมน์ ลบแถวที่ซ้ำ`,
          `Row ${row} repeats row ${copyOf} in every column; delete the copy`,
        ),
      );
    } else if (projectNumber)
      report(
        ctx,
        'duplicate-project-number',
        row,
        pc,
        () =>
          msg(
            `แถว ${row}: เลขที่โครงการ ${projectNumber} ซ้ำกับแถว ${first} (ถ้าโครงการเดียวมีหลายสัญญา ไม่ต้องแก้)`,
            `Row ${row}: project number ${projectNumber} also appears on row ${first} (fine if one project has several contracts)`,
          ),
        { value: projectNumber },
      );
  }
  return copied;
}
