import { parseStatus } from '../checklist/status';
import { cellAt, displayValue, isBlank, type SheetGrid } from '../cells/value';
import { makeFinding } from '../findings/make';
import type { Finding } from '../findings/types';
import { ITA } from '../score/bands';
import type { HeaderMatch } from '../sheet/header';
import { buildLayout, type SheetLayout } from '../templates/layout';
import type { ColumnId, Template, TemplateColumn } from '../templates/types';
import { collapseSpaces } from '../text/thai';

/** The measures template with one starting row per indicator 1–10, as seed 001 groups them. */
export function buildMeasuresLayout(template: Template): SheetLayout {
  const base = buildLayout(template);
  const rows = ITA.indicators.map((ind) =>
    template.columns.map((c) => (c.id === 'indicatorNo' ? `${ind.id} ${ind.th}` : null)),
  );
  return { ...base, rows, bodyRows: Math.max(base.bodyRows, rows.length + 20) };
}

const STATUS_ONLY = /^[\s☐☑✓✔□]*(ดำเนินการแล้ว|ดำเนินการ|ยังไม่ได้ดำเนินการ|อยู่ระหว่างดำเนินการ)[\s☐☑✓✔□]*$/;

/**
 * Each measure needs someone responsible, a period and a result; a measure marked done needs the
 * result itself in words (`measure-incomplete`).
 */
export function checkMeasures(grid: SheetGrid, match: HeaderMatch): { rows: number; findings: Finding[] } {
  const findings: Finding[] = [];
  const col = new Map<ColumnId, { col: number; column: TemplateColumn }>(
    match.columns.map((m) => [m.column.id, { col: m.col, column: m.column }]),
  );
  const at = (r: number, id: ColumnId) => {
    const c = col.get(id);
    return c ? cellAt(grid, r, c.col) : null;
  };
  let rows = 0;
  for (let r = match.firstDataRow; r <= grid.values.length; r++) {
    const measure = at(r, 'measure');
    if (isBlank(measure)) continue; // an indicator heading with no measure yet, or a blank row
    rows++;
    const gaps: { th: string; en: string }[] = [];
    for (const [id, th, en] of [
      ['owner', 'ผู้รับผิดชอบ', 'who is responsible'],
      ['period', 'ระยะเวลาดำเนินการ', 'the period'],
      ['result', 'ผลการดำเนินการ', 'the result'],
    ] as const)
      if (col.has(id) && isBlank(at(r, id))) gaps.push({ th, en });
    const result = at(r, 'result');
    const resultText = isBlank(result) ? '' : collapseSpaces(displayValue(result));
    const outcome = at(r, 'outcome');
    if (resultText && parseStatus(result) === 'done' && STATUS_ONLY.test(resultText) && isBlank(outcome))
      gaps.push({ th: 'ผลที่ได้จากการดำเนินการ (ระบุว่าทำอะไร ได้ผลอย่างไร)', en: 'what was done and achieved, in words' });
    if (gaps.length)
      findings.push(
        makeFinding(
          'measure-incomplete',
          { sheet: grid.name, row: r, col: col.get('measure')!.col, column: col.get('measure')!.column },
          {
            th: `แถว ${r}: มาตรการ "${collapseSpaces(displayValue(measure)).slice(0, 60)}" ยังขาด ${gaps.map((g) => g.th).join(', ')}`,
            en: `Row ${r}: the measure lacks ${gaps.map((g) => g.en).join(', ')}`,
          },
        ),
      );
  }
  return { rows, findings };
}
