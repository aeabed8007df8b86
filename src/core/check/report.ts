import { SEVERITY, severityOf, type FindingCode } from '../findings/codes';
import type { Finding, Severity } from '../findings/types';
import type { SheetReport } from './sheet';

/** The CLI's JSON contract, version 1. Other tools parse this: extend, never rename. */
export interface FileReport {
  readonly file: string;
  /** Why the file could not be read, in the language asked for, and as a stable code for scripts. */
  readonly error: string | null;
  readonly errorCode?: string | null;
  readonly sheets: readonly SheetReport[];
}

export interface Report {
  readonly version: 1;
  readonly files: readonly FileReport[];
  readonly summary: { files: number; errors: number; warnings: number; infos: number };
}

/** Findings by severity, with those counted past a code's limit but not listed. */
export function countBySeverity(findings: Iterable<Finding>): { errors: number; warnings: number; infos: number } {
  let errors = 0;
  let warnings = 0;
  let infos = 0;
  const add = (severity: Severity, n: number) => {
    if (severity === 'error') errors += n;
    else if (severity === 'warning') warnings += n;
    else infos += n;
  };
  for (const f of findings) {
    // Findings past a code's limit were counted, not listed: they count all the same, and the notice
    // that says so is no problem of the sheet (20,000 numbers as text are 20,000, not 20,001).
    if (f.notListed && f.value && f.value in SEVERITY) add(severityOf(f.value as FindingCode), f.notListed);
    else add(f.severity, 1);
  }
  return { errors, warnings, infos };
}

export function buildReport(files: readonly FileReport[]): Report {
  const all = files.flatMap((f) => f.sheets.flatMap((s) => s.findings));
  return { version: 1, files, summary: { files: files.length, ...countBySeverity(all) } };
}
