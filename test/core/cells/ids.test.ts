import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { egpYearMonth, parseProjectNumber } from '../../../src/core/cells/projectNumber';
import { isValidTaxId, maskId, parseTaxId, taxIdCheckDigit } from '../../../src/core/cells/taxId';

describe('13-digit tax and citizen ids', () => {
  it('computes the check digit of the worked example (DOMAIN §3.5)', () => {
    expect(taxIdCheckDigit('310060044563')).toBe(5);
    expect(isValidTaxId('3100600445635')).toBe(true);
    expect(isValidTaxId('0105536112014')).toBe(true);
  });

  it('fails when the last digit is off by one', () => {
    expect(parseTaxId('3100600445636')).toEqual({ kind: 'checksum', id: '3100600445636', expected: 5 });
    expect(parseTaxId('3100600445634')).toMatchObject({ kind: 'checksum' });
  });

  it('accepts dashes, spaces and Thai digits', () => {
    expect(parseTaxId('3-1006-00445-63-5')).toMatchObject({ kind: 'ok', id: '3100600445635', reformatted: true });
    expect(parseTaxId('๐๑๐๕๕๓๖๑๑๒๐๑๔')).toMatchObject({ kind: 'ok', id: '0105536112014' });
    // Pasted from a PDF or a word processor: en dashes, Unicode hyphens, a minus sign; or dots.
    for (const v of ['0–1055–36112–01–4', '0‐1055‐36112‐01‐4', '0−1055−36112−01−4', '0.1055.36112.01.4'])
      expect(parseTaxId(v), v).toMatchObject({ kind: 'ok', id: '0105536112014', reformatted: true });
  });

  it('tells joint-venture, placeholder and masked ids apart', () => {
    expect(parseTaxId('D888869001507')).toEqual({ kind: 'format', reason: 'joint-venture' });
    expect(parseTaxId('DUMMY00003765')).toEqual({ kind: 'format', reason: 'placeholder' });
    // A cell filled with one digit is no id whose check digit is off: "should end in 1" would make it pass.
    for (const v of ['0000000000000', '9999999999999', '0-0000-00000-00-0', 1111111111111])
      expect(parseTaxId(v), String(v)).toEqual({ kind: 'format', reason: 'placeholder' });
    expect(parseTaxId('130990115xxxx')).toEqual({ kind: 'format', reason: 'masked' });
    expect(parseTaxId('12345')).toEqual({ kind: 'format', reason: 'length' });
  });

  it('restores the leading zero a number lost', () => {
    expect(parseTaxId(105536112014)).toEqual({ kind: 'format', reason: 'lost-zero', suggestion: '0105536112014' });
    expect(parseTaxId(3100600445635)).toMatchObject({ kind: 'ok', fromNumber: true });
    expect(parseTaxId('1.05536E+12')).toEqual({ kind: 'format', reason: 'scientific' });
  });

  it('masks personal ids in messages, not company ids', () => {
    expect(maskId('3100600445635')).toBe('3-1006-xxxxx-xx-5');
    expect(maskId('0105536112014')).toBe('0105536112014');
    // A citizen id typed a digit short or long, with dashes, or after a name is masked too (PDPA).
    expect(maskId('310060044563')).toBe('3-1006-xxxxxx-3');
    expect(maskId('31006004456355')).toBe('3-1006-xxxxxxxx-5');
    expect(maskId('3-1006-00445-63-5')).toBe('3-1006-xxxxx-xx-5');
    // However it was typed: dots, en dashes.
    expect(maskId('3.1006.00445.63.5')).toBe('3-1006-xxxxx-xx-5');
    expect(maskId('3–1006–00445–63–5')).toBe('3-1006-xxxxx-xx-5');
    expect(maskId('นาย ก 3100600445635')).toBe('นาย ก 3-1006-xxxxx-xx-5');
    // Thirteen digits starting 9 (in a number's text: -7.9610069692179e-116) are masked too (found by fuzzing).
    expect(maskId('9610069692179')).toBe('9-6100-xxxxx-xx-9');
    // With the digit before its point: a dot may part an id's digits too.
    expect(maskId('-7.9610069692179e-116')).toBe('-7-9610-xxxxxxxx-9e-116');
    // e-GP's codes and ids already masked stay as they are.
    expect(maskId('D888869001507')).toBe('D888869001507');
    expect(maskId('130990115xxxx')).toBe('130990115xxxx');
    // A company id stays as typed, its leading 0 lost or written with dashes.
    expect(maskId('105536112014')).toBe('105536112014');
    expect(maskId('0-1055-36112-01')).toBe('0-1055-36112-01');
  });

  it('masks a run of nine digits not starting with 0, and leaves eight (a phone or a document number)', () => {
    expect(maskId('ผู้ขาย 310060044')).toBe('ผู้ขาย 3-1006-xxx-4');
    expect(maskId('ผู้ขาย 31006004')).toBe('ผู้ขาย 31006004');
  });

  it('says a 16-digit number lost digits to Excel, and reads three x in the middle as masked', () => {
    // Excel keeps 15 significant digits: 1234567890123456 was typed as a number, its last digit is gone.
    expect(parseTaxId(1234567890123456)).toEqual({ kind: 'format', reason: 'scientific' });
    expect(parseTaxId(123456789012345)).toEqual({ kind: 'format', reason: 'length' });
    expect(parseTaxId('0105xxx112014')).toEqual({ kind: 'format', reason: 'masked' });
    expect(parseTaxId('0105xx6112014')).toEqual({ kind: 'format', reason: 'length' });
  });
});

describe('e-GP project numbers', () => {
  it('reads the year and month the project was created', () => {
    expect(parseProjectNumber('67119524001')).toEqual({
      kind: 'ok',
      digits: '67119524001',
      year: 2567,
      month: 11,
      asNumber: false,
      reformatted: false,
    });
    expect(parseProjectNumber(' ๖๘๐๙๙๒๑๘๐๓๐ ')).toMatchObject({ kind: 'ok', year: 2568, month: 9, reformatted: true });
    for (const v of ['67-11-952-4001', '67–11–952–4001'])
      expect(parseProjectNumber(v), v).toMatchObject({ kind: 'ok', digits: '67119524001', reformatted: true });
  });

  it('says when Excel turned it into a number, and when digits are gone', () => {
    expect(parseProjectNumber(67119524001)).toMatchObject({ kind: 'ok', asNumber: true });
    expect(parseProjectNumber('6.71E+10')).toEqual({ kind: 'format', reason: 'precision' });
    expect(parseProjectNumber(67100000000)).toEqual({ kind: 'format', reason: 'precision' });
    // Excel shows eleven digits as 6.71234E+10: five zeros at the end are digits lost, not a number.
    expect(parseProjectNumber(67123400000)).toEqual({ kind: 'format', reason: 'precision' });
  });

  it('refuses contract numbers and wrong lengths', () => {
    expect(parseProjectNumber('593/2569')).toEqual({ kind: 'format', reason: 'contract-number' });
    expect(parseProjectNumber('12345/2567')).toEqual({ kind: 'format', reason: 'contract-number' });
    expect(parseProjectNumber('สข.75/2559')).toEqual({ kind: 'format', reason: 'contract-number' });
    expect(parseProjectNumber('6711952400')).toEqual({ kind: 'format', reason: 'length' });
    expect(parseProjectNumber('67139524001')).toEqual({ kind: 'format', reason: 'not-egp' });
  });
});

describe('the one-pass readers of ids agree with the rules', () => {
  // Digits mostly, with the characters that turn up in id cells: Thai digits, dashes, spaces, x, D.
  const idText = (n: number) =>
    fc
      .array(fc.constantFrom(...'0123456789012345678901234567890123456789๑- xD'), {
        minLength: n - 1,
        maxLength: n + 1,
      })
      .map((a) => a.join(''));

  it('isValidTaxId: thirteen ASCII digits whose check digit is right', () => {
    fc.assert(
      fc.property(idText(13), (s) => {
        expect(isValidTaxId(s)).toBe(/^\d{13}$/.test(s) && taxIdCheckDigit(s) === s.charCodeAt(12) - 48);
      }),
      { numRuns: 2000 },
    );
    expect(isValidTaxId('31006004456３5')).toBe(false);
  });

  it('egpYearMonth: what parseProjectNumber reads from eleven plain digits, else 0', () => {
    fc.assert(
      fc.property(idText(11), (s) => {
        const r = parseProjectNumber(s);
        const plain = /^\d{11}$/.test(s) && r.kind === 'ok';
        expect(egpYearMonth(s)).toBe(plain ? r.year * 100 + r.month : 0);
      }),
      { numRuns: 2000 },
    );
    expect(egpYearMonth('67119524001')).toBe(256711);
    expect(egpYearMonth('67139524001')).toBe(0);
  });
});
