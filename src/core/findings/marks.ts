import type { Finding, Severity } from './types';

/**
 * Marks show findings in the sheet and are removed without a trace: every mark carries this tag, in
 * its conditional-format formula and at the head of its note, and clearing removes what carries it.
 */
export const MARK_TAG = 'ITA-CHECK';

/** An always-true formula that names the tag and the severity, so our rules can be told from the user's. */
export function markFormula(severity: Severity): string {
  return `LEN("${MARK_TAG}:${severity}")>0`;
}

export function isMarkFormula(formula: string | undefined | null): boolean {
  return !!formula && formula.includes(`"${MARK_TAG}:`);
}

/** The note prefix. Ours never goes over a note of the user's own; what they type above or under ours stays. */
export const NOTE_HEAD = `[${MARK_TAG}]`;
/** Where our part of a note ends: what a user types under it is theirs, and stays. */
export const NOTE_END = `[/${MARK_TAG}]`;

/**
 * Styles that differ by more than colour: errors bold and underlined, warnings italic (a border
 * would be drawn over the user's own borders, which a conditional format cannot restore).
 */
export const MARK_STYLE = {
  error: { fill: '#FFC7CE', font: '#9C0006', bold: true, italic: false, underline: true },
  warning: { fill: '#FFEB9C', font: '#7F4F00', bold: false, italic: true, underline: false },
} as const;

export interface MarkPlan {
  /** Cells to mark per severity (a cell with an error and a warning is marked as an error). */
  readonly cells: { readonly error: readonly string[]; readonly warning: readonly string[] };
  /** A note per marked cell, its findings' messages: the first MAX_NOTES, top down. */
  readonly notes: readonly { readonly cell: string; readonly text: string }[];
}

/**
 * Notes written at most: each note is a drawing object, and a sheet with tens of thousands of them
 * scrolls slowly (and a copy grows by megabytes); the pane and the findings sheet list every finding.
 */
export const MAX_NOTES = 2000;

/** Which cells to mark and what their notes say; information (red flags included) is not marked. */
export function planMarks(findings: readonly Finding[], lang: 'th' | 'en' = 'th'): MarkPlan {
  // Messages are written only for the cells that get a note: a pasted sheet may mark a million cells.
  const byCell = new Map<string, { severity: 'error' | 'warning'; row: number; found: Finding[] }>();
  for (const f of findings) {
    if (f.severity === 'info') continue;
    const m = byCell.get(f.cell);
    if (!m) byCell.set(f.cell, { severity: f.severity, row: f.row, found: [f] });
    else {
      if (f.severity === 'error') m.severity = 'error';
      m.found.push(f);
    }
  }
  const error: string[] = [];
  const warning: string[] = [];
  for (const [cell, m] of byCell) (m.severity === 'error' ? error : warning).push(cell);
  let noted = [...byCell];
  if (noted.length > MAX_NOTES) noted = noted.sort((a, b) => a[1].row - b[1].row).slice(0, MAX_NOTES);
  const notes = noted.map(([cell, m]) => ({
    cell,
    text: `${NOTE_HEAD} ${m.found.map((f) => f.message[lang]).join('\n')}\n${NOTE_END}`,
  }));
  return { cells: { error, warning }, notes };
}

/** A user's note with our part appended. */
export function withOurNote(own: string | null, ours: string): string {
  return own ? `${own}\n\n${ours}` : ours;
}

/**
 * A note without our part: what the user wrote above it and under it; null when nothing is left.
 * A note of ours without its end (written before it had one) is ours to its end.
 */
export function withoutOurNote(text: string): string | null {
  const at = text.indexOf(NOTE_HEAD);
  if (at < 0) return text;
  const end = text.indexOf(NOTE_END, at);
  const above = text.slice(0, at).replace(/\n\n$/, '');
  const under = end < 0 ? '' : text.slice(end + NOTE_END.length).replace(/^[ \t]*\r?\n/, '');
  const own = above && under ? `${above}\n${under}` : above || under;
  return own === '' ? null : own;
}

/**
 * What a cell's note becomes when we note `ours` on it: ours alone on a cell without a note, ours in
 * place of our old part beside what the user added to it; null for a note that is the user's own
 * (ours never goes over one: the conditional format still marks the cell).
 */
export function notedOver(old: string | null, ours: string): string | null {
  if (old === null) return ours;
  return old.includes(NOTE_HEAD) ? withOurNote(withoutOurNote(old), ours) : null;
}
