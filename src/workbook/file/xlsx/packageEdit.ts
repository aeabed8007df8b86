import { attr, encodeXml, relsPath, tags, utf8Declared } from './xml';
import type { Zip } from './zip';
import { rezip } from './zipWrite';

/**
 * The namespaces the parts we add and the names we declare are written in: the package's own, the
 * usual (transitional) ones or those of Strict Open XML. One package speaks one of them throughout.
 */
export interface Namespaces {
  /** Of relationships (the r: of r:id), and the stem of their types. */
  readonly rel: string;
  /** Of a workbook's own parts (worksheets, tables, comments). */
  readonly main: string;
}

export const TRANSITIONAL: Namespaces = {
  rel: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships',
  main: 'http://schemas.openxmlformats.org/spreadsheetml/2006/main',
};

export const STRICT: Namespaces = {
  rel: 'http://purl.oclc.org/ooxml/officeDocument/relationships',
  main: 'http://purl.oclc.org/ooxml/spreadsheetml/main',
};

/** The namespaces of the package whose workbook part is `workbook`: Strict's when its root is in them. */
export function namespacesOf(workbook: string | null): Namespaces {
  const root = /<(?:[\w.-]+:)?workbook\b[^>]*>/.exec(workbook ?? '')?.[0] ?? '';
  return root.includes(STRICT.main) ? STRICT : TRANSITIONAL;
}

const SML = 'application/vnd.openxmlformats-officedocument.spreadsheetml';

/** The parts we add: the last step of their relationship type, and their content type (the same in both). */
export const PART = {
  worksheet: { rel: 'worksheet', type: `${SML}.worksheet+xml` },
  table: { rel: 'table', type: `${SML}.table+xml` },
  comments: { rel: 'comments', type: `${SML}.comments+xml` },
  vmlDrawing: { rel: 'vmlDrawing', type: 'application/vnd.openxmlformats-officedocument.vmlDrawing' },
} as const;

export type PartKind = keyof typeof PART;

const EMPTY_RELS =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"></Relationships>';

/** Where `target` lies as seen from part `owner`'s folder: xl/worksheets/sheet1.xml, xl/comments1.xml → ../comments1.xml. */
export function relativeTo(owner: string, target: string): string {
  const from = owner.split('/').slice(0, -1);
  const to = target.split('/');
  let common = 0;
  while (common < from.length && common < to.length - 1 && from[common] === to[common]) common++;
  return [...from.slice(common).map(() => '..'), ...to.slice(common)].join('/');
}

/**
 * Changes to the parts of a package, written at once: small parts as text, a large one in pieces.
 * Every part not changed is copied byte for byte (see rezip).
 */
export class PackageEdit {
  private readonly texts = new Map<string, string>();
  private readonly pieces = new Map<string, readonly Uint8Array[]>();

  constructor(
    private readonly zip: Zip,
    readonly ns: Namespaces = TRANSITIONAL,
  ) {}

  /** A part's text as it stands now (changed or as the package has it); null when there is no such part. */
  async text(path: string): Promise<string | null> {
    return this.texts.get(path) ?? (await this.zip.text(path));
  }

  has(path: string): boolean {
    return this.texts.has(path) || this.pieces.has(path) || this.zip.has(path);
  }

  set(path: string, xml: string): void {
    this.texts.set(path, xml);
  }

  setPieces(path: string, pieces: readonly Uint8Array[]): void {
    this.pieces.set(path, pieces);
  }

  /** The first free part name of a numbered series (xl/comments1.xml, xl/comments2.xml …). */
  freeName(name: (n: number) => string): string {
    for (let n = 1; ; n++) if (!this.has(name(n))) return name(n);
  }

  /** Adds part `path` of kind `kind` (an Override of its content type in [Content_Types].xml). */
  async addPart(path: string, xml: string, kind: PartKind): Promise<void> {
    this.set(path, xml);
    await this.declare(`<Override PartName="/${encodeXml(path)}" ContentType="${PART[kind].type}"/>`);
  }

  /** Declares the content type of `kind` for every part named *.`ext`, unless the package already does. */
  async declareExtension(ext: string, kind: PartKind): Promise<void> {
    const types = (await this.text('[Content_Types].xml')) ?? '';
    const known = [...tags(types, 'Default')].some((t) => attr(t, 'Extension')?.toLowerCase() === ext);
    if (!known) await this.declare(`<Default Extension="${ext}" ContentType="${PART[kind].type}"/>`);
  }

  private async declare(entry: string): Promise<void> {
    const types = await this.text('[Content_Types].xml');
    if (types === null || !types.includes('</Types>')) throw new Error('no content types');
    this.set(
      '[Content_Types].xml',
      types.replace('</Types>', () => `${entry}</Types>`),
    );
  }

  /** Adds a relationship of `owner` to part `target` of kind `kind`; returns its id. */
  async relate(owner: string, kind: PartKind, target: string): Promise<string> {
    const path = relsPath(owner);
    const rels = (await this.text(path)) ?? EMPTY_RELS;
    const ids = new Set([...tags(rels, 'Relationship')].map((t) => attr(t, 'Id')));
    let n = 1;
    while (ids.has(`rIdIta${n}`)) n++;
    const id = `rIdIta${n}`;
    const rel = `<Relationship Id="${id}" Type="${this.ns.rel}/${PART[kind].rel}" Target="${encodeXml(relativeTo(owner, target))}"/>`;
    this.set(
      path,
      rels.replace('</Relationships>', () => `${rel}</Relationships>`),
    );
    return id;
  }

  /** The package with the changes; null when it cannot be written so (see rezip). */
  async write(): Promise<Uint8Array | null> {
    const encoder = new TextEncoder();
    const changed = new Map<string, readonly Uint8Array[]>();
    const added = new Map<string, readonly Uint8Array[]>();
    const put = (path: string, content: readonly Uint8Array[]) =>
      (this.zip.has(path) ? changed : added).set(path, content);
    for (const [path, xml] of this.texts) put(path, [encoder.encode(utf8Declared(xml))]);
    for (const [path, content] of this.pieces) put(path, content);
    return rezip(this.zip, changed, added);
  }
}
