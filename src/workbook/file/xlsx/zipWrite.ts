import { deflateSync } from 'fflate';
import type { Entry, Zip } from './zip';

let table: Int32Array | null = null;

/** CRC-32 (the ZIP polynomial) of bytes given in pieces, which each entry of an archive carries. */
export function crc32(pieces: readonly Uint8Array[]): number {
  if (!table) {
    table = new Int32Array(256);
    for (let n = 0; n < 256; n++) {
      let c = n;
      for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
      table[n] = c;
    }
  }
  let c = -1;
  for (const bytes of pieces) for (let i = 0; i < bytes.length; i++) c = table[(c ^ bytes[i]!) & 0xff]! ^ (c >>> 8);
  return (c ^ -1) >>> 0;
}

/** `pieces` through the platform's own zlib (browsers, Node 18+): far faster than JS. */
async function compressed(pieces: readonly Uint8Array[], format: 'gzip' | 'deflate-raw'): Promise<Uint8Array> {
  const stream = new Blob(pieces as Uint8Array<ArrayBuffer>[]).stream().pipeThrough(new CompressionStream(format));
  return new Uint8Array(await new Response(stream).arrayBuffer());
}

/**
 * The deflated bytes of `pieces` and their CRC-32, both by the platform where it can: a gzip stream is
 * the raw deflate data between a header and a trailer that holds the CRC-32.
 */
async function deflate(pieces: readonly Uint8Array[]): Promise<{ data: Uint8Array; crc: number }> {
  if (typeof CompressionStream !== 'function') {
    const whole = new Uint8Array(sizeOf(pieces));
    let at = 0;
    for (const p of pieces) whole.set(p, (at += p.length) - p.length);
    return { data: deflateSync(whole), crc: crc32(pieces) };
  }
  const gz = await compressed(pieces, 'gzip');
  // A header of 10 bytes with no optional fields (flags 0), as zlib writes it; else deflate again.
  if (gz[3] !== 0) return { data: await compressed(pieces, 'deflate-raw'), crc: crc32(pieces) };
  return {
    data: gz.subarray(10, gz.length - 8),
    crc: new DataView(gz.buffer, gz.byteOffset + gz.length - 8, 4).getUint32(0, true),
  };
}

/** A moment as a ZIP entry's DOS time and date (local time, 2-second steps). */
function dosTime(d: Date): { time: number; date: number } {
  return {
    time: (d.getHours() << 11) | (d.getMinutes() << 5) | (d.getSeconds() >> 1),
    date: ((Math.max(1980, d.getFullYear()) - 1980) << 9) | ((d.getMonth() + 1) << 5) | d.getDate(),
  };
}

const sizeOf = (pieces: readonly Uint8Array[]) => pieces.reduce((n, p) => n + p.length, 0);

interface Written {
  readonly name: Uint8Array;
  readonly entry: Entry;
  readonly data: Uint8Array;
}

/**
 * A copy of archive `zip` in which the parts in `changed` hold new contents (given in pieces), and
 * those of `added` (not in `zip`) are added at the end. Every other part is copied as it is
 * compressed, byte for byte: what we do not understand (charts, pivot tables, pictures, macros) is
 * kept exactly. Null when the copy would need ZIP64 (a part or the archive over 4 GB) or a part is
 * encrypted.
 */
export async function rezip(
  zip: Zip,
  changed: ReadonlyMap<string, readonly Uint8Array[]>,
  added: ReadonlyMap<string, readonly Uint8Array[]> = new Map(),
): Promise<Uint8Array | null> {
  const names = new TextEncoder();
  const parts: Written[] = [];
  for (const name of zip.names()) {
    const raw = zip.raw(name)!;
    // Bit 0: encrypted. Bit 3 (sizes after the data) is dropped: the copy's headers carry them.
    if (raw.entry.flags & 1) return null;
    const flags = raw.entry.flags & ~0x8;
    const content = changed.get(name);
    const packed = content ? await deflate(content) : null;
    const entry: Entry =
      content && packed
        ? { ...raw.entry, flags, method: 8, crc: packed.crc, size: sizeOf(content) }
        : { ...raw.entry, flags };
    const data = packed ? packed.data : raw.data;
    parts.push({ name: names.encode(name), entry: { ...entry, compressedSize: data.length }, data });
  }
  // The added parts go last, after the package's own ([Content_Types].xml first, as Office writes it).
  const now = dosTime(new Date());
  for (const [name, content] of added) {
    if (zip.has(name)) return null;
    const packed = await deflate(content);
    // Bit 11: the name is UTF-8.
    const entry: Entry = {
      method: 8,
      compressedSize: packed.data.length,
      localHeader: 0,
      flags: 0x800,
      ...now,
      crc: packed.crc,
      size: sizeOf(content),
    };
    parts.push({ name: names.encode(name), entry, data: packed.data });
  }
  let total = 22;
  for (const p of parts) total += 30 + 46 + 2 * p.name.length + p.data.length;
  if (total >= 0xffffffff || parts.some((p) => p.entry.size >= 0xffffffff) || parts.length > 0xffff) return null;
  const out = new Uint8Array(total);
  const view = new DataView(out.buffer);
  let at = 0;
  const offsets: number[] = [];
  // The fields a local header and a central directory entry share, from "version needed" to the name's length.
  const common = (p: Written, o: number) => {
    view.setUint16(o, 20, true);
    view.setUint16(o + 2, p.entry.flags, true);
    view.setUint16(o + 4, p.entry.method, true);
    view.setUint16(o + 6, p.entry.time, true);
    view.setUint16(o + 8, p.entry.date, true);
    view.setUint32(o + 10, p.entry.crc, true);
    view.setUint32(o + 14, p.entry.compressedSize, true);
    view.setUint32(o + 18, p.entry.size, true);
    view.setUint16(o + 22, p.name.length, true);
  };
  for (const p of parts) {
    offsets.push(at);
    view.setUint32(at, 0x04034b50, true);
    common(p, at + 4);
    out.set(p.name, at + 30);
    out.set(p.data, at + 30 + p.name.length);
    at += 30 + p.name.length + p.data.length;
  }
  const directory = at;
  parts.forEach((p, i) => {
    view.setUint32(at, 0x02014b50, true);
    view.setUint16(at + 4, 20, true);
    common(p, at + 6);
    // Extra field, comment, disk, attributes: none.
    view.setUint32(at + 42, offsets[i]!, true);
    out.set(p.name, at + 46);
    at += 46 + p.name.length;
  });
  view.setUint32(at, 0x06054b50, true);
  view.setUint16(at + 8, parts.length, true);
  view.setUint16(at + 10, parts.length, true);
  view.setUint32(at + 12, at - directory, true);
  view.setUint32(at + 16, directory, true);
  return out;
}
