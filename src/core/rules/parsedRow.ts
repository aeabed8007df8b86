import type { MethodEntry } from '../settings/data';
import type { Day } from '../text/format';

/** What a data row says once its cells are read: the facts the rules across columns work on. */
export interface ParsedRow {
  readonly row: number;
  item?: string;
  budget?: number;
  referencePrice?: number;
  agreedPrice?: number;
  method?: MethodEntry;
  /** The method cell held e-GP's generic label (the real method is in the other column). */
  genericMethodOnly?: boolean;
  status?: string;
  budgetSource?: string;
  signDate?: Day;
  endDate?: Day;
  /** O14's expected start: the first day of its month. */
  plannedStart?: Day;
  fiscalYear?: number;
  projectYear?: number;
  projectMonth?: number;
  projectNumber?: string;
  /** Tax id when valid, else the supplier's name folded: who won. */
  supplierKey?: string;
  supplierName?: string;
  bidders?: number;
  /** How many procurements a summary line counts (O17 by method). */
  count?: number;
}

/** A row with every field present from the start: one object shape for all rows keeps V8 fast. */
export function newParsedRow(row: number): ParsedRow {
  return {
    row,
    item: undefined,
    budget: undefined,
    referencePrice: undefined,
    agreedPrice: undefined,
    method: undefined,
    genericMethodOnly: undefined,
    status: undefined,
    budgetSource: undefined,
    signDate: undefined,
    endDate: undefined,
    plannedStart: undefined,
    fiscalYear: undefined,
    projectYear: undefined,
    projectMonth: undefined,
    projectNumber: undefined,
    supplierKey: undefined,
    supplierName: undefined,
    bidders: undefined,
    count: undefined,
  };
}

/**
 * The row object the cell judges write into, reused for every row of a check. Its amounts are NaN
 * when absent, never undefined: a field that only ever holds numbers is stored in place, while one
 * that may be undefined boxes every amount stored in it (an allocation per amount per row). A class,
 * so that its objects never share a hidden class with newParsedRow's, whose amounts may be undefined.
 */
class ScratchRow implements ParsedRow {
  row = 0;
  budget = NaN;
  referencePrice = NaN;
  agreedPrice = NaN;
  item: string | undefined = undefined;
  method: MethodEntry | undefined = undefined;
  genericMethodOnly: boolean | undefined = undefined;
  status: string | undefined = undefined;
  budgetSource: string | undefined = undefined;
  signDate: Day | undefined = undefined;
  endDate: Day | undefined = undefined;
  plannedStart: Day | undefined = undefined;
  fiscalYear: number | undefined = undefined;
  projectYear: number | undefined = undefined;
  projectMonth: number | undefined = undefined;
  projectNumber: string | undefined = undefined;
  supplierKey: string | undefined = undefined;
  supplierName: string | undefined = undefined;
  bidders: number | undefined = undefined;
  count = NaN;
}

export function newScratchRow(): ParsedRow {
  return new ScratchRow();
}

/** Empty the scratch row `p` for row `row`. */
export function resetScratchRow(p: ParsedRow, row: number): void {
  const q = p as { -readonly [K in keyof ParsedRow]: ParsedRow[K] };
  q.row = row;
  q.budget = q.referencePrice = q.agreedPrice = NaN;
  q.item = q.method = q.genericMethodOnly = q.status = q.budgetSource = undefined;
  q.signDate = q.endDate = q.plannedStart = q.fiscalYear = q.projectYear = q.projectMonth = undefined;
  q.projectNumber = q.supplierKey = q.supplierName = q.bidders = undefined;
  q.count = NaN;
}
