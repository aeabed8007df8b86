import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseDate } from '../../src/core/cells/dates';
import { isValidTaxId, parseTaxId } from '../../src/core/cells/taxId';
import { displayValue, type CellValue, type SheetGrid } from '../../src/core/cells/value';
import { importEgp } from '../../src/core/import/egp';
import { getTemplate } from '../../src/core/templates/registry';
import { checkSheet } from '../../src/core/check/sheet';
import { CsvWorkbook } from '../../src/workbook/file/csvWorkbook';
import { checkRows, row } from '../helpers/findings';
import { REAL } from '../helpers/shared';
import { parseCsv } from '../../src/core/text/csv';
import { buildSummaryLayout } from '../../src/core/report/byMethod';
import { monthlyView } from '../../src/core/report/monthly';
import { procurementData } from '../../src/core/report/procurementData';

async function grid(file: string): Promise<SheetGrid> {
  const wb = new CsvWorkbook(readFileSync(join(REAL, file)), file);
  return wb.readSheet();
}

function column(g: SheetGrid, ...names: string[]): string[] {
  const i = g.values[0]!.findIndex((h) => names.includes(String(h)));
  if (i < 0) return [];
  return g.values
    .slice(1)
    .map((r) => r[i])
    .filter((v) => v !== null && v !== undefined)
    .map((v) => displayValue(v));
}

const FILES = {
  'praciller_dga-egp-contract-2568-250.csv': 250,
  'bangkoktor_govspending_2569-egp-contract-1_2rows.csv': 2,
  'govspending_cgdcontract_api_sample_2560_20rows.csv': 20,
};

describe('the real e-GP rows (copies of ../shared/data/real)', () => {
  it('has the files this test expects', () => {
    const present = readdirSync(REAL);
    for (const f of Object.keys(FILES)) expect(present).toContain(f);
  });

  it.each(Object.entries(FILES))('reads all of %s (%i rows) as the e-GP export, without a crash', async (file, n) => {
    const report = checkSheet(await grid(file));
    expect(report.kind).toBe('procurement');
    expect(report.template).toBe('egp-contract');
    expect(report.headerRow).toBe(1);
    expect(report.rows).toBe(n);
    expect(report.findings.filter((f) => f.code === 'missing-column')).toEqual([]);
  });

  it('passes the checksum for all 20 real 13-digit ids', async () => {
    const ids = new Set<string>();
    const gov = await grid('govspending_cgdcontract_api_sample_2560_20rows.csv');
    const bkk = await grid('bangkoktor_govspending_2569-egp-contract-1_2rows.csv');
    for (const v of [...column(gov, 'winner_tin'), ...column(bkk, 'เลขประจำตัวนิติบุคคล 13 หลัก')])
      if (/^\d{13}$/.test(v)) ids.add(v);
    const radar = JSON.parse(
      readFileSync(join(REAL, 'luengnat_radar_egp_sband_procure_results_api_2026-09-17.json'), 'utf8'),
    );
    for (const r of radar.results) for (const b of r.bidders) ids.add(b.reg_no);
    expect(ids.size).toBe(20);
    for (const id of ids) expect(isValidTaxId(id), id).toBe(true);
  });

  it('reports D888869001507 and DUMMY00003765 in the exports as e-GP’s codes (info: nothing to correct there)', async () => {
    expect(parseTaxId('D888869001507')).toMatchObject({ kind: 'format' });
    const findings = [
      ...checkSheet(await grid('bangkoktor_govspending_2569-egp-contract-1_2rows.csv')).findings,
      ...checkSheet(await grid('govspending_cgdcontract_api_sample_2560_20rows.csv')).findings,
    ].filter((f) => f.code.startsWith('tax-id'));
    expect(findings.map((f) => [f.code, f.severity, f.value]).sort()).toEqual([
      ['tax-id-egp-code', 'info', 'D888869001507'],
      ['tax-id-egp-code', 'info', 'DUMMY00003765'],
    ]);
    expect(findings[0]!.message.en).toContain('the form filled from this data needs the real tax id');
    // In a form to publish it is an error to correct.
    const o16 = checkRows([row({ supplierId: 'D888869001507' })]).findings.find((f) => f.value === 'D888869001507');
    expect(o16).toMatchObject({ code: 'tax-id-format', severity: 'error' });
  });

  it('parses every date in them', async () => {
    const dates: string[] = [];
    const pr = await grid('praciller_dga-egp-contract-2568-250.csv');
    for (const h of ['วันที่เกิดรายการ', 'วันที่ประกาศ']) dates.push(...column(pr, h));
    const bkk = await grid('bangkoktor_govspending_2569-egp-contract-1_2rows.csv');
    for (const h of ['วันที่ประกาศจัดซื้อจัดจ้าง', 'วันที่เกิดรายการ', 'วันที่ลงนามในสัญญา', 'วันที่สิ้นสุดสัญญา'])
      dates.push(...column(bkk, h));
    const gov = await grid('govspending_cgdcontract_api_sample_2560_20rows.csv');
    for (const h of ['announce_date', 'transaction_date', 'contract_date', 'contract_finish_date'])
      dates.push(...column(gov, h));
    const radar = JSON.parse(
      readFileSync(join(REAL, 'luengnat_radar_egp_sband_procure_results_api_2026-09-17.json'), 'utf8'),
    );
    for (const r of radar.results) dates.push(r.announce_date);
    const real = dates.filter((d) => d.trim() !== '-');
    expect(real.length).toBeGreaterThan(300);
    for (const d of real) expect(parseDate(d).kind, d).toBe('ok');
    // 17:00 UTC is the next day in Bangkok.
    expect(parseDate(radar.results[0].announce_date)).toMatchObject({ day: { y: 2025, m: 12, d: 30 } });
  });

  it('reads the real method from the right column of either export layout', async () => {
    for (const file of Object.keys(FILES)) {
      const report = checkSheet(await grid(file));
      expect(
        report.findings.filter((f) => f.code === 'unknown-method'),
        file,
      ).toEqual([]);
    }
  });

  it("imported, a contract govspending rounded to the baht keeps its satang from the project's total", async () => {
    const { layout } = importEgp(await grid('govspending_cgdcontract_api_sample_2560_20rows.csv'), 'ita2567-o16');
    const at = layout.columns.findIndex((c) => c.header === 'ราคาที่ตกลงซื้อหรือจ้าง (บาท)');
    const prices = layout.rows!.map((r) => r[at]);
    expect(prices).toContain(2_335_644_501.63);
    expect(prices).not.toContain(2_335_644_502);
    expect(prices).toContain(13_481_863_800);
  });

  it('imported into O16, the real project numbers agree with their dates: e-GP numbers a small buy the month after', async () => {
    const { layout } = importEgp(await grid('praciller_dga-egp-contract-2568-250.csv'), 'ita2567-o16');
    const values: CellValue[][] = [];
    values[layout.titleRow - 1] = [layout.title];
    values[layout.headerRow - 1] = layout.columns.map((c) => c.header);
    layout.rows!.forEach((r, i) => (values[layout.headerRow + i] = r.map((v) => (typeof v === 'object' ? null : v))));
    const report = checkSheet({ name: 'O16', values: Array.from(values, (r) => r ?? []) });
    expect(report.rows).toBe(250);
    expect(report.findings.filter((f) => f.code === 'project-number-year')).toEqual([]);
  });

  it.each(['skr1', 'ita2566-o21'])(
    'imported into %s, keeps each real project’s agreed price and date: none reads as a row typed twice',
    async (id) => {
      const { layout } = importEgp(await grid('praciller_dga-egp-contract-2568-250.csv'), id);
      const values = [[layout.title], layout.columns.map((c) => c.header), ...layout.rows!] as CellValue[][];
      const report = checkSheet({ name: id, values }, { templateId: id });
      expect(report.rows).toBe(250);
      expect(report.findings.filter((f) => f.code === 'duplicate-row')).toEqual([]);
      // Every winner cell has the price the checker reads, every contract cell a date: the one finding
      // there is the winner's name the export lacks, to be filled in (the red flags of a price far under
      // ราคากลาง are O16's of the same rows).
      const composed = ['winnerAndPrice', 'contractRef'].map(
        (c) => getTemplate(id)!.columns.find((x) => x.id === c)!.header,
      );
      const there = report.findings.filter((f) => f.severity !== 'info' && composed.includes(f.column ?? ''));
      expect(there.map((f) => `${f.code} ${f.column}`)).toEqual(Array(250).fill(`required-value ${composed[0]}`));
      expect(there[0]!.message.th).toContain('มีราคาแต่ไม่มีชื่อผู้ได้รับการคัดเลือก');
    },
  );
});

describe('the real export as it is', () => {
  it('is of the fiscal year its rows give (2568), and its O17 summary says so', async () => {
    const data = procurementData(await grid('praciller_dga-egp-contract-2568-250.csv'))!;
    expect(data.fiscalYear).toBe(2568);
    expect(buildSummaryLayout([data]).title).toContain('2568');
  });

  it('falls in the months of its transaction dates, as import-egp takes them (the export has no signing date)', async () => {
    const view = monthlyView([procurementData(await grid('praciller_dga-egp-contract-2568-250.csv'))!]);
    // Counted by hand from วันที่เกิดรายการ: ต.ค. 2567 … ก.ย. 2568, none left without a date.
    expect(view.byMonth.map((m) => [m.label, m.count])).toEqual([
      ['ต.ค. 2567', 17],
      ['พ.ย. 2567', 25],
      ['ธ.ค. 2567', 17],
      ['ม.ค. 2568', 38],
      ['ก.พ. 2568', 5],
      ['มี.ค. 2568', 30],
      ['เม.ย. 2568', 1],
      ['พ.ค. 2568', 33],
      ['มิ.ย. 2568', 5],
      ['ก.ค. 2568', 29],
      ['ส.ค. 2568', 4],
      ['ก.ย. 2568', 46],
    ]);
  });

  it('is judged by its transaction dates: a row of another fiscal year is told, as after import', async () => {
    const g = await grid('praciller_dga-egp-contract-2568-250.csv');
    const at = g.values[0]!.indexOf('วันที่เกิดรายการ');
    const values = g.values.map((r, i) => (i === 5 ? r.map((v, j) => (j === at ? '3 ต.ค. 68' : v)) : r));
    const findings = checkSheet({ ...g, values }).findings.filter((f) => f.code === 'date-out-of-year');
    expect(findings.map((f) => f.row)).toEqual([6]);
  });
});

describe('the real export saved the other ways Excel and old systems save it', () => {
  const original = readFileSync(join(REAL, 'praciller_dga-egp-contract-2568-250.csv'));
  const rows = parseCsv(new TextDecoder().decode(original));
  const written = (sep: string) =>
    rows.map((r) => r.map((f) => (/[",;\t\n]/.test(f) ? `"${f.replace(/"/g, '""')}"` : f)).join(sep)).join('\r\n');
  const utf16 = (text: string, bigEndian: boolean) => {
    const out = new Uint8Array(2 + text.length * 2);
    out.set(bigEndian ? [0xfe, 0xff] : [0xff, 0xfe]);
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      out.set(bigEndian ? [c >> 8, c & 255] : [c & 255, c >> 8], 2 + i * 2);
    }
    return out;
  };
  const utf8 = (text: string) => new TextEncoder().encode(text);
  it.each([
    ['UTF-16 LE, tab-separated (Excel "Unicode Text")', utf16(written('\t'), false)],
    ['UTF-16 BE, comma-separated', utf16(written(','), true)],
    ['UTF-8, semicolon-separated', utf8(written(';'))],
    // One stray byte of another encoding in a UTF-8 file: read as TIS-620, all its Thai was noise.
    ['UTF-8 with one stray byte', new Uint8Array([...utf8(written(',')), 0xa1])],
  ])('%s reads as the export it is', async (_, bytes) => {
    const wb = new CsvWorkbook(bytes, 'export.csv');
    const g = await wb.readSheet();
    // Every cell, up to the last, where the stray byte is.
    expect(g.values.slice(0, 250)).toEqual(
      (await grid('praciller_dga-egp-contract-2568-250.csv')).values.slice(0, 250),
    );
    const report = checkSheet(g);
    expect([report.template, report.rows]).toEqual(['egp-contract', 250]);
  });
});
