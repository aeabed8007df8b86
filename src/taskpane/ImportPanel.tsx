import {
  Button,
  Checkbox,
  Field,
  MessageBar,
  MessageBarBody,
  Select,
  Text,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { useState } from 'react';
import type { SheetGrid } from '../core/cells/value';
import { exportYear, importEgp, importTargetFor, importTargets } from '../core/import/egp';
import type { Host, WorkbookPort } from '../workbook/port';
import { downloadBytes } from './download';
import { friendlyError } from './errors';
import { STRINGS, type Strings } from './i18n';
import { useLang } from './LangContext';
import type { Say } from './notes';

const useStyles = makeStyles({
  root: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
    padding: tokens.spacingHorizontalM,
    background: tokens.colorNeutralBackground2,
    borderRadius: tokens.borderRadiusMedium,
  },
});

/** An e-GP export was checked: offer to map it onto a form (a new sheet in Excel, a new file outside). */
export function ImportPanel({ grid, port, host }: { grid: SheetGrid; port: WorkbookPort; host: Host }) {
  const { lang, t } = useLang();
  const s = useStyles();
  const targets = importTargets();
  // The form of the export's own fiscal year comes chosen, as the data picks it (a year's new form too).
  const [target, setTarget] = useState(() => importTargetFor(exportYear(grid))?.id ?? targets[0]?.id ?? '');
  const [top, setTop] = useState(true);
  const [outcome, setOutcome] = useState<{ ok: boolean; lines: Say[] } | null>(null);
  // A form that lists only its largest items (the 2568 layout's 100): offered to keep only those.
  const form = targets.find((x) => x.id === target);
  const limit = form?.maxRows;

  async function run() {
    try {
      const result = importEgp(grid, target, limit !== undefined && top ? limit : undefined);
      if (result.rowsRead === 0) {
        setOutcome({ ok: false, lines: [(t) => t.importNoRows] });
        return;
      }
      let sheet: string;
      if (port.mode === 'excel') sheet = await port.insertTemplate(result.layout);
      else {
        const file = await host.newFile();
        sheet = await file.insertTemplate(result.layout);
        downloadBytes(await file.toBuffer(), `${sheet}.xlsx`);
      }
      const missing = result.missing;
      setOutcome({
        ok: true,
        lines: [
          (t) => t.imported(result.rowsWritten, result.rowsRead, sheet),
          ...(missing.length
            ? [(t: Strings) => t.importMissing(missing.map((m) => m[t === STRINGS.en ? 'en' : 'th']).join(', '))]
            : []),
          ...result.notes.map((n) => (t: Strings) => (t === STRINGS.en ? n.en : n.th)),
        ],
      });
    } catch (e) {
      setOutcome({ ok: false, lines: [(t) => friendlyError(e, t)] });
    }
  }

  return (
    <div className={s.root} data-testid="import">
      <Text weight="semibold">{t.importHead}</Text>
      <Field label={t.importTarget}>
        <Select value={target} onChange={(_, d) => setTarget(d.value)} data-testid="import-target">
          {targets.map((x) => (
            <option key={x.id} value={x.id}>
              {t.formOption(x.id, x.title[lang])}
            </option>
          ))}
        </Select>
      </Field>
      {limit !== undefined && (
        <Checkbox
          checked={top}
          onChange={(_, d) => setTop(!!d.checked)}
          label={t.importTop(limit, form?.year ?? undefined)}
        />
      )}
      <div>
        <Button appearance="primary" onClick={() => void run()} data-testid="import-do">
          {t.importDo}
        </Button>
      </div>
      <div role="status">
        {outcome && (
          <MessageBar layout="multiline" intent={outcome.ok ? 'success' : 'error'}>
            <MessageBarBody data-testid="import-note">
              {outcome.lines.map((say, i) => (
                <div key={i}>{say(t)}</div>
              ))}
            </MessageBarBody>
          </MessageBar>
        )}
      </div>
    </div>
  );
}
