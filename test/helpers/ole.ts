/** An entry of an OLE compound file: a stream (empty here), or a storage holding entries of its own. */
export interface OleEntry {
  readonly name: string;
  readonly children?: readonly OleEntry[];
}

const FREE = 0xffffffff;
const END = 0xfffffffe;

/**
 * An OLE compound file (as the old .xls and .doc are) with `top` at its root: 512-byte sectors, one of
 * the allocation table, then the directory. Enough of one for what reads its directory; the streams
 * hold nothing.
 */
export function oleFile(top: readonly OleEntry[]): Uint8Array {
  const flat: { name: string; type: number; child: number; right: number }[] = [
    { name: 'Root Entry', type: 5, child: FREE, right: FREE },
  ];
  // Each storage's entries listed as a chain of right siblings: a tree a reader walks as any other.
  const add = (entries: readonly OleEntry[]): number => {
    const ids = entries.map((e) => {
      flat.push({ name: e.name, type: e.children ? 1 : 2, child: FREE, right: FREE });
      return flat.length - 1;
    });
    entries.forEach((e, i) => {
      if (i + 1 < ids.length) flat[ids[i]!]!.right = ids[i + 1]!;
      if (e.children) flat[ids[i]!]!.child = add(e.children);
    });
    return ids[0] ?? FREE;
  };
  flat[0]!.child = add(top);
  const dirSectors = Math.ceil(flat.length / 4);
  const bytes = new Uint8Array(512 * (2 + dirSectors));
  const view = new DataView(bytes.buffer);
  bytes.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
  view.setUint16(24, 0x3e, true);
  view.setUint16(26, 3, true);
  view.setUint16(28, 0xfffe, true);
  view.setUint16(30, 9, true);
  view.setUint16(32, 6, true);
  view.setUint32(44, 1, true); // one sector of the allocation table
  view.setUint32(48, 1, true); // the directory from sector 1
  view.setUint32(56, 4096, true);
  view.setUint32(60, END, true);
  view.setUint32(68, END, true);
  for (let i = 0; i < 109; i++) view.setUint32(76 + i * 4, i === 0 ? 0 : FREE, true);
  // The allocation table (sector 0): itself, then the directory's chain.
  const fat = 512;
  for (let i = 0; i < 128; i++) view.setUint32(fat + i * 4, FREE, true);
  view.setUint32(fat, 0xfffffffd, true);
  for (let s = 1; s <= dirSectors; s++) view.setUint32(fat + s * 4, s === dirSectors ? END : s + 1, true);
  flat.forEach((e, i) => {
    const at = 1024 + i * 128;
    [...e.name].forEach((c, k) => view.setUint16(at + k * 2, c.charCodeAt(0), true));
    view.setUint16(at + 64, (e.name.length + 1) * 2, true);
    bytes[at + 66] = e.type;
    view.setUint32(at + 68, FREE, true);
    view.setUint32(at + 72, e.right, true);
    view.setUint32(at + 76, e.child, true);
    view.setUint32(at + 116, END, true);
  });
  return bytes;
}
