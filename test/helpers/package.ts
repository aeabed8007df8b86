import JSZip from 'jszip';
import { execFileSync } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { buildSummaryLayout } from '../../src/core/report/byMethod';
import { procurementData } from '../../src/core/report/procurementData';
import { ExcelJsWorkbook } from '../../src/workbook/file/exceljsWorkbook';
import { dateStyles } from '../../src/workbook/file/xlsx/styles';
import { serialToDate } from '../../src/core/cells/dates';
import { fixableRows, writeXlsx } from './o16';

/** Every part of a package, uncompressed, by name (JSZip checks each part's CRC-32 as it reads). */
export async function packageParts(bytes: Uint8Array): Promise<Map<string, Buffer>> {
  const zip = await JSZip.loadAsync(bytes, { checkCRC32: true });
  const out = new Map<string, Buffer>();
  for (const name of Object.keys(zip.files).sort())
    if (!zip.files[name]!.dir) out.set(name, Buffer.from(await zip.file(name)!.async('uint8array')));
  return out;
}

/** The Python that strictXmlErrors runs on a package. */
const STRICT_XML = `
import re, sys, zipfile, xml.etree.ElementTree as ET
MC = 'http://schemas.openxmlformats.org/markup-compatibility/2006'
z = zipfile.ZipFile(sys.argv[1])
for n in z.namelist():
    if not n.endswith(('.xml', '.rels')):
        continue
    b = z.read(n)
    try:
        ET.fromstring(b)
    except ET.ParseError as e:
        print(n, e)
        continue
    root = re.search(rb'<[^?!][^>]*>', b).group(0).decode()
    mc = re.search(r'\\sxmlns:([^\\s=]+)="' + MC + '"', root)
    listed = re.search(r'\\s' + mc.group(1) + r':Ignorable="([^"]*)"', root) if mc else None
    for p in listed.group(1).split() if listed else []:
        if not re.search(r'\\sxmlns:' + p + '=', root):
            print(n, 'ignorable prefix not declared:', p)
`;

/**
 * What Excel would refuse in the package at `path`, read by Python's expat (as openpyxl reads): a part
 * that is not XML with its namespaces (a prefix no element declares), or a root making ignorable a
 * prefix it does not declare. fast-xml-parser's validator sees neither.
 */
export function strictXmlErrors(path: string): string[] {
  const out = execFileSync('/usr/bin/python3', ['-c', STRICT_XML, path], { encoding: 'utf8' });
  return out.split('\n').filter(Boolean);
}

/**
 * A user's workbook as a copy must keep it: an O16 with findings to fix (fixableRows) and a summary
 * sheet with its chart, as the pane or `ita-check summary` makes it; still open, for more to be set.
 */
export async function chartedO16(dir: string): Promise<ExcelJsWorkbook> {
  const path = join(dir, 'source.xlsx');
  await writeXlsx(path, { O16: fixableRows() });
  const wb = await ExcelJsWorkbook.load(await readFile(path));
  await wb.insertTemplate(buildSummaryLayout([procurementData(await wb.readSheet('O16'))!]));
  return wb;
}

/** Ways XML allows a start tag's attributes to be written that Excel does not use (values holding a quote stay as they were). */
export const SPELLINGS = {
  'in single quotes': (tag: string) => tag.replace(/(\s[\w:]+)="([^"']*)"/g, "$1='$2'"),
  'each on a line of its own': (tag: string) => tag.replace(/ (?=[\w:]+="[^"']*")/g, '\n    '),
  'with spaces around =': (tag: string) => tag.replace(/(\s[\w:]+)="([^"']*)"/g, '$1 = "$2"'),
} as const;

/** The package with each of its XML parts (.xml, .rels, .vml) as `edit` gives it from its name and text. */
async function withEachXmlPart(
  bytes: Uint8Array,
  edit: (name: string, xml: string) => string | Uint8Array,
): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(bytes);
  for (const name of Object.keys(zip.files))
    if (/\.(xml|rels|vml)$/.test(name)) zip.file(name, edit(name, await zip.file(name)!.async('string')));
  return zip.generateAsync({ type: 'uint8array' });
}

/** The package with the attributes of every XML part written another way (see SPELLINGS). */
export function respelled(bytes: Uint8Array, spell: (tag: string) => string): Promise<Uint8Array> {
  return withEachXmlPart(bytes, (_, xml) => xml.replace(/<[^!?/][^>]*>/g, spell));
}

/**
 * The package with the workbook's, styles', shared strings' and sheets' elements in the main namespace
 * named with a prefix (<x:workbook>, as programs built on the Open XML SDK write them).
 */
export function withMainPrefix(bytes: Uint8Array): Promise<Uint8Array> {
  return withEachXmlPart(bytes, (name, xml) =>
    /^xl\/(workbook|styles|sharedStrings|worksheets\/sheet\d+)\.xml$/.test(name)
      ? xml
          .replace(/<(\/?)(?=[A-Za-z_])(?![\w.-]+:)/g, '<$1x:')
          .replace(
            /xmlns="http:\/\/schemas\.openxmlformats\.org\/spreadsheetml\/2006\/main"/,
            'xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main"',
          )
      : xml,
  );
}

/** The package with its sheets' characters beyond ASCII written as character references (&#3619;), as openpyxl writes them. */
export function withCharacterReferences(bytes: Uint8Array): Promise<Uint8Array> {
  return withEachXmlPart(bytes, (name, xml) =>
    /^xl\/worksheets\/[^/]+\.xml$/.test(name) ? xml.replace(/[^\0-\x7f]/gu, (c) => `&#${c.codePointAt(0)};`) : xml,
  );
}

/** The package with every XML part in UTF-16 (little-endian, led by its byte-order mark), as XML allows. */
export function inUtf16(bytes: Uint8Array): Promise<Uint8Array> {
  return withEachXmlPart(bytes, (_, xml) => {
    const declared = xml.startsWith('<?xml')
      ? xml.replace(/encoding="[^"]*"/, 'encoding="UTF-16"')
      : `<?xml version="1.0" encoding="UTF-16"?>${xml}`;
    return Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(declared, 'utf16le')]);
  });
}

/**
 * The package in Strict Open XML, as Excel saves "Strict Open XML Spreadsheet": the same parts with
 * the namespaces and relationship types of ISO 29500 Strict, the workbook saying so, and the dates
 * written as ISO 8601 text (cells typed "d").
 */
export async function inStrict(bytes: Uint8Array): Promise<Uint8Array> {
  const isDate = dateStyles((await packageParts(bytes)).get('xl/styles.xml')?.toString() ?? null);
  const isoDates = (xml: string) =>
    xml.replace(/<c r="(\w+)" s="(\d+)"><v>([\d.]+)<\/v><\/c>/g, (cell, ref: string, s: string, v: string) =>
      isDate[Number(s)]
        ? `<c r="${ref}" s="${s}" t="d"><v>${serialToDate(Number(v)).toISOString().slice(0, 19)}</v></c>`
        : cell,
    );
  return withEachXmlPart(bytes, (name, text) => {
    let xml = (/^xl\/worksheets\/[^/]+\.xml$/.test(name) ? isoDates(text) : text)
      .replace(
        /http:\/\/schemas\.openxmlformats\.org\/officeDocument\/2006\/extended-properties/g,
        'http://purl.oclc.org/ooxml/officeDocument/extendedProperties',
      )
      .replace(/(\/relationships)\/extended-properties/g, '$1/extendedProperties')
      .replace(
        /http:\/\/schemas\.openxmlformats\.org\/(spreadsheetml|officeDocument|drawingml)\/2006\/(\w+)/g,
        (_, area: string, ns: string) => `http://purl.oclc.org/ooxml/${area}/${ns}`,
      );
    if (name === 'xl/workbook.xml') xml = xml.replace(/<workbook\b/, '<workbook conformance="strict"');
    return xml;
  });
}

/** What stands for a VBA project here: its bytes are kept, never read. */
export const VBA_PROJECT = new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 1, 2, 3, 4]);

/**
 * The package as a macro-enabled workbook (.xlsm) as Excel saves one: its workbook part of the
 * macro-enabled type, and a VBA project related to it.
 */
export async function asXlsm(bytes: Uint8Array): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(bytes);
  const types = await zip.file('[Content_Types].xml')!.async('string');
  zip.file(
    '[Content_Types].xml',
    types
      .replace(
        'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml',
        'application/vnd.ms-excel.sheet.macroEnabled.main+xml',
      )
      .replace('<Default ', '<Default Extension="bin" ContentType="application/vnd.ms-office.vbaProject"/><Default '),
  );
  const rels = await zip.file('xl/_rels/workbook.xml.rels')!.async('string');
  zip.file(
    'xl/_rels/workbook.xml.rels',
    rels.replace(
      '</Relationships>',
      '<Relationship Id="rIdVba" Type="http://schemas.microsoft.com/office/2006/relationships/vbaProject" Target="vbaProject.bin"/></Relationships>',
    ),
  );
  zip.file('xl/vbaProject.bin', VBA_PROJECT);
  return zip.generateAsync({ type: 'uint8array' });
}

/**
 * The package with an Excel 365 comment thread on A1 of its first sheet, laid out as Excel saves one
 * (the thread, the people who wrote in it, and their relationships).
 */
export async function withThread(bytes: Uint8Array): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(bytes);
  const ns = 'http://schemas.microsoft.com/office/spreadsheetml/2018/threadedcomments';
  const rel = 'http://schemas.microsoft.com/office/2017/10/relationships';
  const person = '{6D1A3C1E-0000-4000-8000-000000000001}';
  zip.file(
    'xl/threadedComments/threadedComment1.xml',
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<ThreadedComments xmlns="${ns}"><threadedComment ref="A1" dT="2024-01-15T09:00:00.00" personId="${person}" id="{6D1A3C1E-0000-4000-8000-000000000002}"><text>ตรวจกับสัญญาแล้ว</text></threadedComment></ThreadedComments>`,
  );
  zip.file(
    'xl/persons/person.xml',
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<personList xmlns="${ns}"><person displayName="เจ้าหน้าที่พัสดุ" id="${person}" userId="พัสดุ" providerId="None"/></personList>`,
  );
  const types = await zip.file('[Content_Types].xml')!.async('string');
  zip.file(
    '[Content_Types].xml',
    types.replace(
      '</Types>',
      '<Override PartName="/xl/threadedComments/threadedComment1.xml" ContentType="application/vnd.ms-excel.threadedcomments+xml"/><Override PartName="/xl/persons/person.xml" ContentType="application/vnd.ms-excel.person+xml"/></Types>',
    ),
  );
  const relate = async (path: string, entry: string) => {
    const rels =
      (await zip.file(path)?.async('string')) ??
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"></Relationships>';
    zip.file(path, rels.replace('</Relationships>', `${entry}</Relationships>`));
  };
  await relate(
    'xl/worksheets/_rels/sheet1.xml.rels',
    `<Relationship Id="rIdThread" Type="${rel}/threadedComment" Target="../threadedComments/threadedComment1.xml"/>`,
  );
  await relate(
    'xl/_rels/workbook.xml.rels',
    `<Relationship Id="rIdPerson" Type="${rel}/person" Target="persons/person.xml"/>`,
  );
  return zip.generateAsync({ type: 'uint8array' });
}
