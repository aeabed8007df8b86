import { DAYS_1900_TO_1904 } from '../../core/cells/dates';
import type { Capabilities } from './capabilities';

/**
 * Whether the workbook counts its dates from 1904 (Excel for Mac's old default, kept by a workbook
 * made there): Office.js gives and takes a date as the workbook's serial, and no property of the
 * requirement sets this add-in asks for says which count it is. DATE(1904,1,1) is 0 in such a
 * workbook, 1462 in any other. Asked once per workbook, with a sync the caller makes anyway.
 */
export class DateSystem {
  private from1904: boolean | undefined;

  /** Queue the question for the caller's next sync; call what it returns after that sync. */
  ask(ctx: Excel.RequestContext, caps: Capabilities): () => void {
    // The worksheet functions came with ExcelApi 1.2; before it, the usual count is taken.
    if (this.from1904 !== undefined || caps.apiMinor < 2) return () => undefined;
    const day = ctx.workbook.functions.date(1904, 1, 1).load('value');
    return () => {
      this.from1904 = day.value === 0;
    };
  }

  /** What to add to the workbook's serial to count it from 1900, as the core does. */
  get offset(): number {
    return this.from1904 ? DAYS_1900_TO_1904 : 0;
  }
}
