import { describe, expect, it } from 'vitest';
import { parseMethod } from '../../../src/core/cells/methods';

const canonical = (s: string) => {
  const r = parseMethod(s);
  return r.kind === 'ok' ? r.method.canonical : r.kind;
};

describe('procurement methods (DOMAIN §3.4)', () => {
  it.each([
    ['e-bidding', 'ประกวดราคาอิเล็กทรอนิกส์ (e-bidding)'],
    ['e-Bidding', 'ประกวดราคาอิเล็กทรอนิกส์ (e-bidding)'],
    ['วิธีประกวดราคาอิเล็กทรอนิกส์', 'ประกวดราคาอิเล็กทรอนิกส์ (e-bidding)'],
    ['ประกวดราคาอิเล็กทรอนิกส์ (e-bidding)', 'ประกวดราคาอิเล็กทรอนิกส์ (e-bidding)'],
    ['e - market', 'ตลาดอิเล็กทรอนิกส์ (e-market)'],
    ['วิธีตลาดอิเล็กทรอนิกส์', 'ตลาดอิเล็กทรอนิกส์ (e-market)'],
    ['วิธีสอบราคา', 'สอบราคา'],
    ['ประกาศเชิญชวนทั่วไป', 'วิธีประกาศเชิญชวนทั่วไป'],
    ['คัดเลือก', 'วิธีคัดเลือก'],
    ['เฉพาะเจาะจง', 'วิธีเฉพาะเจาะจง'],
    ['โดยวิธีเฉพาะเจาะจง', 'วิธีเฉพาะเจาะจง'],
    [' วิธีเฉพาะ เจาะจง ', 'วิธีเฉพาะเจาะจง'],
    ['กรณีพิเศษ', 'วิธีกรณีพิเศษ'],
    ['ตกลงราคา', 'ตกลงราคา'],
    // A verb before the method, and a second name or a section of the act in brackets.
    ['จ้างโดยวิธีเฉพาะเจาะจง', 'วิธีเฉพาะเจาะจง'],
    ['ซื้อหรือจ้างโดยวิธีเฉพาะเจาะจง', 'วิธีเฉพาะเจาะจง'],
    ['ซื้อด้วยวิธีคัดเลือก', 'วิธีคัดเลือก'],
    // The act's hire of consultants (ม.70) and of design and supervision (ม.80) by its methods.
    ['จ้างที่ปรึกษาโดยวิธีเฉพาะเจาะจง', 'วิธีเฉพาะเจาะจง'],
    ['จ้างที่ปรึกษาโดยวิธีประกาศเชิญชวนทั่วไป', 'วิธีประกาศเชิญชวนทั่วไป'],
    ['จ้างออกแบบและควบคุมงานก่อสร้างโดยวิธีคัดเลือก', 'วิธีคัดเลือก'],
    ['จ้างควบคุมงานโดยวิธีเฉพาะเจาะจง', 'วิธีเฉพาะเจาะจง'],
    ['เฉพาะเจาะจง (ม.56(2)(ข))', 'วิธีเฉพาะเจาะจง'],
    ['e-market (ตลาดอิเล็กทรอนิกส์)', 'ตลาดอิเล็กทรอนิกส์ (e-market)'],
    // The group name gives way to the method it covers, whichever side of the bracket it is on.
    ['สอบราคา (ประกาศเชิญชวนทั่วไป)', 'สอบราคา'],
    ['ประกาศเชิญชวนทั่วไป (e-bidding)', 'ประกวดราคาอิเล็กทรอนิกส์ (e-bidding)'],
    // …and with a section of the act between them; an old name gives way to the act's method likewise.
    ['วิธีประกาศเชิญชวนทั่วไป ตามมาตรา 55 (1) (e-bidding)', 'ประกวดราคาอิเล็กทรอนิกส์ (e-bidding)'],
    ['ประกาศเชิญชวนทั่วไป ม.55(1)(ก) (e-market)', 'ตลาดอิเล็กทรอนิกส์ (e-market)'],
    ['ประกวดราคา ม.55(1) (ประกวดราคาอิเล็กทรอนิกส์)', 'ประกวดราคาอิเล็กทรอนิกส์ (e-bidding)'],
    ['ตกลงราคา ม.56(2)(ข) (เฉพาะเจาะจง)', 'วิธีเฉพาะเจาะจง'],
    // …or after "แบบ" / "โดย" rather than in brackets.
    ['วิธีประกาศเชิญชวนทั่วไป แบบ e-market', 'ตลาดอิเล็กทรอนิกส์ (e-market)'],
    ['ประกาศเชิญชวนทั่วไป โดยวิธี e-bidding', 'ประกวดราคาอิเล็กทรอนิกส์ (e-bidding)'],
    // "Electronic" joined on in other words: e-bidding, not the old ประกวดราคา offered as the fix.
    ['ประกวดราคาทางอิเล็กทรอนิกส์', 'ประกวดราคาอิเล็กทรอนิกส์ (e-bidding)'],
    ['วิธีประกวดราคาจ้างด้วยระบบอิเล็กทรอนิกส์', 'ประกวดราคาอิเล็กทรอนิกส์ (e-bidding)'],
    ['ประกวดราคาซื้อด้วยวิธีการทางอิเล็กทรอนิกส์', 'ประกวดราคาอิเล็กทรอนิกส์ (e-bidding)'],
    ['ประกวดราคาด้วยวิธีการทางอิเล็กทรอนิกส์ (e-auction)', 'e-auction'],
  ])('%j is %s', (text, name) => expect(canonical(text)).toBe(name));

  it('two methods joined by "แบบ" or "โดย" are none known: only the group name is made specific so', () => {
    for (const t of ['วิธีเฉพาะเจาะจง โดยวิธี e-bidding', 'e-bidding แบบ เฉพาะเจาะจง', 'วิธีคัดเลือก แบบ เฉพาะเจาะจง'])
      expect(parseMethod(t).kind, t).toBe('unknown');
  });

  it('marks the methods of the old rules as legacy', () => {
    const r = parseMethod('วิธีพิเศษ');
    expect(r.kind === 'ok' && r.method.legacy).toBe(true);
  });

  it("recognises e-GP's generic label", () => {
    expect(parseMethod('วิธีการจัดหา ประกาศเชิญชวนทั่วไป คัดเลือก เฉพาะเจาะจง').kind).toBe('generic');
  });

  it('suggests the method named inside a longer text, and nothing for nonsense', () => {
    expect(parseMethod('เฉพาะเจาะจงตามหนังสือสั่งการ')).toMatchObject({
      kind: 'unknown',
      closest: { canonical: 'วิธีเฉพาะเจาะจง' },
    });
    expect(parseMethod('ประมูล')).toEqual({ kind: 'unknown', closest: null });
  });

  it('suggests a method for a near miss (similarity 0.75 and over), not for a word that only shares part of one', () => {
    // "เฉพาะจง" lost three letters of เฉพาะเจาะจง (0.75); "เจาะจง" is half the name (0.67).
    expect(parseMethod('เฉพาะจง')).toMatchObject({ kind: 'unknown', closest: { canonical: 'วิธีเฉพาะเจาะจง' } });
    expect(parseMethod('เจาะจง')).toEqual({ kind: 'unknown', closest: null });
  });

  it('of an old method and one of the act named in one text, suggests the one of the act', () => {
    expect(parseMethod('ประกวดราคาด้วยระบบ e-bidding')).toMatchObject({
      kind: 'unknown',
      closest: { canonical: 'ประกวดราคาอิเล็กทรอนิกส์ (e-bidding)' },
    });
  });

  it("reads the act's own citation of a ground, and a misspelt e-bidding as e-bidding (not the old ประกวดราคา)", () => {
    const specific = parseMethod('วิธีเฉพาะเจาะจง ตามมาตรา ๕๖ วรรคหนึ่ง (๒) (ข)');
    expect(specific).toMatchObject({ kind: 'ok', method: { canonical: 'วิธีเฉพาะเจาะจง', max: 500_000 } });
    // Another ground than the amount (ก: no bidder) lifts the 500,000 bound, as the short citation does.
    const noBidder = parseMethod('เฉพาะเจาะจง ตามมาตรา 56 วรรคหนึ่ง (2) (ก)');
    expect(noBidder.kind === 'ok' && noBidder.method.max).toBeUndefined();
    expect(parseMethod('วิธีคัดเลือก ตามมาตรา 56 วรรคหนึ่ง (1) (ก)')).toMatchObject({ method: { canonical: 'วิธีคัดเลือก' } });
    for (const t of ['ประกวดราคาอิเลคทรอนิกส์', 'ประกวดราคาอิเล็คทรอนิกส์'])
      expect(parseMethod(t), t).toMatchObject({
        kind: 'unknown',
        closest: { canonical: 'ประกวดราคาอิเล็กทรอนิกส์ (e-bidding)' },
      });
    // An old method inside the text: not suggested (wrong for every ITA year), nor its successor if it has none.
    expect(parseMethod('ตกลงราคาแล้ว')).toMatchObject({ closest: null });
    expect(parseMethod('ประกวดราคานานาชาติ')).toMatchObject({
      closest: { canonical: 'ประกวดราคาอิเล็กทรอนิกส์ (e-bidding)' },
    });
  });
});
