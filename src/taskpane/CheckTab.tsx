import {
  Button,
  Field,
  MessageBar,
  MessageBarBody,
  ProgressBar,
  Select,
  Switch,
  Text,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { useEffect, useMemo, useRef, useState } from 'react';
import { parseA1 } from '../core/cells/address';
import { cellAt, displayValue, type CellValue, type SheetGrid } from '../core/cells/value';
import { dayOf, formatDayEn, formatDayTh } from '../core/text/format';
import { countBySeverity } from '../core/check/report';
import { SheetCheck, type SheetReport } from '../core/check/sheet';
import { hiddenMonthLists } from '../core/check/acrossSheets';
import { procurementData, type ProcurementData } from '../core/report/procurementData';
import { fixesFor, fixText, seenText } from '../core/findings/fixes';
import { planMarks, type MarkPlan } from '../core/findings/marks';
import { buildFindingsLayout, isFindingsSheetName } from '../core/findings/sheet';
import type { Finding } from '../core/findings/types';
import type { SheetLayout } from '../core/templates/layout';
import { allTemplates, getTemplate, isMonthlyForm } from '../core/templates/registry';
import { monthsNamed } from '../core/rules/fiscalYear';
import { ReadCancelled, type Host, type WorkbookPort } from '../workbook/port';
import { ImportPanel } from './ImportPanel';
import { SummaryPanel } from './SummaryPanel';
import { downloadBytes } from './download';
import { friendlyError } from './errors';
import { STRINGS, type Lang } from './i18n';
import { FindingsList } from './FindingsList';
import { useLang } from './LangContext';
import { note, type Note, type Say } from './notes';
import { useSheet } from './useSheet';
import { canWatchEdits, useSheetEdits } from './useSheetEdits';
import { SPOKEN } from './spoken';
import { Unbroken } from './Unbroken';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  row: { display: 'flex', gap: tokens.spacingHorizontalS, alignItems: 'end', flexWrap: 'wrap' },
  preview: {
    padding: tokens.spacingHorizontalS,
    background: tokens.colorNeutralBackground3,
    borderRadius: tokens.borderRadiusMedium,
    // Under a long list it would be out of sight: it stays at the foot of the pane instead.
    position: 'sticky',
    bottom: 0,
    boxShadow: tokens.shadow8,
    // Zoomed in, a long message would cover most of the pane: it scrolls within a third of it.
    maxHeight: '33vh',
    overflowY: 'auto',
    // Lines break between words only, never inside an id or a Thai word ("31006004456/36" reads as
    // another id): one too long for a narrow pane scrolls instead.
    overflowWrap: 'normal',
  },
  notes: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  // Read by screen readers, not shown: what a check found, said when it is found.
  spoken: SPOKEN,
});

/** What an opened file holds that a copy written by ExcelJS loses (charts, pivot tables, macros …). */
interface FileFacts {
  readonly lostByRewrite: boolean;
}

function hasWhatCopiesLose(facts: FileFacts | null | undefined) {
  return !!facts?.lostByRewrite;
}

/** Check a sheet of the workbook (in Excel: the active one; a file: the one chosen) and list the findings. */
export function CheckTab({ port, host, fileName }: { port: WorkbookPort; host: Host; fileName?: string }) {
  const { lang, t } = useLang();
  const s = useStyles();
  const { fileMode, current, picker, refresh } = useSheet(port);
  const [templateId, setTemplateId] = useState('');
  const [reading, setReading] = useState(false);
  const [busy, setBusy] = useState(false);
  const [progress, setProgress] = useState<number | null>(null);
  const [report, setReport] = useState<SheetReport | null>(null);
  const [grid, setGrid] = useState<SheetGrid | null>(null);
  const [selected, setSelected] = useState<Finding | null>(null);
  // The preview at the pane's foot covers what scrolls under it: the page keeps its height clear, so
  // that a finding reached by Tab is scrolled into sight above it, not behind it.
  const previewRef = useRef<HTMLDivElement>(null);
  const previewShown = fileMode && selected !== null;
  useEffect(() => {
    const box = previewRef.current;
    if (!previewShown || !box || typeof ResizeObserver === 'undefined') return;
    const root = document.documentElement;
    const keep = () => (root.style.scrollPaddingBottom = `${box.offsetHeight + 8}px`);
    const watch = new ResizeObserver(keep);
    watch.observe(box);
    keep();
    return () => {
      watch.disconnect();
      root.style.scrollPaddingBottom = '';
    };
  }, [previewShown]);
  // What went wrong or was done, said in whichever language the pane is in when it is shown.
  const [problem, setProblem] = useState<Note | null>(null);
  const [done, setDone] = useState<Note | null>(null);
  const [recheck, setRecheck] = useState(true);
  const abort = useRef<AbortController | null>(null);
  const session = useRef<SheetCheck | null>(null);
  /** The sheet whose marks are on (Mark was clicked, not cleared since): a fix there marks it afresh. */
  const markedSheet = useRef<string | null>(null);
  /** Marks of an earlier check in the file opened, on the sheet checked (file mode). */
  const [oldMarks, setOldMarks] = useState(0);
  const canWatch = canWatchEdits(port);

  useEffect(() => {
    setReport(null);
    setSelected(null);
    session.current = null;
  }, [port]);
  // A read still going when the pane moves on (another file opened) is stopped: it would otherwise
  // come back with the report of a file no longer open.
  useEffect(() => () => abort.current?.abort(), []);

  // Re-check on edit: Excel reports the changed rows; we read only those and judge them again.
  const watched = recheck && report && session.current ? report.name : null;
  useSheetEdits(
    port,
    watched,
    (r, sheet) => {
      // Rows or columns inserted or deleted move every finding below them: the sheet is read again.
      if (r.all) {
        // The sheet watched, whichever the user is on by now; the note of an earlier edit's rows goes.
        void (async () => {
          if (!(await run(false, sheet))) return;
          setDone(note((t) => t.recheckedAll));
          await markAgain();
        })();
        return;
      }
      const check = session.current;
      if (!check) return;
      void (async () => {
        try {
          const values = await port.readRows(sheet, r.top, r.bottom);
          // Another sheet checked meanwhile: these rows are not its rows.
          if (session.current !== check) return;
          const next = check.update(r.top, values, r.bottom);
          setReport(next);
          // Marks shown would still show what the user has just corrected.
          if (markedSheet.current === sheet) await markNow(next);
          const rows = r.top === r.bottom ? String(r.top) : `${r.top}–${r.bottom}`;
          setDone(note((t) => t.rechecked(rows)));
        } catch (e) {
          setProblem(note((t) => friendlyError(e, t)));
        }
      })();
    },
    () => setRecheck(false),
    session.current,
  );

  /** Read the sheet and check it: the one given, else the one the user is on; false when it could not. */
  async function run(keepNote = false, sheetName?: string): Promise<boolean> {
    setBusy(true);
    setProblem(null);
    if (!keepNote) setDone(null);
    setSelected(null);
    setProgress(null);
    const ctrl = new AbortController();
    abort.current = ctrl;
    setReading(true);
    try {
      const name = sheetName ?? (await current());
      const g = await port.readSheet(name, {
        signal: ctrl.signal,
        onProgress: (p) => setProgress(p.totalRows ? p.rowsRead / p.totalRows : null),
      });
      setGrid(g);
      const check = new SheetCheck(g, templateId ? { templateId } : {});
      // An O17 summary typed by hand, or a month's sheet, is held against the workbook's other lists:
      // read for such a sheet only.
      // With the months the workbook's sheets are named for (a month's sheet there, hidden or unread, is reported).
      if (check.comparesWithOthers)
        check.compareWith(await otherLists(name, ctrl.signal), null, monthsNamed(await port.sheetNames()));
      session.current = check;
      setReport(check.report);
      // A file opened with an earlier check's marks (a marked copy): they can be left out of the copy.
      // Looked for apart, not awaited: the pane is not busy meanwhile (the focus goes back to a button).
      setOldMarks(0);
      if (fileMode) void file.marksIn?.(name).then(setOldMarks, () => setOldMarks(0));
      return true;
    } catch (e) {
      setProblem(note((t) => (e instanceof ReadCancelled ? t.cancelled : friendlyError(e, t))));
      return false;
    } finally {
      setBusy(false);
      setProgress(null);
      abort.current = null;
      setReading(false);
    }
  }

  /**
   * The lists of results on the workbook's other visible sheets, and on hidden ones that are a month no
   * visible sheet reports (hiddenMonthLists), as the CLI judges them.
   */
  async function otherLists(name: string, signal: AbortSignal): Promise<ProcurementData[]> {
    const out: ProcurementData[] = [];
    const hidden: ProcurementData[] = [];
    for (const other of await port.sheetNames()) {
      if (other === name) continue;
      const g = await port.readSheet(other, { signal });
      const d = procurementData(g);
      if (d && g.hidden) hidden.push(d);
      // A month's sheet with nothing bought tells that its month was reported.
      else if (d && (d.rows.length || isMonthlyForm(d.match.template))) out.push(d);
    }
    return [...out, ...hiddenMonthLists(hidden, out)];
  }

  /** One action of the sheet (fix, mark, clear, findings sheet), with its result told to the user. */
  async function act(what: () => Promise<Say>, recheckAfter = false) {
    setBusy(true);
    setProblem(null);
    // The sheet acted on, whichever the user is on by now.
    const sheet = session.current?.report.name;
    let failed = false;
    try {
      setDone(note(await what()));
    } catch (e) {
      failed = true;
      setProblem(note((t) => friendlyError(e, t)));
    } finally {
      setBusy(false);
    }
    // Nothing was written when it failed (a protected sheet): a re-check would only clear the reason.
    if (recheckAfter && !failed) {
      await run(true, sheet);
      // Marks left as they were would still show the findings just fixed.
      await markAgain();
    }
  }

  /** The sheet just checked again, marked afresh if its marks are on. */
  async function markAgain() {
    const r = session.current?.report;
    if (r && markedSheet.current === r.name)
      await markNow(r).catch((e: unknown) => setProblem(note((t) => friendlyError(e, t))));
  }

  /** The codes a report lists only the first thousand findings of (the check keeps them all). */
  const cutCodes = (r: SheetReport) =>
    new Set(r.findings.flatMap((f) => (f.code === 'findings-truncated' && f.value ? [f.value] : [])));

  /**
   * Every finding of the sheet checked: a report lists a thousand of a code, the check keeps them all
   * (a pasted sheet may hold thousands of ids with a digit off), and each is marked.
   */
  function everyFinding(r: SheetReport): readonly Finding[] {
    const cut = cutCodes(r);
    if (!cut.size || !session.current) return r.findings;
    return [...r.findings.filter((f) => !cut.has(f.code)), ...[...cut].flatMap((c) => session.current!.findingsOf(c))];
  }

  async function markNow(r: SheetReport): Promise<Say> {
    // In place of the marks of before: today's findings only.
    const { marked, notes } = await port.markFindings(r.name, planMarks(everyFinding(r), lang));
    markedSheet.current = r.name;
    return (t) => t.marked(marked, notes);
  }

  const fix = (list: readonly Finding[]) =>
    act(async () => {
      const code = list[0]!.code;
      // A group cut at its code's limit: the check keeps every finding of it, so "fix all" fixes them
      // all (a pasted sheet may hold thousands of numbers typed as text).
      const cut = list.length > 1 && cutCodes(report!).has(code);
      const all = cut && session.current ? session.current.findingsOf(code).filter((f) => f.suggestion) : list;
      const writes = fixesFor(all);
      // Cells holding a formula, or locked on a protected sheet, are left (Excel): their findings
      // stay, and the user is told why.
      const r = await port.applyFixes(report!.name, writes);
      // Told in the language of the moment it is read (a date is written per language).
      // The cells written, as they were and as they are: not those left (a formula, a locked cell).
      const left = new Set(r.left ?? []);
      const changed = list.filter((f) => f.suggestion && !left.has(f.cell));
      const what = (l: Lang) =>
        changed
          .slice(0, 5)
          .map((f) => `${f.cell} ${seenText(f.value, f.code)} → ${fixText(f.code, f.suggestion!, l)}`)
          .join(', ') + (changed.length > 5 ? ', …' : '');
      return (t) =>
        t.fixed(r.written, what(t === STRINGS.en ? 'en' : 'th')) +
        (r.formulas > 0 ? t.formulasLeft(r.formulas) : '') +
        (r.locked > 0 ? t.lockedLeft(r.locked) : '');
    }, true);

  const mark = () => act(() => markNow(report!));

  const clear = () =>
    act(async () => {
      const n = await port.clearMarks(report!.name);
      markedSheet.current = null;
      if (port.mode === 'file') setOldMarks(0);
      // A findings sheet of an earlier check is no mark: a copy to publish should not carry it either.
      const sheets = port.mode === 'file' ? (await port.sheetNames()).filter(isFindingsSheetName) : [];
      return (t) =>
        port.mode === 'file' ? t.clearedInCopy(n) + (sheets.length ? t.findingsSheetLeft(sheets) : '') : t.cleared(n);
    });

  const findingsSheet = () =>
    act(async () => {
      const name = await port.insertTemplate(
        buildFindingsLayout(report!.findings, t.findingsTitle(report!.name), lang),
      );
      return (t) => t.findingsSheetMade(name);
    });

  const base = (fileName ?? 'workbook.xlsx').replace(/\.(xlsx|xlsm|csv|tsv|txt)$/i, '');
  const file = port as WorkbookPort & {
    toBuffer?: () => Promise<Uint8Array>;
    facts?: FileFacts | null;
    copyKeepsFile?: boolean;
    copyExtension?: (bytes: Uint8Array) => Promise<string>;
    markedCopy?: (
      sheet: string,
      plan: MarkPlan,
      findings: SheetLayout,
    ) => Promise<{ readonly bytes: Uint8Array; readonly keptFile: boolean }>;
    marksIn?: (sheet: string) => Promise<number>;
  };

  // Busy while the copy is written (seconds on a large file; half a minute on 200,000 rows once ExcelJS
  // has the workbook, after a new sheet), and a failure is said.
  const download = () =>
    act(async () => {
      const bytes = await file.toBuffer!();
      const name = t.fixedCopyName(base, (await file.copyExtension?.(bytes)) ?? 'xlsx');
      downloadBytes(bytes, name);
      // A copy written by ExcelJS after all (a fixed cell held a formula, say) lacks what it cannot write.
      const lost = hasWhatCopiesLose(file.facts) && !file.copyKeepsFile;
      return (t) => (lost ? t.downloadedWithout(name) : t.downloaded(name));
    });

  /** A copy with marks and a findings sheet; the working copy in the pane stays as it is. */
  const downloadMarked = () =>
    act(async () => {
      const { bytes, keptFile } = await file.markedCopy!(
        report!.name,
        planMarks(everyFinding(report!), lang),
        buildFindingsLayout(report!.findings, t.findingsTitle(report!.name), lang),
      );
      const name = t.markedCopyName(base, (await file.copyExtension?.(bytes)) ?? 'xlsx');
      downloadBytes(bytes, name);
      const lost = hasWhatCopiesLose(file.facts) && !keptFile;
      const sheet = report!.name;
      return (t) => (lost ? t.downloadedMarkedWithout(name, sheet) : t.downloadedMarked(name, sheet));
    });

  async function select(f: Finding) {
    setSelected(f);
    try {
      await port.selectCell(f.sheet, f.cell);
    } catch (e) {
      setProblem(note((t) => friendlyError(e, t)));
    }
  }

  const counts = report ? countBySeverity(report.findings) : null;
  // Follows the report, so re-checks after edits move the bars too.
  const procurement = useMemo(
    () =>
      report?.kind === 'procurement' && report.template !== 'egp-contract' ? session.current?.procurement() : null,
    [report],
  );
  const pos = selected ? parseA1(selected.cell) : null;
  // An amount is shown with its thousands; a year or a date's serial as Excel shows it.
  const money =
    !!selected?.column &&
    getTemplate(report?.template ?? '')?.columns.find((c) => c.header === selected.column)?.type === 'money';
  const selectedValue = grid && pos ? shownValue(cellAt(grid, pos.row, pos.col), lang, money) : '';
  const writable = port.features.fixes;

  return (
    <div className={s.root}>
      <div className={s.row}>
        {picker}
        <Field label={t.formLabel}>
          <Select value={templateId} onChange={(_, d) => setTemplateId(d.value)} data-testid="form-select">
            <option value="">{t.formAuto}</option>
            {allTemplates().map((x) => (
              <option key={x.id} value={x.id}>
                {t.formOption(x.id, x.title[lang])}
              </option>
            ))}
          </Select>
        </Field>
      </div>
      <div className={s.row}>
        {/* Focusable while busy, so that a keyboard user's place is kept (disabled drops focus). */}
        <Button appearance="primary" disabledFocusable={busy} onClick={() => void run()} data-testid="check">
          {fileMode ? t.checkSheet : t.checkActive}
        </Button>
        {/* Only a read can be stopped; a fix or a download runs to its end. */}
        {busy && reading && <Button onClick={() => abort.current?.abort()}>{t.cancel}</Button>}
        {fileMode && report && file.toBuffer && (
          <Button onClick={() => void download()} data-testid="download-copy">
            {t.downloadCopy}
          </Button>
        )}
        {fileMode && report && file.markedCopy && report.findings.length > 0 && (
          <Button onClick={() => void downloadMarked()} data-testid="download-marked">
            {t.downloadMarked}
          </Button>
        )}
      </div>
      {fileMode && report && oldMarks > 0 && (
        <MessageBar layout="multiline" intent="info">
          <MessageBarBody>
            {t.oldMarks()}{' '}
            <Button size="small" disabled={busy} onClick={() => void clear()} data-testid="clear-marks">
              {t.clearMarks}
            </Button>
          </MessageBarBody>
        </MessageBar>
      )}
      {/* A live region there before the file: the warning is said when a file that has it opens. */}
      <div role="status">
        {fileMode && hasWhatCopiesLose(file.facts) && (
          <MessageBar layout="multiline" intent="warning">
            <MessageBarBody>{file.copyKeepsFile ? t.copyKeeps : t.copyLoses}</MessageBarBody>
          </MessageBar>
        )}
      </div>
      {canWatch && (
        <Switch checked={recheck} onChange={(_, d) => setRecheck(d.checked)} label={t.recheck} data-testid="recheck" />
      )}
      {busy && <ProgressBar value={progress ?? undefined} aria-label={t.checking} />}
      {/* Live regions are there before their messages, so that screen readers say each one. */}
      <div className={s.notes}>
        <div role="alert">
          {problem && (
            <MessageBar layout="multiline" intent="error">
              <MessageBarBody data-testid="problem">{problem.say(t)}</MessageBarBody>
            </MessageBar>
          )}
        </div>
        <div role="status">
          {done && (
            <MessageBar layout="multiline" intent="success">
              <MessageBarBody data-testid="fixed">{done.say(t)}</MessageBarBody>
            </MessageBar>
          )}
        </div>
      </div>
      <div role="status" className={s.spoken} data-testid="spoken">
        {report && counts ? `${report.name}: ${t.counts(counts.errors, counts.warnings, counts.infos)}` : ''}
      </div>
      {report?.template === 'egp-contract' && grid && <ImportPanel grid={grid} port={port} host={host} />}
      {/* Its note ("sheet added") belongs to the sheet it was made from: another sheet starts it afresh. */}
      {procurement && (
        <SummaryPanel key={report!.name} data={procurement} port={port} onSheetAdded={() => void refresh()} />
      )}
      {report && counts && (
        <div data-testid="report" data-template={report.template ?? ''}>
          <Text weight="semibold" block>
            {report.name}
          </Text>
          <Text block size={200}>
            {report.template
              ? t.recognised(
                  report.template,
                  Math.round((report.confidence ?? 0) * 100),
                  report.headerRow ?? 0,
                  report.rows,
                )
              : t.notRecognised}
          </Text>
          <Text block size={200} data-testid="counts">
            {t.counts(counts.errors, counts.warnings, counts.infos)}
          </Text>
          {port.mode === 'excel' && (report.findings.length > 0 || port.features.marks) && (
            <div className={s.row}>
              {/* Marks need conditional formats (ExcelApi 1.6); the findings sheet is a sheet like a template. */}
              {port.features.marks && report.findings.length > 0 && (
                <Button size="small" disabled={busy} onClick={() => void mark()} data-testid="mark">
                  {t.mark}
                </Button>
              )}
              {/* Offered with no findings too: marks made before the cells were corrected unheard (the pane
                  closed, or an earlier session) would otherwise stay with nothing to take them off. */}
              {port.features.marks && (
                <Button size="small" disabled={busy} onClick={() => void clear()} data-testid="clear-marks">
                  {t.clearMarks}
                </Button>
              )}
              {report.findings.length > 0 && (
                <Button size="small" disabled={busy} onClick={() => void findingsSheet()} data-testid="findings-sheet">
                  {t.findingsSheet}
                </Button>
              )}
            </div>
          )}
          {report.findings.length === 0 ? (
            <MessageBar layout="multiline" intent="success">
              <MessageBarBody>{t.noFindings}</MessageBarBody>
            </MessageBar>
          ) : (
            <FindingsList
              findings={report.findings}
              selected={selected}
              onSelect={select}
              onFix={writable ? fix : undefined}
              busy={busy}
            />
          )}
        </div>
      )}
      {fileMode && selected && (
        <div className={s.preview} data-testid="preview" ref={previewRef}>
          <Text block weight="semibold">
            {t.selected(selected.cell)}
          </Text>
          <Text block>
            {t.value}: {selectedValue ? <Unbroken text={selectedValue} scrolls /> : t.empty}
          </Text>
          <Text block size={200}>
            <Unbroken text={selected.message[lang]} scrolls />
          </Text>
        </div>
      )}
    </div>
  );
}

/** A cell's value as the preview shows it: a date as the messages write it (พ.ศ. in Thai), not ISO. */
function shownValue(v: CellValue, lang: 'th' | 'en', money: boolean): string {
  if (v instanceof Date && !Number.isNaN(v.getTime())) {
    const day = dayOf(v.getUTCFullYear(), v.getUTCMonth() + 1, v.getUTCDate());
    return lang === 'th' ? formatDayTh(day) : formatDayEn(day);
  }
  // An amount with its thousands, as the messages write it.
  if (typeof v === 'number' && money) return v.toLocaleString('en-US', { maximumFractionDigits: 10 });
  return displayValue(v);
}
