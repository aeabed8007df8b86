type Kind =
  | Uint8ArrayConstructor
  | Int16ArrayConstructor
  | Int32ArrayConstructor
  | Uint32ArrayConstructor
  | Float64ArrayConstructor;

const BYTES: ReadonlyMap<Kind, number> = new Map<Kind, number>([
  [Uint8Array, 1],
  [Int16Array, 2],
  [Int32Array, 4],
  [Uint32Array, 4],
  [Float64Array, 8],
]);

type Views<K extends readonly Kind[]> = { -readonly [I in keyof K]: InstanceType<K[I]> };

/**
 * Typed arrays of `size` zeros, one of each kind asked for, carved from one buffer. V8 places every
 * typed array over 64 bytes in a buffer of its own outside its heap, at over a microsecond each: the
 * few dozen a check needs cost a thousand-row sheet a tenth of its time; views of one buffer do not.
 */
export function typedBlock<const K extends readonly Kind[]>(size: number, ...kinds: K): Views<K> {
  // Plain loops, not map and reduce with closures, and each kind's size looked up, not read from its
  // BYTES_PER_ELEMENT: inlined into the callers, those met arrays of both shapes V8 gives (see
  // RowKinds.cols) and five kinds of constructor, and deoptimized them (--trace-deopt: 'wrong map').
  const bytes: number[] = [];
  let total = 0;
  for (let i = 0; i < kinds.length; i++) {
    // Each view starts on a multiple of 8 bytes, as a Float64Array must.
    bytes.push(Math.ceil((BYTES.get(kinds[i]!)! * size) / 8) * 8);
    total += bytes[i]!;
  }
  const buffer = new ArrayBuffer(total);
  let offset = 0;
  const views: InstanceType<Kind>[] = [];
  for (let i = 0; i < kinds.length; i++) {
    views.push(new kinds[i]!(buffer, offset, size));
    offset += bytes[i]!;
  }
  return views as unknown as Views<K>;
}
