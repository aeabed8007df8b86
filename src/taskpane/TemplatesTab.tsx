import {
  Button,
  Field,
  MessageBar,
  MessageBarBody,
  Select,
  Text,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { useMemo, useState } from 'react';
import { assessmentYearOn, localDay } from '../core/score/years';
import { insertables } from '../core/templates/catalog';
import type { Host } from '../workbook/port';
import { downloadBytes } from './download';
import { friendlyError } from './errors';
import { useLang } from './LangContext';
import type { Say } from './notes';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  cols: { margin: 0, paddingLeft: tokens.spacingHorizontalXL, fontSize: tokens.fontSizeBase200 },
});

export function TemplatesTab({ host }: { host: Host }) {
  const { lang, t } = useLang();
  const s = useStyles();
  // The ITA score sheet runs to the assessment under way today.
  const templates = useMemo(() => insertables(assessmentYearOn(localDay(new Date()))), []);
  const [id, setId] = useState(templates[0]?.id ?? '');
  const [busy, setBusy] = useState(false);
  const [note, setNote] = useState<{ intent: 'success' | 'error'; say: Say } | null>(null);
  const template = templates.find((x) => x.id === id);

  async function act() {
    if (!template) return;
    setBusy(true);
    setNote(null);
    try {
      const layout = template.build();
      if (host.excel) {
        const name = await host.excel.insertTemplate(layout);
        setNote({ intent: 'success', say: (t) => t.inserted(name) });
      } else {
        const file = await host.newFile();
        await file.insertTemplate(layout);
        const fileName = `${template.id}.xlsx`;
        downloadBytes(await file.toBuffer(), fileName);
        setNote({ intent: 'success', say: (t) => t.downloaded(fileName) });
      }
    } catch (e) {
      setNote({ intent: 'error', say: (t) => friendlyError(e, t) });
    } finally {
      setBusy(false);
    }
  }

  return (
    <div className={s.root}>
      <Field label={t.templatePick}>
        <Select value={id} onChange={(_, d) => setId(d.value)} data-testid="template-select">
          {templates.map((x) => (
            <option key={x.id} value={x.id}>
              {/* The id first, as the Check tab's picker writes it: a long title's end (its year, its
                  O-number) is what a narrow pane cuts off. */}
              {t.formOption(x.id, x.title[lang])}
            </option>
          ))}
        </Select>
      </Field>
      {template && (
        <div>
          <Text size={200} data-testid="template-id">
            {template.id} · {t.columns(template.columns.length)}
          </Text>
          {!template.verified && (
            <MessageBar layout="multiline" intent="warning">
              <MessageBarBody>{t.unverified}</MessageBarBody>
            </MessageBar>
          )}
          <ol className={s.cols}>
            {template.columns.map((c) => (
              <li key={c}>{c}</li>
            ))}
          </ol>
        </div>
      )}
      <Button appearance="primary" disabledFocusable={busy || !template} onClick={act}>
        {host.excel ? t.insert : t.download}
      </Button>
      <div role="status">
        {note && (
          <MessageBar layout="multiline" intent={note.intent}>
            <MessageBarBody>{note.say(t)}</MessageBarBody>
          </MessageBar>
        )}
      </div>
    </div>
  );
}
