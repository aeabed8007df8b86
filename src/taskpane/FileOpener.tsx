import { Button, MessageBar, MessageBarBody, Text, makeStyles, shorthands, tokens } from '@fluentui/react-components';
import { useRef, useState, type DragEvent } from 'react';
import { useLang } from './LangContext';

const useStyles = makeStyles({
  drop: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
    padding: tokens.spacingHorizontalM,
    ...shorthands.border('2px', 'dashed', tokens.colorNeutralStroke1),
    borderRadius: tokens.borderRadiusMedium,
  },
  over: { ...shorthands.borderColor(tokens.colorBrandStroke1), background: tokens.colorBrandBackground2 },
});

/** Open an .xlsx or .csv from disk (button or drag and drop). The bytes stay in the browser. */
export function FileOpener(props: { fileName: string | null; onOpen: (name: string, data: ArrayBuffer) => void }) {
  const { t } = useLang();
  const s = useStyles();
  const input = useRef<HTMLInputElement>(null);
  const [over, setOver] = useState(false);

  async function take(file: File | undefined) {
    if (file) props.onOpen(file.name, await file.arrayBuffer());
  }

  function drop(e: DragEvent) {
    e.preventDefault();
    setOver(false);
    void take(e.dataTransfer.files[0]);
  }

  return (
    <div
      className={over ? `${s.drop} ${s.over}` : s.drop}
      onDragOver={(e) => {
        e.preventDefault();
        setOver(true);
      }}
      onDragLeave={() => setOver(false)}
      onDrop={drop}
      data-testid="drop-zone"
    >
      <MessageBar layout="multiline" intent="info">
        <MessageBarBody>{t.fileMode}</MessageBarBody>
      </MessageBar>
      <div>
        <Button appearance="primary" onClick={() => input.current?.click()}>
          {t.openFile}
        </Button>{' '}
        <Text size={200}>{t.dropHere}</Text>
      </div>
      <input
        ref={input}
        type="file"
        accept=".xlsx,.xlsm,.csv,.tsv,.txt,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet,application/vnd.ms-excel.sheet.macroEnabled.12,text/csv"
        hidden
        data-testid="file-input"
        onChange={(e) => {
          void take(e.target.files?.[0]);
          // Emptied, so that choosing the same file again (saved since in Excel) opens it again.
          e.target.value = '';
        }}
      />
      <Text size={200} data-testid="file-name" role="status">
        {props.fileName ?? t.noFile}
      </Text>
    </div>
  );
}
