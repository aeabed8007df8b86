import { describe, expect, it } from 'vitest';
import { typedBlock } from '../../../src/core/rules/typedBlock';

describe('typedBlock', () => {
  it('gives zeroed arrays of the asked kinds and size that do not share a byte', () => {
    const [a, b, c, d] = typedBlock(5, Uint8Array, Float64Array, Int16Array, Int32Array);
    expect([a, b, c, d].map((x) => [x.constructor.name, x.length])).toEqual([
      ['Uint8Array', 5],
      ['Float64Array', 5],
      ['Int16Array', 5],
      ['Int32Array', 5],
    ]);
    expect([...a, ...b, ...c, ...d].every((x) => x === 0)).toBe(true);
    a.fill(255);
    b.fill(-1.5);
    c.fill(-2);
    d.fill(-3);
    expect([...a]).toEqual([255, 255, 255, 255, 255]);
    expect([...b]).toEqual([-1.5, -1.5, -1.5, -1.5, -1.5]);
    expect([...c]).toEqual([-2, -2, -2, -2, -2]);
    expect([...d]).toEqual([-3, -3, -3, -3, -3]);
  });

  it('gives empty arrays for no rows', () => {
    expect(typedBlock(0, Float64Array, Uint8Array).map((x) => x.length)).toEqual([0, 0]);
  });
});
