import type { CellValue } from '../cells/value';
import type { ColumnType, TemplateColumn } from '../templates/types';
import { judgeContractRef, judgeDate, judgePeriod } from './cellDates';
import { judgeProjectNumber, judgeTaxId } from './cellIds';
import { judgeNumber, judgeYear } from './cellNumbers';
import { judgeBidders, judgeList, judgeMethod, judgeText, judgeWinner } from './cellText';
import type { RuleContext } from './context';
import type { ParsedRow } from './parsedRow';

/**
 * Column types by number, in judgeCell's order: a check looks each column's up once, as comparing
 * type names on every cell of a large sheet is a measurable cost.
 */
const TYPES: readonly ColumnType[] = [
  'money',
  'integer',
  'year',
  'date',
  'period',
  'contractRef',
  'taxId',
  'projectNumber',
  'list',
  'method',
  'bidders',
  'winnerPrice',
  'text',
];

/** The number judgeCell knows column type `t` by. */
export function typeCode(t: ColumnType): number {
  return TYPES.indexOf(t);
}

/** Judge one non-blank cell of column `c` (whose type has code `type`), and note what it says in `p`. */
export function judgeCell(
  ctx: RuleContext,
  row: number,
  c: TemplateColumn,
  type: number,
  v: CellValue,
  p: ParsedRow,
): void {
  switch (type) {
    case 0:
    case 1:
      return judgeNumber(ctx, row, c, v, p);
    case 2:
      return judgeYear(ctx, row, c, v, p);
    case 3:
      return judgeDate(ctx, row, c, v, p);
    case 4:
      return judgePeriod(ctx, row, c, v, p);
    case 5:
      return judgeContractRef(ctx, row, c, v, p);
    case 6:
      return judgeTaxId(ctx, row, c, v, p);
    case 7:
      return judgeProjectNumber(ctx, row, c, v, p);
    case 8:
      return judgeList(ctx, row, c, v, p);
    case 9:
      return judgeMethod(ctx, row, c, v, p);
    case 10:
      return judgeBidders(ctx, row, c, v, p);
    case 11:
      return judgeWinner(ctx, row, c, v, p);
    case 12:
      return judgeText(ctx, row, c, v, p);
  }
}
