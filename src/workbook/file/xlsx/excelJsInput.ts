import { PackageEdit } from './packageEdit';
import type { SheetEntry } from './xlsxFile';
import { attr, relationships, relsPath, tags, withAttr } from './xml';
import type { Zip } from './zip';

/** Where ExcelJS looks for a sheet's notes, by the target its relationship names. */
const EXCELJS_NAMES: Record<string, { readonly target: RegExp; readonly part: (n: number) => string }> = {
  comments: { target: /^\.\.\/comments\d+\.xml$/, part: (n) => `xl/comments${n}.xml` },
  vmlDrawing: { target: /^\.\.\/drawings\/vmlDrawing\d+\.vml$/, part: (n) => `xl/drawings/vmlDrawing${n}.vml` },
};

/**
 * The package as ExcelJS can load it, or null when it can as it is. ExcelJS reads every part as
 * UTF-8, and finds a sheet's notes only at xl/commentsN.xml and xl/drawings/vmlDrawingN.vml, cited
 * as ../commentsN.xml: a workbook with notes from another writer (openpyxl: xl/comments/comment1.xml,
 * cited as /xl/comments/…) makes it fail to load at all. Here the parts of a workbook written in
 * UTF-16 are written in UTF-8, and the notes' parts are copied to the names ExcelJS looks for. Only
 * ExcelJS reads the result: a copy it writes names and encodes every part its own way.
 */
export async function excelJsInput(
  zip: Zip,
  workbookPart: string,
  sheets: readonly SheetEntry[],
): Promise<Uint8Array | null> {
  const edit = new PackageEdit(zip);
  let changed = false;
  // One writer writes all its parts alike: the workbook part tells (the sheets' may be large).
  const encoding = await zip.encoding(workbookPart);
  if (encoding !== null && encoding !== 'utf-8') {
    for (const name of zip.names())
      if (/\.(xml|rels|vml)$/i.test(name)) {
        const text = await zip.text(name);
        if (text !== null) edit.set(name, text);
      }
    changed = true;
  }
  for (const sheet of sheets) {
    if (sheet.kind !== 'worksheet' || !sheet.part) continue;
    const path = relsPath(sheet.part);
    let rels = await edit.text(path);
    if (!rels) continue;
    const resolved = relationships(rels, sheet.part);
    for (const tag of tags(rels, 'Relationship')) {
      const names = EXCELJS_NAMES[(attr(tag, 'Type') ?? '').split('/').pop()!];
      const part = resolved.get(attr(tag, 'Id') ?? '')?.target;
      if (!names || !part || names.target.test(attr(tag, 'Target') ?? '')) continue;
      const text = await zip.text(part);
      if (text === null) continue;
      const name = edit.freeName(names.part);
      edit.set(name, text);
      const target = name.replace(/^xl\//, '../');
      rels = rels.replace(tag, () => withAttr(tag, 'Target', target));
      changed = true;
    }
    edit.set(path, rels);
  }
  return changed ? edit.write() : null;
}
