import {
  Button,
  Field,
  MessageBar,
  MessageBarBody,
  ProgressBar,
  Select,
  Text,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { useEffect, useRef, useState } from 'react';
import { useSheet } from './useSheet';
import { cellAt, displayValue, type SheetGrid } from '../core/cells/value';
import { parseA1 } from '../core/cells/address';
import { countBySeverity } from '../core/check/report';
import { checkSheet, type SheetReport } from '../core/check/sheet';
import { fixesFor } from '../core/findings/fixes';
import type { Finding } from '../core/findings/types';
import { allTemplates } from '../core/templates/registry';
import { ReadCancelled, type WorkbookPort } from '../workbook/port';
import { downloadBytes } from './download';
import { FindingsList } from './FindingsList';
import { useLang } from './LangContext';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  row: { display: 'flex', gap: tokens.spacingHorizontalS, alignItems: 'end', flexWrap: 'wrap' },
  preview: {
    padding: tokens.spacingHorizontalS,
    background: tokens.colorNeutralBackground3,
    borderRadius: tokens.borderRadiusMedium,
  },
});

/** Check a sheet of the workbook (in Excel: the active one; a file: the one chosen) and list the findings. */
export function CheckTab({ port, fileName }: { port: WorkbookPort; fileName?: string }) {
  const { lang, t } = useLang();
  const s = useStyles();
  const { fileMode, current, picker } = useSheet(port);
  const [templateId, setTemplateId] = useState('');
  const [busy, setBusy] = useState(false);
  const [progress, setProgress] = useState<number | null>(null);
  const [report, setReport] = useState<SheetReport | null>(null);
  const [grid, setGrid] = useState<SheetGrid | null>(null);
  const [selected, setSelected] = useState<Finding | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const abort = useRef<AbortController | null>(null);

  useEffect(() => {
    setReport(null);
    setSelected(null);
  }, [port]);

  async function run(keepNote = false) {
    setBusy(true);
    setProblem(null);
    if (!keepNote) setDone(null);
    setSelected(null);
    setProgress(null);
    const ctrl = new AbortController();
    abort.current = ctrl;
    try {
      const name = await current();
      const g = await port.readSheet(name, {
        signal: ctrl.signal,
        onProgress: (p) => setProgress(p.totalRows ? p.rowsRead / p.totalRows : null),
      });
      setGrid(g);
      setReport(checkSheet(g, templateId ? { templateId } : {}));
    } catch (e) {
      setProblem(e instanceof ReadCancelled ? t.cancelled : t.failed(e instanceof Error ? e.message : String(e)));
    } finally {
      setBusy(false);
      setProgress(null);
      abort.current = null;
    }
  }

  async function fix(list: readonly Finding[]) {
    if (!report) return;
    const writes = fixesFor(list);
    setBusy(true);
    try {
      const n = await port.applyFixes(report.name, writes);
      const what = list
        .filter((f) => f.suggestion)
        .slice(0, 5)
        .map((f) => `${f.cell} ${f.value ?? ''} → ${f.suggestion!.display}`)
        .join(', ');
      setDone(t.fixed(n, list.length > 5 ? `${what}, …` : what));
    } catch (e) {
      setProblem(t.failed(e instanceof Error ? e.message : String(e)));
    } finally {
      setBusy(false);
    }
    await run(true);
  }

  async function download() {
    const file = port as WorkbookPort & { toBuffer?: () => Promise<Uint8Array> };
    if (file.toBuffer)
      downloadBytes(await file.toBuffer(), (fileName ?? 'workbook.xlsx').replace(/\.xlsx$/i, '') + ' (checked).xlsx');
  }

  async function select(f: Finding) {
    setSelected(f);
    try {
      await port.selectCell(f.sheet, f.cell);
    } catch (e) {
      setProblem(t.failed(e instanceof Error ? e.message : String(e)));
    }
  }

  const counts = report ? countBySeverity(report.findings) : null;
  const pos = selected ? parseA1(selected.cell) : null;
  const selectedValue = grid && pos ? displayValue(cellAt(grid, pos.row, pos.col)) : '';

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
        <Button appearance="primary" disabled={busy} onClick={() => void run()} data-testid="check">
          {fileMode ? t.checkSheet : t.checkActive}
        </Button>
        {busy && <Button onClick={() => abort.current?.abort()}>{t.cancel}</Button>}
        {fileMode && report && (
          <Button onClick={() => void download()} data-testid="download-copy">
            {t.downloadCopy}
          </Button>
        )}
      </div>
      {done && (
        <MessageBar intent="success">
          <MessageBarBody data-testid="fixed">{done}</MessageBarBody>
        </MessageBar>
      )}
      {busy && <ProgressBar value={progress ?? undefined} aria-label={t.checking} />}
      {problem && (
        <MessageBar intent="error">
          <MessageBarBody>{problem}</MessageBarBody>
        </MessageBar>
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
          {report.findings.length === 0 ? (
            <MessageBar intent="success">
              <MessageBarBody>{t.noFindings}</MessageBarBody>
            </MessageBar>
          ) : (
            <FindingsList
              findings={report.findings}
              selected={selected}
              onSelect={select}
              onFix={port.mode === 'excel' || 'toBuffer' in port ? fix : undefined}
              busy={busy}
            />
          )}
        </div>
      )}
      {fileMode && selected && (
        <div className={s.preview} data-testid="preview">
          <Text block weight="semibold">
            {t.selected(selected.cell)}
          </Text>
          <Text block>
            {t.value}: {selectedValue || t.empty}
          </Text>
          <Text block size={200}>
            {selected.message[lang]}
          </Text>
        </div>
      )}
    </div>
  );
}
