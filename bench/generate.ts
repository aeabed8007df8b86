import type { CellValue, SheetGrid } from '../src/core/cells/value';
import { getTemplate } from '../src/core/templates/registry';

/** A small deterministic PRNG (mulberry32): the same rows on every run. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function taxId(n: number): string {
  const first12 = `0${String(105500000000 + n).slice(-11)}`;
  let sum = 0;
  for (let i = 0; i < 12; i++) sum += Number(first12[i]) * (13 - i);
  return first12 + String((11 - (sum % 11)) % 10);
}

// Text read from a workbook arrives as flat strings; text built here by concatenation would not be.
const codec = { enc: new TextEncoder(), dec: new TextDecoder() };
const flat = (s: string) => codec.dec.decode(codec.enc.encode(s));

const ITEMS = [
  'ซื้อวัสดุสำนักงาน',
  'จ้างซ่อมแซมถนน คสล. หมู่ที่',
  'ซื้อน้ำมันเชื้อเพลิง',
  'จ้างเหมาบริการทำความสะอาด',
  'ซื้อครุภัณฑ์คอมพิวเตอร์',
  'จ้างก่อสร้างรางระบายน้ำ หมู่ที่',
];
const SUPPLIERS = ['บริษัท วัสดุดี จำกัด', 'หจก. ก่อสร้างไทย', 'ร้านเจริญพาณิชย์', 'บริษัท ไอทีเซอร์วิส จำกัด', 'หจก. สะอาดบริการ'];
const METHODS = ['วิธีเฉพาะเจาะจง', 'วิธีเฉพาะเจาะจง', 'วิธีเฉพาะเจาะจง', 'ประกวดราคาอิเล็กทรอนิกส์ (e-bidding)', 'วิธีคัดเลือก'];
const STATUSES = ['สิ้นสุดระยะสัญญา', 'อยู่ระหว่างระยะสัญญา'];

/**
 * `n` rows of ita2567-o16 as an agency would fill them, about 5 % of them with a planted error
 * (a wrong check digit, text in a number column, a CE year, a price over budget, a missing value).
 */
export function generateO16(n: number, seed = 2567): SheetGrid {
  const rnd = prng(seed);
  // About twenty procurements per supplier, as in a real agency's year.
  const suppliers = Math.max(100, Math.floor(n / 20));
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(rnd() * xs.length)]!;
  const headers = getTemplate('ita2567-o16')!.columns.map((c) => c.header);
  const values: CellValue[][] = [['ผลการจัดซื้อจัดจ้าง ประจำปีงบประมาณ พ.ศ. 2567'], [], headers];
  for (let i = 0; i < n; i++) {
    const method = pick(METHODS);
    const budget =
      Math.round((method === 'วิธีเฉพาะเจาะจง' ? 5_000 + rnd() * 400_000 : 600_000 + rnd() * 4_000_000) * 100) / 100;
    const reference = budget;
    const agreed = Math.round(reference * (0.85 + rnd() * 0.14) * 100) / 100;
    const supplier = Math.floor(rnd() * suppliers);
    const month = Math.floor(rnd() * 12);
    const sign = new Date(Date.UTC(month < 3 ? 2023 : 2024, (month + 9) % 12, 1 + Math.floor(rnd() * 28)));
    const end = new Date(sign.getTime() + (15 + Math.floor(rnd() * 90)) * 86_400_000);
    const yymm = `${sign.getUTCFullYear() + 543 - 2500}${String(sign.getUTCMonth() + 1).padStart(2, '0')}`;
    const row: CellValue[] = [
      flat(`${pick(ITEMS)} ${1 + (i % 12)} รายการที่ ${i + 1}`),
      budget,
      'พ.ร.บ. งบประมาณรายจ่าย',
      pick(STATUSES),
      method,
      reference,
      agreed,
      flat(taxId(supplier)),
      flat(`${pick(SUPPLIERS)} สาขา ${supplier}`),
      flat(`${yymm}${String(1_000_000 + i).slice(-7)}`),
      sign,
      end,
    ];
    if (rnd() < 0.05) {
      const k = Math.floor(rnd() * 5);
      if (k === 0) row[7] = flat(taxId(supplier).slice(0, 12) + ((Number(taxId(supplier)[12]) + 1) % 10));
      else if (k === 1) row[1] = budget.toLocaleString('en-US');
      else if (k === 2) row[10] = `${sign.getUTCDate()}/${sign.getUTCMonth() + 1}/${sign.getUTCFullYear()}`;
      else if (k === 3) row[6] = budget + 1;
      else row[5] = null;
    }
    values.push(row);
  }
  // A whole year's results (O17's): named so, since a sheet named O16 lists contracts to 31 March only.
  return { name: 'O17', values };
}
