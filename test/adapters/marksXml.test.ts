import { describe, expect, it } from 'vitest';
import { a1 } from '../../src/core/cells/address';
import { claimedBlocks, notesVml, redrawnVml } from '../../src/workbook/file/xlsx/marksXml';

describe("the notes' legacy drawing", () => {
  it('claims every block of shape ids its shapes use, so that no other drawing takes them', () => {
    const notes = Array.from({ length: 2100 }, (_, i) => a1(i + 1, 2));
    const vml = notesVml(notes, 3);
    expect(claimedBlocks(vml)).toEqual([3, 4, 5]);
    const ids = [...vml.matchAll(/id="_x0000_s(\d+)"/g)].map((m) => Number(m[1]));
    expect(ids).toHaveLength(2100);
    expect(new Set(ids.map((id) => Math.floor(id / 1024)))).toEqual(new Set([3, 4, 5]));
    // One note: one block.
    expect(claimedBlocks(notesVml(notes.slice(0, 1), 1))).toEqual([1]);
  });

  it('reads the blocks other drawings claim, as Excel lists them, and as openpyxl (another prefix)', () => {
    expect(claimedBlocks('<o:idmap v:ext="edit" data="1"/><o:idmap v:ext="edit" data="2,7"/>')).toEqual([1, 2, 7]);
    expect(claimedBlocks('<ns0:idmap ns1:ext="edit" data="4"/>')).toEqual([4]);
  });

  it('is drawn anew only when it shows nothing but notes: a button or a check box would be lost', () => {
    const shape = (kind: string) => `<ns0:shape><ns2:ClientData ObjectType="${kind}"/></ns0:shape>`;
    const redrawn = redrawnVml(`<xml>${shape('Note')}${shape('Note')}</xml>`, ['B3', 'C4'], 2);
    expect([...redrawn!.matchAll(/<x:Row>(\d+)<\/x:Row><x:Column>(\d+)</g)].map((m) => [m[1], m[2]])).toEqual([
      ['2', '1'],
      ['3', '2'],
    ]);
    expect(claimedBlocks(redrawn!)).toEqual([2]);
    expect(redrawnVml(`<xml>${shape('Note')}${shape('Button')}</xml>`, ['B3'], 2)).toBeNull();
    expect(redrawnVml(`<xml>${shape('Checkbox')}</xml>`, ['B3'], 2)).toBeNull();
  });
});
