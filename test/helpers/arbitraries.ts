import fc from 'fast-check';
import type { CellValue, SheetGrid } from '../../src/core/cells/value';
import { allTemplates } from '../../src/core/templates/registry';

/** How many cases a property runs: a few seconds in `npm test`, as many as wanted in `npm run fuzz`. */
export const RUNS = wholeRuns(process.env.FUZZ_RUNS);

/**
 * The count asked for as a whole number of cases, at least 1: fast-check, given a fraction, never
 * reaches it and runs until a time limit stops it (or forever in `npm test`).
 */
function wholeRuns(asked: string | undefined): number {
  const n = Math.ceil(Number(asked ?? 150));
  if (!Number.isFinite(n) || n < 1) throw new Error(`FUZZ_RUNS must be a number of cases, not "${asked}"`);
  return n;
}

// `npm run fuzz` also bounds each property's time, so that the slow ones (a workbook written and read
// per case) stop after so many minutes with what they have run, and the run ends in known time.
if (process.env.FUZZ_MINUTES)
  fc.configureGlobal({
    interruptAfterTimeLimit: Number(process.env.FUZZ_MINUTES) * 60_000,
    markInterruptAsFailure: false,
  });

const THAI = 'กขคงจฉชซญดตถทธนบปผพฟภมยรลวศสหอฮะาำิีึืุูเแโใไ่้๊๋็์ๆฯ๐๑๒๓๔๕๖๗๘๙';
const SAMPLES = [
  '1,480',
  '๑,๔๘๐',
  '(500)',
  '฿ 1,200.50',
  '29 พ.ย. 67',
  '31/03/2024',
  '๓๑ มีนาคม ๒๕๖๗',
  '2024-03-31',
  '2025-12-29T17:00:00.000+00:00',
  '0105536112014',
  '3100600445636',
  'D888869001507',
  'DUMMY00003765',
  '130990115xxxx',
  '6.71E+10',
  '67119524001',
  '593/2569',
  'วิธีเฉพาะเจาะจง',
  'e-bidding',
  'ตกลงราคา',
  'วิธีการจัดหา ประกาศเชิญชวนทั่วไป คัดเลือก เฉพาะเจาะจง',
  'สิ้นสุดระยะสัญญา',
  'ยังไม่ได้ลงนามในสัญญา',
  'รวม',
  'ลงชื่อ.....ผู้รายงาน',
  '-',
  '',
  ' ',
];
const HEADERS = [
  ...new Set(allTemplates().flatMap((t) => t.columns.flatMap((c) => [c.header, ...(c.variants ?? [])]))),
];

export const cellArb: fc.Arbitrary<CellValue> = fc.oneof(
  fc.constant(null),
  fc.constantFrom(...SAMPLES),
  fc.constantFrom(...HEADERS),
  fc.string({ maxLength: 30 }),
  fc.string({
    unit: fc.constantFrom(...THAI.split(''), ' ', ',', '.', '/', '-', '(', ')', '0', '1', '9'),
    maxLength: 25,
  }),
  fc.double({ noNaN: false }),
  fc.integer({ min: -1e12, max: 1e12 }),
  fc.integer({ min: 1, max: 80_000 }),
  fc.boolean(),
  fc.date({ min: new Date(Date.UTC(1800, 0, 1)), max: new Date(Date.UTC(2800, 0, 1)) }),
  fc.constantFrom({ error: '#N/A' }, { error: '#VALUE!' }, { error: '#REF!' }, { error: '#DIV/0!' }),
);

/** A grid of anything, often with a real form's header somewhere so the rules get to run. */
export const gridArb: fc.Arbitrary<SheetGrid> = fc
  .tuple(
    fc.array(fc.array(cellArb, { maxLength: 16 }), { maxLength: 40 }),
    fc.option(fc.tuple(fc.constantFrom(...allTemplates()), fc.nat(8)), { nil: null }),
    fc.array(fc.tuple(fc.integer({ min: 1, max: 40 }), fc.integer({ min: 1, max: 16 }), fc.nat(3), fc.nat(3)), {
      maxLength: 3,
    }),
    // Hidden rows and columns, inside the grid or past it.
    fc.uniqueArray(fc.integer({ min: 1, max: 50 }), { maxLength: 6 }),
    fc.uniqueArray(fc.integer({ min: 1, max: 20 }), { maxLength: 3 }),
    // A print area of up to two areas, or none.
    fc.array(fc.tuple(fc.integer({ min: 1, max: 40 }), fc.integer({ min: 1, max: 16 }), fc.nat(30), fc.nat(12)), {
      maxLength: 2,
    }),
  )
  .map(([rows, header, merges, hiddenRows, hiddenColumns, printArea]) => {
    const values = rows.map((r) => [...r]);
    if (header) {
      const [t, at] = header;
      values.splice(
        Math.min(at, values.length),
        0,
        t.columns.map((c) => c.header),
      );
    }
    return {
      name: 'Fuzz',
      values,
      merges: merges.map(([top, left, h, w]) => ({ top, left, bottom: top + h, right: left + w })),
      hiddenRows: hiddenRows.sort((a, b) => a - b),
      hiddenColumns,
      printArea: printArea.map(([top, left, h, w]) => ({ top, left, bottom: top + h, right: left + w })),
    };
  });
