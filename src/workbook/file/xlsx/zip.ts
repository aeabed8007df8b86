import { Inflate } from 'fflate';

export type Encoding = 'utf-8' | 'utf-16le' | 'utf-16be';

/** A part's encoding by its first bytes: XML parts are UTF-8, or UTF-16 led by a byte-order mark (both allowed). */
function encodingOf(first: Uint8Array): Encoding {
  if (first[0] === 0xff && first[1] === 0xfe) return 'utf-16le';
  if (first[0] === 0xfe && first[1] === 0xff) return 'utf-16be';
  return 'utf-8';
}

/** One entry of a ZIP archive, as its central directory describes it. */
export interface Entry {
  readonly method: number;
  readonly compressedSize: number;
  readonly localHeader: number;
  /** What a copy of the entry needs from the central directory: flags, DOS time and date, CRC-32, size. */
  readonly flags: number;
  readonly time: number;
  readonly date: number;
  readonly crc: number;
  readonly size: number;
}

/** The archive is not a ZIP we can read (damaged, truncated, or ZIP64 beyond what a workbook needs). */
export class BadZip extends Error {
  constructor(why: string) {
    super(`not a readable ZIP package: ${why}`);
    this.name = 'BadZip';
  }
}

const CHUNK = 1 << 20;

/** Inflate with the platform's own zlib (browsers and Node 18+), several times faster than in JS. */
async function nativeInflate(
  data: Uint8Array,
  onChunk: (chunk: Uint8Array) => void,
  pause?: () => Promise<void>,
): Promise<void> {
  const stream = new Blob([data as Uint8Array<ArrayBuffer>])
    .stream()
    .pipeThrough(new DecompressionStream('deflate-raw'));
  const reader = stream.getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) return;
    onChunk(value);
    if (pause) await pause();
  }
}

/**
 * The parts of an .xlsx package, read from the bytes in memory. Parts are inflated in chunks, so a
 * worksheet of a million rows never has to exist as one string.
 */
export class Zip {
  private readonly entries = new Map<string, Entry>();
  private readonly view: DataView;

  constructor(private readonly bytes: Uint8Array) {
    this.view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    // The end-of-central-directory record is in the last 64 KB (after an optional comment).
    let eocd = -1;
    for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - 65_557); i--)
      if (this.view.getUint32(i, true) === 0x06054b50) {
        eocd = i;
        break;
      }
    if (eocd < 0) throw new BadZip('no central directory');
    const count = this.view.getUint16(eocd + 10, true);
    let p = this.view.getUint32(eocd + 16, true);
    const names = new TextDecoder();
    for (let n = 0; n < count; n++) {
      if (p + 46 > bytes.length || this.view.getUint32(p, true) !== 0x02014b50) throw new BadZip('bad directory entry');
      const nameLength = this.view.getUint16(p + 28, true);
      const extraLength = this.view.getUint16(p + 30, true);
      const commentLength = this.view.getUint16(p + 32, true);
      const name = names.decode(bytes.subarray(p + 46, p + 46 + nameLength));
      let compressedSize = this.view.getUint32(p + 20, true);
      let uncompressed = this.view.getUint32(p + 24, true);
      let localHeader = this.view.getUint32(p + 42, true);
      // ZIP64: a field of all ones means the real value is in the extra field (id 1), in order.
      if (compressedSize === 0xffffffff || uncompressed === 0xffffffff || localHeader === 0xffffffff) {
        const extra = p + 46 + nameLength;
        for (let e = extra; e + 4 <= extra + extraLength;) {
          const id = this.view.getUint16(e, true);
          const size = this.view.getUint16(e + 2, true);
          if (id === 1) {
            let at = e + 4;
            const next = () => {
              const v = Number(this.view.getBigUint64(at, true));
              at += 8;
              return v;
            };
            if (uncompressed === 0xffffffff) uncompressed = next();
            if (compressedSize === 0xffffffff) compressedSize = next();
            if (localHeader === 0xffffffff) localHeader = next();
            break;
          }
          e += 4 + size;
        }
      }
      this.entries.set(name, {
        method: this.view.getUint16(p + 10, true),
        compressedSize,
        localHeader,
        flags: this.view.getUint16(p + 8, true),
        time: this.view.getUint16(p + 12, true),
        date: this.view.getUint16(p + 14, true),
        crc: this.view.getUint32(p + 16, true),
        size: uncompressed,
      });
      p += 46 + nameLength + extraLength + commentLength;
    }
  }

  has(name: string): boolean {
    return this.entries.has(name);
  }

  names(): string[] {
    return [...this.entries.keys()];
  }

  /** An entry as the archive holds it: what the central directory says, and its bytes still compressed. */
  raw(name: string): { entry: Entry; data: Uint8Array } | null {
    const e = this.entries.get(name);
    if (!e) return null;
    const { start, end } = this.span(name, e);
    return { entry: e, data: this.bytes.subarray(start, end) };
  }

  /** Where an entry's compressed bytes lie. */
  private span(name: string, e: Entry): { start: number; end: number } {
    const h = e.localHeader;
    if (this.view.getUint32(h, true) !== 0x04034b50) throw new BadZip(`bad local header for ${name}`);
    const start = h + 30 + this.view.getUint16(h + 26, true) + this.view.getUint16(h + 28, true);
    const end = start + e.compressedSize;
    if (end > this.bytes.length) throw new BadZip(`${name} is cut short`);
    return { start, end };
  }

  /**
   * Feed the part's bytes, inflated, to `onChunk` in pieces; false when there is no such part.
   * `pause` runs between pieces (the pane uses it to stay responsive and to let the user cancel).
   */
  async stream(name: string, onChunk: (chunk: Uint8Array) => void, pause?: () => Promise<void>): Promise<boolean> {
    const e = this.entries.get(name);
    if (!e) return false;
    const { start, end } = this.span(name, e);
    if (e.method !== 0 && e.method !== 8) throw new BadZip(`${name} uses compression method ${e.method}`);
    if (e.method === 8 && typeof DecompressionStream === 'function') {
      await nativeInflate(this.bytes.subarray(start, end), onChunk, pause);
      return true;
    }
    const inflate = e.method === 8 ? new Inflate((chunk) => onChunk(chunk)) : null;
    for (let p = start; p < end; p += CHUNK) {
      const piece = this.bytes.subarray(p, Math.min(end, p + CHUNK));
      if (inflate) inflate.push(piece, p + CHUNK >= end);
      else onChunk(piece);
      if (pause) await pause();
    }
    return true;
  }

  /** A small part as text (workbook, styles, relationships); null when there is no such part. */
  async text(name: string): Promise<string | null> {
    let out = '';
    const found = await this.textChunks(name, (t) => (out += t));
    return found ? out : null;
  }

  /** A part as text in pieces that never split a character, in its encoding (see `encodingOf`). */
  async textChunks(name: string, onText: (text: string) => void, pause?: () => Promise<void>): Promise<boolean> {
    const read: { decoder?: TextDecoder } = {};
    const found = await this.stream(
      name,
      (chunk) => onText((read.decoder ??= new TextDecoder(encodingOf(chunk))).decode(chunk, { stream: true })),
      pause,
    );
    if (found && read.decoder) onText(read.decoder.decode());
    return found;
  }

  /**
   * How many times global pattern `pattern` occurs in a part, read in pieces (a sheet may be large): a
   * match cut between two pieces is found once, whole, when none is longer than `longest` characters.
   */
  async matches(name: string, pattern: RegExp, longest: number): Promise<number> {
    let count = 0;
    let carry = '';
    await this.textChunks(name, (t) => {
      const text = carry + t;
      // A match within the carried text was counted with the piece before.
      for (const m of text.matchAll(pattern)) if (m.index + m[0].length > carry.length) count++;
      carry = text.slice(-longest);
    });
    return count;
  }

  /** The encoding of a (small) part; null when there is no such part. */
  async encoding(name: string): Promise<Encoding | null> {
    const read: { first?: Uint8Array } = {};
    const found = await this.stream(name, (chunk) => (read.first ??= chunk));
    return found ? encodingOf(read.first ?? new Uint8Array()) : null;
  }
}
