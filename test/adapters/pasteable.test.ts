import { describe, expect, it } from 'vitest';
import { pasteable } from '../../src/workbook/file/xlsx/xml';

const MAIN = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"';
const MC = 'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"';
const XR = 'http://schemas.microsoft.com/office/spreadsheetml/2014/revision';
/** A sheet's root as Excel 2016 on writes it. */
const EXCEL = `<worksheet ${MAIN} ${MC} mc:Ignorable="x14ac xr" xmlns:x14ac="x14ac-ns" xmlns:xr="${XR}">`;
const FILTER = '<autoFilter ref="A1:B9" xr:uid="{1}"><filterColumn colId="1"/></autoFilter>';

describe('a piece of one part pasted into another (a copy ExcelJS wrote again)', () => {
  it('declares on the root what the piece uses, ignorable where the original has it so', () => {
    const to = `<?xml version="1.0"?>\n<worksheet ${MAIN}><sheetData/></worksheet>`;
    const fit = pasteable(FILTER, EXCEL, to);
    expect(fit.fragment).toBe(FILTER);
    expect(fit.target).toBe(
      `<?xml version="1.0"?>\n<worksheet ${MAIN} ${MC} mc:Ignorable="xr" xmlns:xr="${XR}"><sheetData/></worksheet>`,
    );
    // A root that has it already is left as it is.
    expect(pasteable(FILTER, EXCEL, fit.target).target).toBe(fit.target);
  });

  it('drops what it cannot declare, and keeps what the piece declares itself', () => {
    const ext = '<extLst><ext uri="u" xmlns:x14="x14-ns"><x14:id>1</x14:id></ext></extLst>';
    const piece = `<hyperlink ref="A1" location="S!A1" xr:uid="{1}" zz:b="2"/><filterColumn colId="0"><zz:c><d/></zz:c>${ext}</filterColumn>`;
    // zz is declared nowhere; xr is bound to another namespace in the target.
    const fit = pasteable(piece, EXCEL, `<worksheet ${MAIN} xmlns:xr="other">`);
    expect(fit.fragment).toBe(`<hyperlink ref="A1" location="S!A1"/><filterColumn colId="0">${ext}</filterColumn>`);
    expect(fit.target).toBe(`<worksheet ${MAIN} xmlns:xr="other">`);
  });
});
