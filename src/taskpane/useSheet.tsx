import { Field, Select } from '@fluentui/react-components';
import { useEffect, useState } from 'react';
import type { WorkbookPort } from '../workbook/port';
import { useLang } from './LangContext';

/**
 * Which sheet to work on: in Excel the active one; in a file, the one the user picks. `testId` tells
 * the pickers of the tabs apart (every tab stays mounted).
 */
export function useSheet(port: WorkbookPort, testId = 'sheet-select') {
  const fileMode = port.mode === 'file';
  const [sheets, setSheets] = useState<string[]>([]);
  const [sheet, setSheet] = useState('');
  useEffect(() => {
    if (!fileMode) return;
    void (async () => {
      setSheets(await port.sheetNames());
      setSheet(await port.activeSheetName());
    })();
  }, [port, fileMode]);
  return {
    fileMode,
    /** Read the file's sheet names again (the pane added a sheet to it); the sheet picked stays picked. */
    refresh: async () => {
      if (fileMode) setSheets(await port.sheetNames());
    },
    /** The sheet's name now (asks Excel which sheet is active). */
    current: () => (fileMode ? Promise.resolve(sheet) : port.activeSheetName()),
    /** The sheet picked in a file (null in Excel, where the active sheet is asked for when needed). */
    picked: fileMode ? sheet : null,
    picker: fileMode ? <SheetPicker sheets={sheets} sheet={sheet} onChange={setSheet} testId={testId} /> : null,
  };
}

function SheetPicker(props: { sheets: string[]; sheet: string; onChange: (s: string) => void; testId: string }) {
  const { t } = useLang();
  return (
    <Field label={t.sheet}>
      <Select value={props.sheet} onChange={(_, d) => props.onChange(d.value)} data-testid={props.testId}>
        {props.sheets.map((n) => (
          <option key={n} value={n}>
            {n}
          </option>
        ))}
      </Select>
    </Field>
  );
}
