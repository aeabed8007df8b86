import { describe, expect, it } from 'vitest';
import { itaScore } from '../../src/core/score/ita';

/** Ten equal indicator scores: every tool and the total are that score. */
const all = (x: number) => Array.from({ length: 10 }, () => x);

describe('itaScore at the edges of its bands', () => {
  it('from 2566: 85.00 passes and 84.99 does not; 95.00 is excellent and 94.99 is not', () => {
    expect(itaScore(2567, all(85))).toMatchObject({ total: 85, pass: true, excellent: false });
    expect(itaScore(2567, all(84.99))).toMatchObject({ total: 84.99, pass: false });
    expect(itaScore(2567, all(95))).toMatchObject({ total: 95, excellent: true });
    expect(itaScore(2567, all(94.99)).excellent).toBe(false);
  });

  it('2561–2565: each level starts at its minimum (95 AA, 85 A, 75 B, 50 E)', () => {
    const level = (x: number) => itaScore(2565, all(x)).level;
    expect([95, 94.99, 85, 84.99, 75, 74.99, 50, 49.99].map(level)).toEqual(['AA', 'A', 'A', 'B', 'B', 'C', 'E', 'F']);
  });

  it('takes scores from 0 to 100 and refuses any outside', () => {
    expect([itaScore(2567, all(0)).total, itaScore(2567, all(100)).total]).toEqual([0, 100]);
    for (const bad of [100.01, -0.01, NaN])
      expect(() => itaScore(2567, [...all(90).slice(1), bad])).toThrow(RangeError);
  });
});
