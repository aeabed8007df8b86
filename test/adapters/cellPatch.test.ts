import fc from 'fast-check';
import JSZip from 'jszip';
import { describe, expect, it, onTestFinished, vi } from 'vitest';
import { writeFor, type CellWrite } from '../../src/core/findings/fixes';
import { THAI_DATE_FORMAT } from '../../src/core/templates/layout';
import { CellPatcher } from '../../src/workbook/file/xlsx/cellPatch';
import { StyleBook } from '../../src/workbook/file/xlsx/styleBook';
import { Zip } from '../../src/workbook/file/xlsx/zip';
import { crc32, rezip } from '../../src/workbook/file/xlsx/zipWrite';
import { RUNS } from '../helpers/arbitraries';

/** Worksheet part `xml`, given whole, with the cells of `writes` changed; null when they cannot be. */
function patchCells(xml: string, writes: readonly CellWrite[], styles: StyleBook | null, date1904: boolean) {
  const out: string[] = [];
  const patcher = new CellPatcher(writes, styles, date1904, (t) => out.push(t));
  patcher.push(xml);
  return patcher.finish() ? out.join('') : null;
}

const sheet = (cells: string, root = 'worksheet') =>
  `<?xml version="1.0"?><${root} xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData><row r="2">${cells}</row></sheetData></${root}>`;
const STYLES =
  '<styleSheet xmlns="x"><fonts count="2"><font/><font><b/></font></fonts><cellXfs count="2"><xf numFmtId="0" fontId="0"/><xf numFmtId="49" fontId="1" applyNumberFormat="1"><alignment wrapText="1"/></xf></cellXfs></styleSheet>';
const text = (cell: string, value: string): CellWrite => ({ cell, value, kind: 'text', numberFormat: '@' });
const num = (cell: string, value: number): CellWrite => ({ cell, value, kind: 'number', numberFormat: null });
const date = (cell: string): CellWrite => ({ cell, value: 45292, kind: 'date', numberFormat: THAI_DATE_FORMAT });

describe('changing cells in a worksheet part in place', () => {
  it('writes numbers, dates and texts (escaped) in place of the old cells, leaving the rest as it was', () => {
    const xml = sheet(
      '<c r="A2" t="s"><v>0</v></c><c r="B2" s="1" t="s"><v>1</v></c><c r="C2" t="s"><v>2</v></c><c r="D2"/>',
    );
    const styles = StyleBook.read(STYLES)!;
    const out = patchCells(xml, [date('C2'), text('A2', 'a<b & "c"\u0001'), num('B2', 50_001)], styles, false)!;
    expect(out).toBe(
      sheet(
        '<c r="A2" s="2" t="inlineStr"><is><t xml:space="preserve">a&lt;b &amp; &quot;c&quot;_x0001_</t></is></c>' +
          // A number leaves a text-formatted cell in General (it would turn to text when next edited), bold kept.
          '<c r="B2" s="3"><v>50001</v></c><c r="C2" s="4"><v>45292</v></c><c r="D2"/>',
      ),
    );
    const xf = styles.toXml()!;
    expect(xf).toMatch(
      /^<styleSheet xmlns="x"><numFmts count="1"><numFmt numFmtId="164" formatCode="\[\$-107041E\]d mmm yyyy"\/><\/numFmts><fonts/,
    );
    expect(xf).toContain(
      '<cellXfs count="5"><xf numFmtId="0" fontId="0"/><xf numFmtId="49" fontId="1" applyNumberFormat="1"><alignment wrapText="1"/></xf>' +
        '<xf numFmtId="49" applyNumberFormat="1" fontId="0"/><xf numFmtId="0" applyNumberFormat="1" fontId="1"><alignment wrapText="1"/></xf><xf numFmtId="164" applyNumberFormat="1" fontId="0"/></cellXfs>',
    );
  });

  it('reuses a format the file has and a style made once, and counts what it adds', () => {
    const styles = StyleBook.read(
      STYLES.replace(
        '<fonts',
        '<numFmts count="1"><numFmt numFmtId="170" formatCode="[$-107041E]d mmm yyyy"/></numFmts><fonts',
      ),
    )!;
    const xml = sheet('<c r="A2" t="s"><v>0</v></c><c r="B2" t="s"><v>1</v></c>');
    expect(patchCells(xml, [date('A2'), date('B2')], styles, false)).toBe(
      sheet('<c r="A2" s="2"><v>45292</v></c><c r="B2" s="2"><v>45292</v></c>'),
    );
    expect(styles.toXml()).toContain('<numFmts count="1">');
    expect(styles.toXml()).toContain('<cellXfs count="3">');
    expect(styles.toXml()).toContain('<xf numFmtId="170" applyNumberFormat="1" fontId="0"/></cellXfs>');
  });

  it('keeps the style of a cell whose format shows a day in พ.ศ. (its own, or a th-TH Excel’s built-in ว/ด/ปปปป), and General for a word', () => {
    const styles = StyleBook.read(
      STYLES.replace(
        '<fonts',
        '<numFmts count="1"><numFmt numFmtId="170" formatCode="[$-107041E]d mmm yy"/></numFmts><fonts',
      ).replace('</cellXfs>', '<xf numFmtId="170" fontId="0"/><xf numFmtId="71" fontId="0"/></cellXfs>'),
    )!;
    const xml = sheet(
      '<c r="A2" s="2" t="s"><v>0</v></c><c r="B2" s="3" t="s"><v>1</v></c><c r="C2" t="s"><v>2</v></c>',
    );
    const fixes = [
      writeFor('A2', { value: '2024-01-01', display: '1 ม.ค. 2567', kind: 'date' }),
      writeFor('B2', { value: '2024-01-01', display: '1 ม.ค. 2567', kind: 'date' }),
      writeFor('C2', { value: 'วิธีเฉพาะเจาะจง', display: 'วิธีเฉพาะเจาะจง', kind: 'text' }),
    ];
    expect(patchCells(xml, fixes, styles, false)).toBe(
      sheet(
        '<c r="A2" s="2"><v>45292</v></c><c r="B2" s="3"><v>45292</v></c>' +
          '<c r="C2" t="inlineStr"><is><t xml:space="preserve">วิธีเฉพาะเจาะจง</t></is></c>',
      ),
    );
    // No style added.
    expect(styles.toXml()).toBeNull();
  });

  it.each([
    ['a formula', sheet('<c r="A2"><f>1+1</f><v>2</v></c>')],
    ['no such cell', sheet('<c r="B2"><v>2</v></c>')],
    ['rich data (an image in the cell)', sheet('<c r="A2" vm="1"><v>2</v></c>')],
    ['a namespace prefix', sheet('<x:c r="A2"><x:v>2</x:v></x:c>', 'x:worksheet')],
  ])('leaves the part alone (null) when the cell has %s', (_, xml) => {
    expect(patchCells(xml, [num('A2', 1)], StyleBook.read(STYLES), false)).toBeNull();
  });

  it("gives a number or date typed with an apostrophe ('52,000: quotePrefix) a style without it; a text keeps it", () => {
    const styles = StyleBook.read(
      STYLES.replace('</cellXfs>', '<xf numFmtId="4" fontId="1" quotePrefix="1"/></cellXfs>').replace(
        'count="2"><xf',
        'count="3"><xf',
      ),
    )!;
    const xml = sheet(
      '<c r="A2" s="2" t="s"><v>0</v></c><c r="B2" s="2" t="s"><v>1</v></c><c r="C2" s="2" t="s"><v>2</v></c><c r="D2" s="2" t="s"><v>3</v></c>',
    );
    // In Excel the apostrophe makes the next number typed into the cell text again.
    expect(patchCells(xml, [num('A2', 52_000), num('B2', 1), date('C2'), text('D2', '0105')], styles, false)).toBe(
      sheet(
        '<c r="A2" s="3"><v>52000</v></c><c r="B2" s="3"><v>1</v></c><c r="C2" s="4"><v>45292</v></c>' +
          '<c r="D2" s="5" t="inlineStr"><is><t xml:space="preserve">0105</t></is></c>',
      ),
    );
    expect(styles.toXml()).toContain(
      '<xf numFmtId="4" fontId="1" quotePrefix="1"/><xf numFmtId="4" fontId="1"/>' +
        '<xf numFmtId="164" applyNumberFormat="1" fontId="1"/><xf numFmtId="49" applyNumberFormat="1" fontId="1" quotePrefix="1"/></cellXfs>',
    );
  });

  it('does not take text in a cell for a cell reference', () => {
    const xml = sheet('<c r="A2" t="inlineStr"><is><t>r="B2"</t></is></c><c r="B2"><v>1</v></c>');
    expect(patchCells(xml, [num('B2', 7)], null, false)).toBe(
      sheet('<c r="A2" t="inlineStr"><is><t>r="B2"</t></is></c><c r="B2"><v>7</v></c>'),
    );
  });
});

describe('a large sheet read in pieces', () => {
  // 400 rows: the part is far past the first 4,096 characters, where its root is looked for.
  const rows = Array.from(
    { length: 400 },
    (_, i) =>
      `<row r="${i + 1}"><c r="A${i + 1}" t="inlineStr"><is><t>r="B${i + 1}" ข้อความ</t></is></c><c r="B${i + 1}" s="1"><v>${i}</v></c><c r="C${i + 1}"/></row>`,
  ).join('');
  const xml = `<?xml version="1.0"?><worksheet xmlns="x"><sheetData>${rows}</sheetData></worksheet>`;
  const writes = [num('B7', 1), text('C200', 'ก<ข'), date('A399'), num('B400', 2)];
  const whole = patchCells(xml, writes, StyleBook.read(STYLES), false)!;

  it('gives the same part however the text is cut', () => {
    expect(whole).toContain('<c r="C200" s="3" t="inlineStr"><is><t xml:space="preserve">ก&lt;ข</t></is></c>');
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 1, max: 3000 }), { minLength: 1, maxLength: 40 }), (sizes) => {
        const out: string[] = [];
        const patcher = new CellPatcher(writes, StyleBook.read(STYLES), false, (t) => out.push(t));
        for (let at = 0, k = 0; at < xml.length; at += sizes[k++ % sizes.length]!)
          patcher.push(xml.slice(at, at + sizes[k % sizes.length]!));
        expect(patcher.finish()).toBe(true);
        expect(out.join('')).toBe(whole);
      }),
      { numRuns: RUNS },
    );
  });

  it('fails, whatever the pieces, when a cell is not there', () => {
    const patcher = new CellPatcher([num('B401', 1)], null, false, () => {});
    for (let at = 0; at < xml.length; at += 1000) patcher.push(xml.slice(at, at + 1000));
    expect(patcher.finish()).toBe(false);
  });
});

describe('copying a ZIP package with some parts changed', () => {
  it.each([
    ['with the platform zlib', false],
    ['without it (deflate and CRC-32 in JS)', true],
  ])('copies the other parts as they are compressed and gives every part a right CRC-32, %s', async (_, noPlatform) => {
    if (noPlatform) vi.stubGlobal('CompressionStream', undefined);
    onTestFinished(() => void vi.unstubAllGlobals());
    const src = new JSZip();
    src.file('a.xml', '<a>'.repeat(1000), { compression: 'DEFLATE' });
    src.file('stored.bin', new Uint8Array([1, 2, 3]), { compression: 'STORE' });
    src.file('xl/b.xml', 'old', { compression: 'DEFLATE' });
    const bytes = await src.generateAsync({ type: 'uint8array' });
    const zip = new Zip(bytes);
    const text = new TextEncoder();
    const copy = (await rezip(zip, new Map([['xl/b.xml', [text.encode('ใหม่'), text.encode(' new')]]])))!;
    const again = await JSZip.loadAsync(copy, { checkCRC32: true });
    expect(Object.keys(again.files).filter((n) => !again.files[n]!.dir)).toEqual(['a.xml', 'stored.bin', 'xl/b.xml']);
    expect(await again.file('a.xml')!.async('string')).toBe('<a>'.repeat(1000));
    expect([...(await again.file('stored.bin')!.async('uint8array'))]).toEqual([1, 2, 3]);
    expect(await again.file('xl/b.xml')!.async('string')).toBe('ใหม่ new');
    expect(new Zip(copy).raw('a.xml')!.data).toEqual(zip.raw('a.xml')!.data);
    expect(crc32([text.encode('1234'), text.encode('56789')])).toBe(0xcbf43926);
  });
});
