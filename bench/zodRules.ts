import { z } from 'zod';
import type { CellValue, SheetGrid } from '../src/core/cells/value';
import { getTemplate } from '../src/core/templates/registry';

/**
 * The rules of ita2567-o16 as one would write them with a general-purpose validator (zod): the
 * same cell rules (with the text forms people type), the same rules across columns and the same
 * rules across rows and red flags. The yardstick for `ratioToZod`.
 */
const METHODS = [
  'ประกวดราคาอิเล็กทรอนิกส์ (e-bidding)',
  'ตลาดอิเล็กทรอนิกส์ (e-market)',
  'สอบราคา',
  'วิธีคัดเลือก',
  'วิธีเฉพาะเจาะจง',
] as const;
const STATUSES = ['อยู่ระหว่างระยะสัญญา', 'สิ้นสุดระยะสัญญา', 'ยังไม่ได้ลงนามในสัญญา', 'ยกเลิกการดำเนินการ'] as const;
const THAI = /[\u0E50-\u0E59]/g;
const arabic = (s: string) => s.replace(THAI, (d) => String(d.charCodeAt(0) - 0x0e50));

const money = z.preprocess(
  (v) => (typeof v === 'string' ? Number(arabic(v).replace(/[,\s฿]|บาท/g, '')) : v),
  z.number().finite().nonnegative(),
);
const day = z.preprocess(
  (v) => {
    if (typeof v !== 'string') return v;
    const m = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(arabic(v).trim());
    if (!m) return v;
    const y = Number(m[3]);
    return new Date(Date.UTC(y > 2400 ? y - 543 : y, Number(m[2]) - 1, Number(m[1])));
  },
  z.date().refine((d) => d.getUTCFullYear() > 1900 && d.getUTCFullYear() < 2400, 'ce-year'),
);
const taxId = z
  .string()
  .transform((s) => arabic(s).replace(/[\s-]/g, ''))
  .pipe(z.string().regex(/^\d{13}$/, 'tax-id-format'))
  .refine((id) => {
    let sum = 0;
    for (let i = 0; i < 12; i++) sum += Number(id[i]) * (13 - i);
    return (11 - (sum % 11)) % 10 === Number(id[12]);
  }, 'tax-id-checksum');

const row = z
  .object({
    item: z.string().min(1),
    budget: money,
    budgetSource: z.string().min(1),
    status: z.enum(STATUSES),
    method: z.enum(METHODS),
    referencePrice: money,
    agreedPrice: money,
    supplierId: taxId,
    supplierName: z.string().min(1),
    projectNumber: z.string().regex(/^\d{2}(0[1-9]|1[0-2])\d{7}$/, 'project-number-format'),
    signDate: day,
    endDate: day,
  })
  .superRefine((r, ctx) => {
    const add = (message: string) => ctx.addIssue({ code: 'custom', message });
    if (r.agreedPrice > r.budget) add('price-over-budget');
    if (r.agreedPrice > r.referencePrice) add('price-over-reference');
    if (r.referencePrice > r.budget) add('reference-over-budget');
    if (r.endDate < r.signDate) add('contract-end-before-start');
    if (r.method === 'วิธีเฉพาะเจาะจง' && r.budget > 500_000) add('method-threshold');
    if (r.method !== 'วิธีเฉพาะเจาะจง' && r.budget <= 500_000) add('method-threshold');
    const fy = r.signDate.getUTCFullYear() + 543 + (r.signDate.getUTCMonth() >= 9 ? 1 : 0);
    if (fy !== 2567) add('date-out-of-year');
    const created = (2500 + Number(r.projectNumber.slice(0, 2))) * 12 + Number(r.projectNumber.slice(2, 4));
    const signed = (r.signDate.getUTCFullYear() + 543) * 12 + r.signDate.getUTCMonth() + 1;
    if (signed < created || signed - created > 24) add('project-number-year');
    const gap = (r.referencePrice - r.agreedPrice) / r.referencePrice;
    if (r.method !== 'วิธีเฉพาะเจาะจง' && gap >= 0 && gap <= 0.01) add('flag-near-reference');
    if (gap > 0.15) add('flag-deep-discount');
    if (r.method === 'วิธีเฉพาะเจาะจง' && r.signDate.getUTCMonth() === 8 && r.agreedPrice > 100_000)
      add('flag-year-end-specific');
  });

type Row = z.infer<typeof row>;

const table = z.array(row).superRefine((rows: Row[], ctx) => {
  const add = (message: string) => ctx.addIssue({ code: 'custom', message });
  const projects = new Set<string>();
  const seen = new Set<string>();
  const bySupplier = new Map<string, Row[]>();
  for (const r of rows) {
    if (projects.has(r.projectNumber)) add('duplicate-project-number');
    projects.add(r.projectNumber);
    const sig = JSON.stringify(r);
    if (seen.has(sig)) add('duplicate-row');
    seen.add(sig);
    const list = bySupplier.get(r.supplierId);
    if (list) list.push(r);
    else bySupplier.set(r.supplierId, [r]);
  }
  for (const list of bySupplier.values()) {
    if (list.length >= 3 && list.length / rows.length >= 0.1)
      for (let i = 0; i < list.length; i++) add('flag-repeat-winner');
    const specific = list.filter((r) => r.method === 'วิธีเฉพาะเจาะจง').sort((a, b) => +a.signDate - +b.signDate);
    for (let i = 0; i < specific.length; i++) {
      let sum = specific[i]!.agreedPrice;
      const key = specific[i]!.item.replace(/[\d\s]+/g, '');
      for (
        let j = i + 1;
        j < specific.length && +specific[j]!.signDate - +specific[i]!.signDate <= 30 * 86_400_000;
        j++
      )
        if (specific[j]!.item.replace(/[\d\s]+/g, '') === key) sum += specific[j]!.agreedPrice;
      if (sum > 500_000) add('flag-split-purchase');
    }
  }
});

/** The O16 columns in sheet order, by their template ids (item, budget, …). */
const KEYS = getTemplate('ita2567-o16')!.columns.map((c) => c.id);

/** Validate the data rows of a generated O16 grid with zod; returns the number of issues. */
export function zodCheck(grid: SheetGrid, firstDataRow: number): number {
  const rows: Record<string, CellValue | undefined>[] = [];
  for (let r = firstDataRow - 1; r < grid.values.length; r++) {
    const values = grid.values[r]!;
    const obj: Record<string, CellValue | undefined> = {};
    for (let i = 0; i < KEYS.length; i++) obj[KEYS[i]!] = values[i] ?? undefined;
    rows.push(obj);
  }
  const res = table.safeParse(rows);
  return res.success ? 0 : res.error.issues.length;
}
