import { whyUnreadable } from '../workbook/file/cannotRead';
import { NotSupported, NoWorksheetActive, SheetProtected } from '../workbook/port';
import { STRINGS, type Strings } from './i18n';

/** Words for the user instead of a raw API error. */
export function friendlyError(e: unknown, t: Strings): string {
  if (e instanceof NotSupported) return t.notSupported;
  if (e instanceof SheetProtected) return t.sheetProtected;
  if (e instanceof NoWorksheetActive) return t.noWorksheet;
  // A file that cannot be read (a sheet found damaged only when read) says why in both languages.
  const why = whyUnreadable(e);
  if (why) return t.cannotRead(t === STRINGS.en ? why.en : why.th);
  const err = e as { code?: string; message?: string } | null;
  switch (err?.code) {
    case 'ApiNotFound':
    case 'NotImplemented':
    case 'UnsupportedFeature':
      return t.notSupported;
    case 'InvalidOperationInCellEditMode':
      return t.editMode;
    case 'AccessDenied':
      return t.sheetProtected;
    case 'ItemNotFound':
      return t.noSheet;
    case 'RequestPayloadSizeLimitExceeded':
    case 'ResponsePayloadSizeLimitExceeded':
      return t.tooBig;
    case 'GeneralException':
    case 'ActivityLimitReached':
      return t.busyExcel;
  }
  return t.failed(err?.message ?? String(e));
}
