import { useEffect, useRef } from 'react';
import type { SheetChange, WorkbookPort } from '../workbook/port';

/** How long after the last edit the pane acts: a user typing down a column is not read at each cell. */
export const EDIT_DELAY_MS = 600;

/** Whether the host tells the pane of edits (Excel with events; never a file). */
export const canWatchEdits = (port: WorkbookPort): boolean => port.features.events && !!port.watchChanges;

/**
 * Call `onEdits` with the rows the user edited in `sheet` (every edit of a burst merged into one span)
 * and the sheet watched, once they pause; null, or a host without events, watches nothing.
 * `onUnavailable` is called when the host refuses to watch. The callbacks may change at each render:
 * the latest one is called. A new `key` (a new check of the sheet) watches afresh: a sheet deleted
 * and made again under the same name is another sheet to Excel.
 */
export function useSheetEdits(
  port: WorkbookPort,
  sheet: string | null,
  onEdits: (change: SheetChange, sheet: string) => void,
  onUnavailable?: () => void,
  key?: unknown,
): void {
  const latest = useRef({ onEdits, onUnavailable });
  latest.current = { onEdits, onUnavailable };
  const watch = canWatchEdits(port) && sheet !== null;

  useEffect(() => {
    if (!watch) return;
    let stop: (() => Promise<void>) | null = null;
    let timer: ReturnType<typeof setTimeout> | null = null;
    let pending: SheetChange | null = null;
    let cancelled = false;
    void port.watchChanges!(sheet, (change) => {
      pending = pending
        ? {
            top: Math.min(pending.top, change.top),
            bottom: Math.max(pending.bottom, change.bottom),
            all: pending.all || change.all,
          }
        : change;
      if (timer) clearTimeout(timer);
      timer = setTimeout(() => {
        const edits = pending!;
        pending = null;
        if (!cancelled) latest.current.onEdits(edits, sheet);
      }, EDIT_DELAY_MS);
    })
      .then((f) => {
        if (cancelled) void f();
        else stop = f;
      })
      .catch(() => latest.current.onUnavailable?.());
    return () => {
      cancelled = true;
      if (timer) clearTimeout(timer);
      if (stop) void stop();
    };
  }, [watch, port, sheet, key]);
}
