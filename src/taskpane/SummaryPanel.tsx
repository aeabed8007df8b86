import { Button, MessageBar, MessageBarBody, Text, makeStyles, tokens } from '@fluentui/react-components';
import { useMemo, useState } from 'react';
import { buildSummaryLayout, summariseByMethod } from '../core/report/byMethod';
import { buildMonthlyLayout, monthlyView } from '../core/report/monthly';
import { procurementData, type ProcurementData } from '../core/report/procurementData';
import { summarySources } from '../core/report/sources';
import { firstFew, formatMoney, formatMonthEn, formatMonthTh } from '../core/text/format';
import type { WorkbookPort } from '../workbook/port';
import { Bar } from './Bars';
import { friendlyError } from './errors';
import { useLang } from './LangContext';
import { note, type Note } from './notes';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  row: { display: 'flex', gap: tokens.spacingHorizontalS, flexWrap: 'wrap' },
});

/**
 * Budget by method of the checked procurement sheet, as bars with their numbers, and the summary
 * sheets users publish: the O17 summary (formulas over this sheet) and the monthly view.
 */
export function SummaryPanel({
  data,
  port,
  onSheetAdded,
}: {
  data: ProcurementData;
  port: WorkbookPort;
  /** Told when a sheet was added, so that the sheet picker can offer it. */
  onSheetAdded?: () => void;
}) {
  const { lang, t } = useLang();
  const s = useStyles();
  const summary = useMemo(() => summariseByMethod([data]), [data]);
  // The sheet's own months of signing, as the monthly sheet charts them: where it spans two or more.
  const months = useMemo(() => monthlyView([data]).byMonth.filter((m) => m.count > 0), [data]);
  const [busy, setBusy] = useState(false);
  const [done, setDone] = useState<Note | null>(null);
  const [problem, setProblem] = useState<Note | null>(null);
  if (data.rows.length === 0) return null;
  const max = Math.max(1, ...summary.lines.map((l) => l.budget));
  const inFile = port.mode === 'file';
  // A file whose copies still keep its charts and the like, which a copy with a sheet added cannot.
  const file = port as WorkbookPort & { facts?: { lostByRewrite: boolean } | null; copyKeepsFile?: boolean };
  const costsCopy = inFile && !!file.facts?.lostByRewrite && file.copyKeepsFile === true;
  // A .csv holds no summary sheet (said below): the warnings speak only of the totals above.
  const summaries = port.features.fixes;
  // Formulas never calculated: no summary is made from figures known to be wrong.
  const stale = data.uncalculated.length > 0;

  async function insert(make: () => Promise<Parameters<WorkbookPort['insertTemplate']>[0]>) {
    setBusy(true);
    setProblem(null);
    try {
      const name = await port.insertTemplate(await make());
      setDone(note((t) => (inFile ? t.summaryMadeFile(name) : t.summaryMade(name))));
      onSheetAdded?.();
    } catch (e) {
      setProblem(note((t) => friendlyError(e, t)));
    } finally {
      setBusy(false);
    }
  }

  /**
   * The workbook's visible procurement sheets with rows, each contract once: a year of monthly sheets makes one
   * view, O16 beside O17 (or the months beside it) would count contracts twice (sources.ts). By the row, as
   * the monthly view holds figures, not formulas over the sheets.
   */
  async function allSheets(): Promise<ProcurementData[]> {
    const out: ProcurementData[] = [];
    for (const name of await port.sheetNames()) {
      if (name === data.sheet) {
        out.push(data);
        continue;
      }
      const grid = await port.readSheet(name);
      // A hidden sheet (a draft, an old copy) is left out of what gets published, as the CLI leaves it.
      const d = grid.hidden ? null : procurementData(grid);
      if (d && d.rows.length) out.push(d);
    }
    return [...summarySources(out).once];
  }

  return (
    <div className={s.root}>
      <section className={s.root} data-testid="method-summary" aria-label={t.summaryHead}>
        <Text weight="semibold">{t.summaryHead}</Text>
        {summary.lines
          .filter((l) => l.count > 0)
          .map((l) => (
            <Bar
              key={l.method}
              label={lang === 'th' ? l.method : l.en}
              fraction={l.budget / max}
              shown={formatMoney(l.budget)}
              detail={t.summaryLine(l.count, formatMoney(l.budget), formatMoney(l.agreed))}
            />
          ))}
        <Text size={200} data-testid="summary-total">
          {t.summaryTotal}:{' '}
          {t.summaryLine(summary.total.count, formatMoney(summary.total.budget), formatMoney(summary.total.agreed))}
        </Text>
      </section>
      {months.length > 1 && (
        <section className={s.root} data-testid="month-summary" aria-label={t.monthlyHead}>
          <Text weight="semibold">{t.monthlyHead}</Text>
          {months.map((m) => {
            const label = m.start ? (lang === 'th' ? formatMonthTh(m.start) : formatMonthEn(m.start)) : t.noSignDate;
            return (
              <Bar
                key={label}
                label={label}
                fraction={m.budget / Math.max(1, ...months.map((x) => x.budget))}
                shown={formatMoney(m.budget)}
                detail={t.summaryLine(m.count, formatMoney(m.budget), formatMoney(m.agreed))}
              />
            );
          })}
        </section>
      )}
      {data.moneyAsText > 0 && (
        <MessageBar layout="multiline" intent="warning">
          <MessageBarBody>{t.moneyAsText(data.moneyAsText)}</MessageBarBody>
        </MessageBar>
      )}
      {stale && (
        <MessageBar layout="multiline" intent="warning" data-testid="summary-uncalculated">
          <MessageBarBody>{t.uncalculated(data.uncalculated.length, firstFew(data.uncalculated))}</MessageBarBody>
        </MessageBar>
      )}
      {data.otherYearRows.length > 0 && (
        <MessageBar layout="multiline" intent="warning" data-testid="summary-other-year">
          <MessageBarBody>
            {t.otherYearRows(data.otherYearRows.length, data.fiscalYear, firstFew(data.otherYearRows), summaries)}
          </MessageBarBody>
        </MessageBar>
      )}
      {data.copiedRows.length > 0 && (
        <MessageBar layout="multiline" intent="warning" data-testid="summary-copied-rows">
          <MessageBarBody>{t.copiedRows(data.copiedRows.length, firstFew(data.copiedRows), summaries)}</MessageBarBody>
        </MessageBar>
      )}
      {data.moneyErrors > 0 && (
        <MessageBar layout="multiline" intent="warning">
          <MessageBarBody>{t.moneyErrors(data.moneyErrors)}</MessageBarBody>
        </MessageBar>
      )}
      {inFile && !port.features.fixes && (
        <MessageBar layout="multiline" intent="info" data-testid="summary-needs-xlsx">
          <MessageBarBody>{t.summaryNeedsXlsx}</MessageBarBody>
        </MessageBar>
      )}
      {port.features.fixes && costsCopy && (
        <MessageBar layout="multiline" intent="warning" data-testid="summary-costs-copy">
          <MessageBarBody>{t.sheetCostsCopy}</MessageBarBody>
        </MessageBar>
      )}
      {port.features.fixes && (
        <div className={s.row}>
          <Button
            size="small"
            disabled={busy || stale}
            onClick={() => void insert(async () => buildSummaryLayout([data]))}
            data-testid="insert-summary"
          >
            {t.summaryInsert}
          </Button>
          <Button
            size="small"
            disabled={busy || stale}
            onClick={() => void insert(async () => buildMonthlyLayout(monthlyView(await allSheets())))}
            data-testid="insert-monthly"
          >
            {t.monthlyInsert}
          </Button>
        </div>
      )}
      <div role="status">
        {problem && (
          <MessageBar layout="multiline" intent="error">
            <MessageBarBody>{problem.say(t)}</MessageBarBody>
          </MessageBar>
        )}
        {done && (
          <MessageBar layout="multiline" intent="success">
            <MessageBarBody data-testid="summary-done">{done.say(t)}</MessageBarBody>
          </MessageBar>
        )}
      </div>
    </div>
  );
}
