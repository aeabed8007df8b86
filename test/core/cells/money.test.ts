import { describe, expect, it } from 'vitest';
import { parseMoney } from '../../../src/core/cells/money';
import { formatMoney } from '../../../src/core/text/format';

describe('parseMoney', () => {
  it.each([
    [1480, 1480, false],
    ['1480', 1480, true],
    ['1,480', 1480, true],
    ['13,500,000,000.00', 13_500_000_000, true],
    ['฿ 1,480.50', 1480.5, true],
    ['1,480 บาท', 1480, true],
    ['1480บาท', 1480, true],
    ['(500)', -500, true],
    ['-500', -500, true],
    ['1,480.-', 1480, true],
    ['1,480 baht', 1480, true],
    ['.50', 0.5, true],
    ['–500', -500, true], // an en dash, as word processors turn a typed minus
    [' 12 345 ', 12345, true],
    ['-0-', 0, true], // a nil amount as forms write it
    ['- ๐ - บาท', 0, true],
  ])('reads %j as %d', (input, value, fromText) => {
    expect(parseMoney(input)).toMatchObject({ kind: 'ok', value, fromText });
  });

  it('reads Thai digits and says so', () => {
    expect(parseMoney('๑,๔๘๐.๕๐')).toEqual({ kind: 'ok', value: 1480.5, fromText: true, thaiDigits: true });
  });

  it('treats a lone dash and empty text as nothing entered', () => {
    expect(parseMoney('-')).toEqual({ kind: 'blank' });
    expect(parseMoney('–')).toEqual({ kind: 'blank' });
    expect(parseMoney('—')).toEqual({ kind: 'blank' });
    expect(parseMoney('  ')).toEqual({ kind: 'blank' });
    expect(parseMoney(null)).toEqual({ kind: 'blank' });
  });

  it('refuses what is not an amount', () => {
    for (const bad of ['abc', '-5-', '--', '1,2,3', '1.480,50', '1234,567', '12a', true, new Date(0)])
      expect(parseMoney(bad).kind).toBe('bad');
    expect(parseMoney(Number.NaN).kind).toBe('bad');
  });

  it('keeps Excel errors apart', () => {
    expect(parseMoney({ error: '#N/A' })).toEqual({ kind: 'error', error: '#N/A' });
  });
});

describe('formatMoney (amounts in messages and suggestions)', () => {
  it.each([
    [0, '0'],
    [999, '999'],
    [1000, '1,000'],
    [500_000, '500,000'],
    [500_000.01, '500,000.01'],
    [1_234_567.5, '1,234,567.50'],
    [-520_000, '-520,000'],
    [13_500_000_000, '13,500,000,000'],
    [0.994, '0.99'],
    [999.999, '1,000'],
    // An amount past any budget, as a slip may type it: every digit, not 999,…,900,000.92.
    [1e21, '1,000,000,000,000,000,000,000'],
  ])('%s → %s', (n, text) => {
    expect(formatMoney(n)).toBe(text);
  });

  it('writes the largest amounts Excel holds in digits, never as exponents or "Infinity"', () => {
    expect(formatMoney(-Number.MAX_VALUE)).toMatch(/^-179(,\d{3}){102}$/);
    expect(formatMoney(1e308)).toMatch(/^100(,\d{3}){102}$/);
  });

  it('reads back as the same amount', () => {
    for (let n = 1; n < 1e15; n = n * 7 + 0.13) {
      const r = parseMoney(formatMoney(n));
      expect(r.kind === 'ok' && Math.abs(r.value - n) <= 0.005).toBe(true);
    }
  });
});

describe('amounts pasted from a PDF', () => {
  it('reads digits grouped by spaces and บาท garbled บำท, not a number run into an amount by a PDF', () => {
    const value = (t: string) => {
      const r = parseMoney(t);
      return r.kind === 'ok' ? r.value : r.kind;
    };
    expect(value('1 234 567')).toBe(1_234_567);
    expect(value('12 500.00')).toBe(12_500);
    expect(value('1,234.50 บำท')).toBe(1_234.5);
    // A quantity or a line's number before the amount: no amount can be told (it was 150,000 and 31,200).
    for (const t of ['1 50,000.00', '3 1,200.00 บาท', '2 480,000', '1 234,56', '12 5000'])
      expect(value(t), t).toBe('bad');
  });
});
