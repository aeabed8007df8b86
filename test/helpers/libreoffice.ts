import { execFile } from 'node:child_process';
import { mkdir, mkdtemp, readFile, readdir, writeFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { promisify } from 'node:util';
import { parseCsv } from '../../src/core/text/csv';

const run = promisify(execFile);

/**
 * LibreOffice shows the results cached in an .xlsx unless told to recalculate on load: a fresh
 * profile that always recalculates, so a formula is proved by what it computes, not what was stored.
 */
const RECALC_ALWAYS = `<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="ODFRecalcMode" oor:op="fuse"><value>0</value></prop></item>
</oor:items>`;

/** LibreOffice, headless, with its own profile (settings and macros) in `profile`. */
function soffice(profile: string, args: readonly string[]) {
  return run('soffice', [`-env:UserInstallation=file://${profile}`, '--headless', ...args], { timeout: 120_000 });
}

async function convert(path: string, outDir: string, filter: string, recalc = true): Promise<string> {
  const out = await mkdtemp(join(outDir, 'lo-'));
  const profile = await mkdtemp(join(outDir, 'lo-profile-'));
  await mkdir(join(profile, 'user'));
  if (recalc) await writeFile(join(profile, 'user', 'registrymodifications.xcu'), RECALC_ALWAYS);
  await soffice(profile, ['--calc', '--convert-to', filter, '--outdir', out, path]);
  const ext = filter.split(':')[0]!;
  // One file, named after the input (and the sheet, when one sheet of several is asked for).
  const made = (await readdir(out)).filter((n) => n.endsWith(`.${ext}`));
  if (made.length !== 1) throw new Error(`LibreOffice wrote ${made.length} .${ext} files for ${basename(path)}`);
  return join(out, made[0]!);
}

/** The workbook saved by LibreOffice in another format ("xls": a real old-format Excel file). */
export async function savedAsByLibreOffice(
  path: string,
  outDir: string,
  format: 'xls' | 'xlsx' | 'ods',
): Promise<string> {
  return convert(path, outDir, format);
}

/**
 * Open a workbook in LibreOffice Calc (headless), which computes every formula, and return one sheet
 * (the first, or the 1-based `sheet`) as the user would see it (displayed text, UTF-8 CSV). Files go
 * under `outDir`. With `recalc` false, LibreOffice as installed: it shows the results stored in the
 * file and computes only formulas without one.
 */
export async function computedByLibreOffice(
  path: string,
  outDir: string,
  sheet = 1,
  recalc = true,
): Promise<string[][]> {
  const csv = await convert(
    path,
    outDir,
    `csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,true,false,false,${sheet}`,
    recalc,
  );
  return parseCsv(await readFile(csv, 'utf8'));
}

/** The workbook printed to PDF by LibreOffice: how many pages, and whether the first is landscape. */
export async function printedByLibreOffice(
  path: string,
  outDir: string,
): Promise<{ pages: number; landscape: boolean }> {
  const pdf = await readFile(await convert(path, outDir, 'pdf'));
  const text = pdf.toString('latin1');
  const box = /\/MediaBox\s*\[\s*([\d.]+)\s+([\d.]+)\s+([\d.]+)\s+([\d.]+)/.exec(text);
  return {
    pages: (text.match(/\/Type\s*\/Page(?!s)/g) ?? []).length,
    landscape: !!box && Number(box[3]) - Number(box[1]) > Number(box[4]) - Number(box[2]),
  };
}

/** Open and save again as .xlsx with LibreOffice: what survives a round trip (lists, formats). */
export async function resavedByLibreOffice(path: string, outDir: string): Promise<string> {
  return convert(path, outDir, 'xlsx');
}

/** A displayed value as the core would hold it: a number where it reads as one, else the text or null. */
export function shown(text: string | undefined): number | string | null {
  if (text === undefined || text === '') return null;
  const n = Number(text.replace(/,/g, ''));
  return Number.isFinite(n) ? n : text;
}

/**
 * A Basic macro (quotes written as XML's &quot;) that edits a sheet as a user does, in whole rows, and
 * saves as .xlsx: "del:N" deletes row N, "ins:N" inserts one before it, "txt:A4:…" and "num:C4:…" fill a cell.
 */
const EDIT_MODULE = `<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE script:module PUBLIC "-//OpenOffice.org//DTD OfficeDocument 1.0//EN" "module.dtd">
<script:module xmlns:script="http://openoffice.org/2000/script" script:name="Module1" script:language="StarBasic">
Sub EditRows(sIn As String, sOut As String, sSheet As String, sOps As String)
  Dim aArgs(0) As New com.sun.star.beans.PropertyValue
  aArgs(0).Name = &quot;Hidden&quot; : aArgs(0).Value = True
  oDoc = StarDesktop.loadComponentFromURL(ConvertToURL(sIn), &quot;_blank&quot;, 0, aArgs())
  oSheet = oDoc.Sheets.getByName(sSheet)
  aOps = Split(sOps, &quot;;&quot;)
  For i = 0 To UBound(aOps)
    aP = Split(aOps(i), &quot;:&quot;, 3)
    If aP(0) = &quot;del&quot; Then oSheet.Rows.removeByIndex(CLng(aP(1)) - 1, 1)
    If aP(0) = &quot;ins&quot; Then oSheet.Rows.insertByIndex(CLng(aP(1)) - 1, 1)
    If aP(0) = &quot;txt&quot; Then oSheet.getCellRangeByName(aP(1)).setString(aP(2))
    If aP(0) = &quot;num&quot; Then oSheet.getCellRangeByName(aP(1)).setValue(CDbl(aP(2)))
  Next i
  Dim aSave(0) As New com.sun.star.beans.PropertyValue
  aSave(0).Name = &quot;FilterName&quot; : aSave(0).Value = &quot;Calc MS Excel 2007 XML&quot;
  oDoc.storeToURL(ConvertToURL(sOut), aSave())
  oDoc.close(True)
End Sub
</script:module>`;

/** An edit of whole rows or of a cell, as `editedByLibreOffice` makes it. */
export type RowEdit =
  | { readonly delete: number }
  | { readonly insert: number }
  | { readonly cell: string; readonly value: string | number };

const opOf = (e: RowEdit) =>
  'delete' in e
    ? `del:${e.delete}`
    : 'insert' in e
      ? `ins:${e.insert}`
      : `${typeof e.value === 'number' ? 'num' : 'txt'}:${e.cell}:${e.value}`;

const LIBRARIES = `<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE library:libraries PUBLIC "-//OpenOffice.org//DTD OfficeDocument 1.0//EN" "libraries.dtd">
<library:libraries xmlns:library="http://openoffice.org/2000/library" xmlns:xlink="http://www.w3.org/1999/xlink">
 <library:library library:name="Standard" library:link="false"/>
</library:libraries>`;

const library = (element: string) => `<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE library:library PUBLIC "-//OpenOffice.org//DTD OfficeDocument 1.0//EN" "library.dtd">
<library:library xmlns:library="http://openoffice.org/2000/library" library:name="Standard" library:readonly="false" library:passwordprotected="false">${element}</library:library>`;

/**
 * Edit a sheet in LibreOffice, in order (a row numbered as the sheet stands at that step), which moves
 * and cuts the formulas' references as Excel does when a user deletes or inserts whole rows; returns
 * the saved .xlsx.
 */
export async function editedByLibreOffice(
  path: string,
  outDir: string,
  sheet: string,
  edits: readonly RowEdit[],
): Promise<string> {
  const profile = await mkdtemp(join(outDir, 'lo-macro-'));
  // A new profile's first start writes LibreOffice's own Standard library: the macro goes in after it.
  await soffice(profile, ['--terminate_after_init']);
  const basic = join(profile, 'user', 'basic');
  await mkdir(join(basic, 'Standard'), { recursive: true });
  await writeFile(join(basic, 'script.xlc'), LIBRARIES);
  await writeFile(join(basic, 'dialog.xlc'), LIBRARIES);
  await writeFile(join(basic, 'Standard', 'script.xlb'), library('<library:element library:name="Module1"/>'));
  await writeFile(join(basic, 'Standard', 'dialog.xlb'), library(''));
  await writeFile(join(basic, 'Standard', 'Module1.xba'), EDIT_MODULE);
  const out = join(profile, `${basename(path, '.xlsx')}-edited.xlsx`);
  const ops = edits.map(opOf).join(';');
  await soffice(profile, ['--invisible', `macro:///Standard.Module1.EditRows("${path}","${out}","${sheet}","${ops}")`]);
  await readFile(out); // LibreOffice says nothing when a macro fails: no file is the sign.
  return out;
}
