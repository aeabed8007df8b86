import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  AFTER_CONDITIONAL_FORMATS,
  AFTER_LEGACY_DRAWING,
  insertInTail,
  SheetTail,
} from '../../src/workbook/file/xlsx/sheetTail';
import { StyleBook } from '../../src/workbook/file/xlsx/styleBook';
import { STRICT, TRANSITIONAL } from '../../src/workbook/file/xlsx/packageEdit';
import { RUNS } from '../helpers/arbitraries';

const ROOT = '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">';
const CELLS = '<sheetData><row r="1"><c r="A1"><v>1</v></c></row></sheetData>';

/** `xml` passed through a SheetTail in the pieces cut at `cuts`, its tail changed by `edit`. */
function throughTail(xml: string, cuts: readonly number[], edit: (tail: string) => string | null) {
  const out: string[] = [];
  const tail = new SheetTail((t) => out.push(t));
  let from = 0;
  for (const at of [...cuts].sort((a, b) => a - b)) {
    tail.push(xml.slice(from, at));
    from = at;
  }
  tail.push(xml.slice(from));
  return tail.finish(edit) ? { text: out.join(''), declaresR: (rel: string) => tail.declaresR(rel) } : null;
}

describe("a worksheet's tail, changed after its cells have gone by", () => {
  it('gives the part with only its tail changed, however the part is cut into pieces', () => {
    const xml = `${ROOT}${CELLS}<pageMargins left="0.7"/></worksheet>`;
    fc.assert(
      fc.property(fc.array(fc.nat({ max: xml.length }), { maxLength: 8 }), (cuts) => {
        const r = throughTail(xml, cuts, (t) => insertInTail(t, '<X/>', AFTER_CONDITIONAL_FORMATS));
        expect(r?.text).toBe(`${ROOT}${CELLS}<X/><pageMargins left="0.7"/></worksheet>`);
      }),
      { numRuns: RUNS },
    );
  });

  it('finds a sheet without cells, refuses a part without sheetData, and passes on a refusal', () => {
    expect(throughTail(`${ROOT}<sheetData/></worksheet>`, [], (t) => `${t}!`)?.text).toBe(
      `${ROOT}<sheetData/></worksheet>!`,
    );
    expect(throughTail(`${ROOT}</worksheet>`, [], (t) => t)).toBeNull();
    expect(throughTail(`${ROOT}${CELLS}</worksheet>`, [], () => null)).toBeNull();
  });

  it('knows whether the root declares the prefix r: that a legacy drawing needs, in the namespace asked for', () => {
    const r = `xmlns:r="${TRANSITIONAL.rel}"`;
    expect(throughTail(`${ROOT}${CELLS}</worksheet>`, [], (t) => t)?.declaresR(TRANSITIONAL.rel)).toBe(false);
    const declared = throughTail(`${ROOT.replace('>', ` ${r}>`)}${CELLS}</worksheet>`, [5], (t) => t);
    expect(declared?.declaresR(TRANSITIONAL.rel)).toBe(true);
    // A Strict sheet's r: is another namespace.
    expect(declared?.declaresR(STRICT.rel)).toBe(false);
  });

  it("puts marks after the sheet's own conditional formats and notes' drawing in the schema's order", () => {
    const tail =
      '</sheetData><conditionalFormatting sqref="A1"/><dataValidations count="0"/><drawing r:id="d"/><tableParts count="0"/><extLst/></worksheet>';
    expect(insertInTail(tail, '<CF/>', AFTER_CONDITIONAL_FORMATS)).toBe(
      '</sheetData><conditionalFormatting sqref="A1"/><CF/><dataValidations count="0"/><drawing r:id="d"/><tableParts count="0"/><extLst/></worksheet>',
    );
    expect(insertInTail(tail, '<LD/>', AFTER_LEGACY_DRAWING)).toBe(
      '</sheetData><conditionalFormatting sqref="A1"/><dataValidations count="0"/><drawing r:id="d"/><LD/><tableParts count="0"/><extLst/></worksheet>',
    );
    // <drawingHF> is not <drawing>; with nothing after, before the root's end.
    expect(insertInTail('</sheetData><drawingHF r:id="h"/></worksheet>', '<CF/>', ['drawing'])).toBe(
      '</sheetData><drawingHF r:id="h"/><CF/></worksheet>',
    );
  });

  it('looks only among the worksheet’s own elements: a data bar’s rule holds an extLst of its own', () => {
    // As Excel 2010 on writes a data bar (and XlsxWriter with data_bar_2010).
    const bar =
      '<conditionalFormatting sqref="G2:G7"><cfRule type="dataBar" priority="1"><dataBar><cfvo type="min"/><cfvo type="max"/><color rgb="FF638EC6"/></dataBar><extLst><ext uri="{B025F937-C7B1-47D3-B67F-A62EFF666E3E}"><x14:id>{1}</x14:id></ext></extLst></cfRule></conditionalFormatting>';
    const own =
      '<extLst><ext uri="{78C0D931-6437-407d-A8EE-F0AAD7539E65}"><x14:conditionalFormattings/></ext></extLst>';
    const tail = `</sheetData>${bar}<pageMargins left="0.7"/>${own}</worksheet>`;
    expect(insertInTail(tail, '<CF/>', AFTER_CONDITIONAL_FORMATS)).toBe(
      `</sheetData>${bar}<CF/><pageMargins left="0.7"/>${own}</worksheet>`,
    );
    expect(insertInTail(tail, '<LD/>', AFTER_LEGACY_DRAWING)).toBe(
      `</sheetData>${bar}<pageMargins left="0.7"/><LD/>${own}</worksheet>`,
    );
    // A sheet written with a prefix for its namespace: its elements are found by their names.
    expect(insertInTail('</x:sheetData><x:extLst/></x:worksheet>', '<CF/>', ['extLst'])).toBe(
      '</x:sheetData><CF/><x:extLst/></x:worksheet>',
    );
  });
});

describe('styles added to a styles part', () => {
  const part = (dxfs: string) =>
    `<styleSheet xmlns="x"><fonts count="1"><font><sz val="11"/></font></fonts><fills count="2"><fill/><fill/></fills><borders count="1"><border/></borders><cellXfs count="1"><xf numFmtId="0"/></cellXfs>${dxfs}<tableStyles count="0"/></styleSheet>`;

  it('numbers an added item after those of its list, and counts it', () => {
    const book = StyleBook.read(part('<dxfs count="1"><dxf><font><b/></font></dxf></dxfs>'))!;
    expect(book.addItem('dxfs', '<dxf><font><i/></font></dxf>')).toBe(1);
    expect(book.addItem('fonts', '<font><b/></font>')).toBe(1);
    expect(book.addItem('fills', '<fill><patternFill/></fill>')).toBe(2);
    expect(book.addXf('<xf fontId="1"/>')).toBe(1);
    expect(book.toXml()).toBe(
      '<styleSheet xmlns="x"><fonts count="2"><font><sz val="11"/></font><font><b/></font></fonts><fills count="3"><fill/><fill/><fill><patternFill/></fill></fills><borders count="1"><border/></borders><cellXfs count="2"><xf numFmtId="0"/><xf fontId="1"/></cellXfs><dxfs count="2"><dxf><font><b/></font></dxf><dxf><font><i/></font></dxf></dxfs><tableStyles count="0"/></styleSheet>',
    );
  });

  it('opens an empty list of differential styles, and makes one where there is none', () => {
    for (const dxfs of ['<dxfs count="0"/>', '']) {
      const book = StyleBook.read(part(dxfs))!;
      expect(book.addItem('dxfs', '<dxf/>')).toBe(0);
      expect(book.toXml()).toContain('<dxfs count="1"><dxf/></dxfs><tableStyles count="0"/>');
    }
  });

  it('adds nothing, and gives no part, when nothing is asked', () => {
    expect(StyleBook.read(part(''))!.toXml()).toBeNull();
  });
});
