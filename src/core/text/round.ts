/**
 * Round half up to `digits` decimals as a person (and Excel's ROUND) would: 89.645 → 89.65, although
 * 89.645 is stored in binary as 89.64499….
 */
export function round(x: number, digits = 2): number {
  if (!Number.isFinite(x)) return x;
  const shifted = Number(`${Math.abs(x)}e${digits}`);
  const r = Number(`${Math.round(shifted)}e-${digits}`);
  return x < 0 ? -r : r;
}
