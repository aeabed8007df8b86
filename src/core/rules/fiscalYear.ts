import { cellAt, displayValue, type SheetGrid } from '../cells/value';
import { fiscalYearOf } from '../cells/dates';
import { thaiDigitsToArabic } from '../text/thai';
import type { Day } from '../text/format';

const TITLE_FY = /ปีงบประมาณ\s*(?:พ\.?\s*ศ\.?)?\s*(\d{4})|fiscal year\s*(\d{4})/i;

/** A fiscal year named in the title rows above the header ("ประจำปีงบประมาณ พ.ศ. ๒๕๖๗"). */
export function fiscalYearFromTitle(grid: SheetGrid, headerRow: number): number | null {
  for (let r = 1; r < headerRow; r++) {
    const row = grid.values[r - 1] ?? [];
    for (let c = 1; c <= row.length; c++) {
      const v = cellAt(grid, r, c);
      if (typeof v !== 'string') continue;
      const m = TITLE_FY.exec(thaiDigitsToArabic(displayValue(v)));
      const y = m ? Number(m[1] ?? m[2]) : NaN;
      if (y >= 2400 && y < 2800) return y;
      if (y >= 1900 && y < 2200) return y + 543;
    }
  }
  return null;
}

/** The fiscal year most signing dates fall in, when at least half agree. */
export function fiscalYearFromDates(days: readonly Day[]): number | null {
  return mostOf(days.map(fiscalYearOf));
}

/** The year most rows give (an e-GP export's ปีงบประมาณ column), when at least half agree. */
export function mostOf(years: readonly number[]): number | null {
  if (years.length === 0) return null;
  const counts = new Map<number, number>();
  for (const fy of years) counts.set(fy, (counts.get(fy) ?? 0) + 1);
  let best = 0;
  let year: number | null = null;
  for (const [fy, n] of counts) if (n > best || (n === best && year !== null && fy > year)) [best, year] = [n, fy];
  return best * 2 >= years.length ? year : null;
}
