/**
 * Round half up to `digits` decimals as a person (and Excel's ROUND) would: 89.645 → 89.65, although
 * 89.645 is stored in binary as 89.64499…. The value is first taken to 15 significant digits, as Excel
 * keeps it: a sum such as 0.3·88.77 + 0.3·82.88 + 0.4·83.75 comes out as 84.99499999999999, which is
 * 84.995 and rounds to 85.00, not 84.99 (a pass, not a fail).
 */
export function round(x: number, digits = 2): number {
  if (!Number.isFinite(x)) return x;
  const shifted = Number(`${Number(Math.abs(x).toPrecision(15))}e${digits}`);
  const r = Number(`${Math.round(shifted)}e-${digits}`);
  return x < 0 ? -r : r;
}
