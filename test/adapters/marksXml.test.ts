import { describe, expect, it } from 'vitest';
import { a1 } from '../../src/core/cells/address';
import { claimedBlocks, notesVml } from '../../src/workbook/file/xlsx/marksXml';

describe("the notes' legacy drawing", () => {
  it('claims every block of shape ids its shapes use, so that no other drawing takes them', () => {
    const notes = Array.from({ length: 2100 }, (_, i) => ({ cell: a1(i + 1, 2), text: 'x' }));
    const vml = notesVml(notes, 3);
    expect(claimedBlocks(vml)).toEqual([3, 4, 5]);
    const ids = [...vml.matchAll(/id="_x0000_s(\d+)"/g)].map((m) => Number(m[1]));
    expect(ids).toHaveLength(2100);
    expect(new Set(ids.map((id) => Math.floor(id / 1024)))).toEqual(new Set([3, 4, 5]));
    // One note: one block.
    expect(claimedBlocks(notesVml(notes.slice(0, 1), 1))).toEqual([1]);
  });

  it('reads the blocks other drawings claim, as Excel lists them', () => {
    expect(claimedBlocks('<o:idmap v:ext="edit" data="1"/><o:idmap v:ext="edit" data="2,7"/>')).toEqual([1, 2, 7]);
  });
});
