import JSZip from 'jszip';

/** What ExcelJS does not keep of a workbook it reads, found in the .xlsx package itself. */
export interface PackageFacts {
  /** Notes on cells that hold no value (ExcelJS drops them when it reads): sheet name → cell → text. */
  readonly orphanNotes: ReadonlyMap<string, ReadonlyMap<string, string>>;
  /** Charts, pictures or pivot tables, which a copy written by ExcelJS would not keep. */
  readonly hasDrawings: boolean;
  readonly hasPivots: boolean;
}

const attr = (tag: string, name: string) => new RegExp(`\\b${name}="([^"]*)"`).exec(tag)?.[1] ?? null;

function unescapeXml(s: string): string {
  return s
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');
}

function resolve(base: string, target: string): string {
  if (target.startsWith('/')) return target.slice(1);
  const parts = base.split('/').slice(0, -1);
  for (const p of target.split('/')) {
    if (p === '..') parts.pop();
    else if (p !== '.') parts.push(p);
  }
  return parts.join('/');
}

async function rels(zip: JSZip, part: string): Promise<Map<string, string>> {
  const dir = part.split('/').slice(0, -1).join('/');
  const file = zip.file(`${dir}/_rels/${part.split('/').pop()}.rels`);
  const out = new Map<string, string>();
  if (!file) return out;
  for (const m of (await file.async('string')).matchAll(/<Relationship\b[^>]*>/g)) {
    const id = attr(m[0], 'Id');
    const target = attr(m[0], 'Target');
    const type = attr(m[0], 'Type') ?? '';
    if (id && target) out.set(id, `${type.split('/').pop()}|${resolve(part, target)}`);
  }
  return out;
}

/** Read the facts ExcelJS loses straight from the package: small text parts only, no full parse. */
export async function packageFacts(data: ArrayBuffer | Uint8Array): Promise<PackageFacts> {
  const zip = await JSZip.loadAsync(data);
  const names = Object.keys(zip.files);
  const orphanNotes = new Map<string, Map<string, string>>();
  const workbook = zip.file('xl/workbook.xml');
  if (workbook) {
    const wbRels = await rels(zip, 'xl/workbook.xml');
    for (const m of (await workbook.async('string')).matchAll(/<sheet\b[^>]*>/g)) {
      const name = unescapeXml(attr(m[0], 'name') ?? '');
      const rid = attr(m[0], 'r:id');
      const sheetPart = rid ? wbRels.get(rid)?.split('|')[1] : undefined;
      if (!sheetPart || !zip.file(sheetPart)) continue;
      const sheetXml = await zip.file(sheetPart)!.async('string');
      const sheetRels = await rels(zip, sheetPart);
      const commentsPart = [...sheetRels.values()].find((v) => v.startsWith('comments|'))?.split('|')[1];
      if (!commentsPart || !zip.file(commentsPart)) continue;
      const xml = await zip.file(commentsPart)!.async('string');
      const notes = new Map<string, string>();
      for (const c of xml.matchAll(/<comment\b([^>]*)>([\s\S]*?)<\/comment>/g)) {
        const ref = attr(c[1]!, 'ref');
        if (!ref) continue;
        // A cell with a value is in sheetData with <v> or an inline string; ExcelJS keeps those notes.
        const cell = new RegExp(`<c\\b[^>]*\\br="${ref}"[^>]*?(/>|>([\\s\\S]*?)</c>)`).exec(sheetXml);
        if (cell && /<(v|is)>/.test(cell[2] ?? '')) continue;
        const text = [...c[2]!.matchAll(/<t\b[^>]*>([\s\S]*?)<\/t>/g)].map((t) => unescapeXml(t[1]!)).join('');
        notes.set(ref, text);
      }
      if (notes.size) orphanNotes.set(name, notes);
    }
  }
  return {
    orphanNotes,
    // Notes live in VML drawings; charts and pictures in DrawingML drawings, charts and media.
    hasDrawings: names.some((n) => /^xl\/(drawings\/drawing\d+\.xml|charts\/|media\/)/.test(n)),
    hasPivots: names.some((n) => /^xl\/pivot(Tables|Cache)\//.test(n)),
  };
}
