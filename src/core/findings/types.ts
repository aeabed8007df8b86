import type { Bilingual } from '../templates/types';

export type Severity = 'error' | 'warning' | 'info';

/** A value the user can accept with one click; `value` is what goes into the cell. */
export interface Suggestion {
  readonly value: string | number;
  /** How the value looks to the user (e.g. a date shown in พ.ศ.). */
  readonly display: string;
  /** Set when the cell should hold a date: value is then an ISO date (yyyy-mm-dd). */
  readonly kind?: 'text' | 'number' | 'date';
  /** For a number: its column's format, which a cell formatted so as to hide a number takes instead. */
  readonly numberFormat?: string;
}

/** One problem in one place. `code` is an interface: tests, the CLI's JSON and users rely on it. */
export interface Finding {
  readonly code: string;
  readonly severity: Severity;
  readonly sheet: string;
  /** A1 address of the offending cell (for a missing column: the header row's first cell). */
  readonly cell: string;
  readonly row: number;
  /** Canonical Thai header of the column concerned, or null for whole-row / whole-sheet findings. */
  readonly column: string | null;
  readonly message: Bilingual;
  /** The cell's content as the user typed it, when the finding is about a value. */
  readonly value?: string;
  readonly suggestion?: Suggestion;
  /** For findings-truncated: how many more findings of its code (`value`) were counted but not listed. */
  readonly notListed?: number;
}
