import type { Severity } from './types';

/**
 * Every finding code with its severity. Codes are a public interface (the CLI's JSON, tests and
 * users' habits depend on them): add new ones, never rename or reuse one.
 */
export const SEVERITY = {
  // recognising a sheet
  'missing-column': 'error',
  'duplicate-column': 'error',
  'header-variant': 'info',
  'unrecognised-sheet': 'info',
  'findings-truncated': 'info',
  'empty-sheet': 'info',
  'chart-sheet': 'info',
  'hidden-sheet': 'info',
  'sheet-truncated': 'warning',
  'csv-unclosed-quote': 'error',
  'hidden-column': 'warning',
  'hidden-rows': 'warning',
  'outside-print-area': 'warning',
  'blank-rows': 'info',
  'other-table': 'info',
  'rows-over-limit': 'info',
  'merged-cell': 'warning',
  'bidder-rows': 'info',
  'merged-header': 'warning',
  'missing-section': 'warning',
  'empty-section': 'warning',
  // single cells
  'required-value': 'error',
  'not-a-number': 'error',
  'negative-amount': 'error',
  'excel-error': 'error',
  'formula-no-result': 'warning',
  'not-a-date': 'error',
  'date-as-text': 'info',
  'date-as-number': 'warning',
  'ce-year': 'warning',
  'date-out-of-year': 'warning',
  'signed-after-as-of': 'warning',
  'signed-after-month': 'warning',
  'months-missing': 'warning',
  'title-year-mismatch': 'warning',
  'tax-id-format': 'error',
  'tax-id-checksum': 'error',
  'tax-id-egp-code': 'info',
  'project-number-format': 'error',
  'project-number-year': 'warning',
  'id-as-number': 'warning',
  'unknown-method': 'error',
  'legacy-method': 'warning',
  'unknown-list-value': 'error',
  'list-wording': 'info',
  'thai-digits': 'info',
  'id-wording': 'info',
  'number-as-text': 'info',
  // across columns and rows
  'contract-end-before-start': 'error',
  'price-over-budget': 'error',
  'count-zero-with-amount': 'error',
  'total-mismatch': 'warning',
  'summary-mismatch': 'warning',
  'not-in-year-list': 'warning',
  'listed-in-two-months': 'warning',
  'several-agencies': 'warning',
  'price-over-reference': 'warning',
  'reference-over-budget': 'warning',
  'method-threshold': 'warning',
  'duplicate-project-number': 'warning',
  'duplicate-row': 'warning',
  'status-date-mismatch': 'warning',
  // red flags: risk indicators, never accusations
  'flag-near-reference': 'info',
  'flag-deep-discount': 'info',
  'flag-split-purchase': 'info',
  'flag-repeat-winner': 'info',
  'flag-few-bidders': 'info',
  'flag-year-end-specific': 'info',
  // checklists and measures
  'checklist-missing-item': 'error',
  'checklist-no-url': 'warning',
  'checklist-bad-url': 'error',
  'checklist-no-owner': 'warning',
  'checklist-no-code': 'warning',
  'checklist-merged-status': 'warning',
  'checklist-not-counted': 'warning',
  'checklist-unknown-status': 'warning',
  'score-as-fraction': 'warning',
  'score-incomplete': 'warning',
  'checklist-unknown-item': 'warning',
  'measure-incomplete': 'warning',
} as const satisfies Record<string, Severity>;

export type FindingCode = keyof typeof SEVERITY;

export function severityOf(code: FindingCode): Severity {
  return SEVERITY[code];
}
