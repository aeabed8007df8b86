import type { Finding } from '../findings/types';
import type { SheetReport } from './sheet';

/** The CLI's JSON contract, version 1. Other tools parse this: extend, never rename. */
export interface FileReport {
  readonly file: string;
  readonly error: string | null;
  readonly sheets: readonly SheetReport[];
}

export interface Report {
  readonly version: 1;
  readonly files: readonly FileReport[];
  readonly summary: { files: number; errors: number; warnings: number; infos: number };
}

export function countBySeverity(findings: Iterable<Finding>): { errors: number; warnings: number; infos: number } {
  let errors = 0;
  let warnings = 0;
  let infos = 0;
  for (const f of findings) {
    if (f.severity === 'error') errors++;
    else if (f.severity === 'warning') warnings++;
    else infos++;
  }
  return { errors, warnings, infos };
}

export function buildReport(files: readonly FileReport[]): Report {
  const all = files.flatMap((f) => f.sheets.flatMap((s) => s.findings));
  return { version: 1, files, summary: { files: files.length, ...countBySeverity(all) } };
}
