import type { CellValue } from '../cells/value';
import type { TemplateColumn } from '../templates/types';
import { judgeContractRef, judgeDate, judgePeriod } from './cellDates';
import { judgeProjectNumber, judgeTaxId } from './cellIds';
import { judgeNumber, judgeYear } from './cellNumbers';
import { judgeBidders, judgeList, judgeMethod, judgeText, judgeWinner } from './cellText';
import type { RuleContext } from './context';
import type { ParsedRow } from './parsedRow';

/** Judge one non-blank cell by its column's type, and note what it says in the parsed row. */
export function judgeCell(ctx: RuleContext, row: number, c: TemplateColumn, v: CellValue, p: ParsedRow): void {
  switch (c.type) {
    case 'money':
    case 'integer':
      return judgeNumber(ctx, row, c, v, p);
    case 'year':
      return judgeYear(ctx, row, c, v, p);
    case 'date':
      return judgeDate(ctx, row, c, v, p);
    case 'period':
      return judgePeriod(ctx, row, c, v);
    case 'contractRef':
      return judgeContractRef(ctx, row, c, v, p);
    case 'taxId':
      return judgeTaxId(ctx, row, c, v, p);
    case 'projectNumber':
      return judgeProjectNumber(ctx, row, c, v, p);
    case 'list':
      return judgeList(ctx, row, c, v, p);
    case 'method':
      return judgeMethod(ctx, row, c, v, p);
    case 'bidders':
      return judgeBidders(ctx, row, c, v, p);
    case 'winnerPrice':
      return judgeWinner(ctx, row, c, v, p);
    case 'text':
      return judgeText(ctx, row, c, v, p);
  }
}
