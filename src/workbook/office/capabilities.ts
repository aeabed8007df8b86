/**
 * What this Excel can do. The manifest declares only ExcelApi 1.1 (Excel 2016 under a volume
 * licence); everything above it is switched on at run time when the host reports the set.
 */
export interface Capabilities {
  /** Highest ExcelApi 1.x minor version reported, e.g. 8 for ExcelApi 1.8. */
  readonly apiMinor: number;
  /** getUsedRange(valuesOnly), column widths. */
  readonly valuesOnlyUsedRange: boolean;
  readonly columnWidth: boolean;
  readonly conditionalFormats: boolean;
  readonly freezePanes: boolean;
  readonly changeEvents: boolean;
  readonly dropdowns: boolean;
  readonly mergedAreas: boolean;
  readonly comments: boolean;
  /** Range.getCellProperties, which tells where cells link. */
  readonly cellLinks: boolean;
  /** Worksheet.notes: the notes a marked copy (.xlsx) carries can be removed in Excel. */
  readonly notes: boolean;
}

export const MIN_API_MINOR = 1;

export function capabilitiesFor(apiMinor: number): Capabilities {
  return {
    apiMinor,
    valuesOnlyUsedRange: apiMinor >= 2,
    columnWidth: apiMinor >= 2,
    conditionalFormats: apiMinor >= 6,
    freezePanes: apiMinor >= 7,
    changeEvents: apiMinor >= 7,
    dropdowns: apiMinor >= 8,
    cellLinks: apiMinor >= 9,
    comments: apiMinor >= 10,
    mergedAreas: apiMinor >= 13,
    notes: apiMinor >= 18,
  };
}

/** Ask the host which ExcelApi sets it supports (highest first, stop at the first yes). */
export function detectCapabilities(isSetSupported: (name: string, minVersion: string) => boolean): Capabilities {
  for (let minor = 20; minor > MIN_API_MINOR; minor--) {
    if (isSetSupported('ExcelApi', `1.${minor}`)) return capabilitiesFor(minor);
  }
  return capabilitiesFor(MIN_API_MINOR);
}
