import { Fragment, type ReactNode } from 'react';

/** An id or number with dashes or spaces in it ("0-1055-36112-01-4", "3 1006 00445 63 6"). */
const ID = /\d(?:[\d-]|(?<=\d) (?=\d)){8,}\d/g;

/**
 * Text whose ids never break across lines: a line may break at an id's dash, and "0-1055-36112-/01-4"
 * reads as two numbers. Each id is kept whole (one too long for the pane scrolls).
 */
export function Unbroken({ text }: { text: string }) {
  const parts: ReactNode[] = [];
  let at = 0;
  for (const m of text.matchAll(ID)) {
    parts.push(
      text.slice(at, m.index),
      <span key={m.index} style={{ whiteSpace: 'nowrap' }}>
        {m[0]}
      </span>,
    );
    at = m.index + m[0].length;
  }
  parts.push(text.slice(at));
  return <Fragment>{parts}</Fragment>;
}
