import { Fragment, type ReactNode } from 'react';

/** An id or number with dashes or spaces in it ("0-1055-36112-01-4", "3 1006 00445 63 6", in Thai digits too). */
const ID = /[\d๐-๙](?:[\d๐-๙-]|(?<=[\d๐-๙]) (?=[\d๐-๙])){8,}[\d๐-๙]/g;

/**
 * Kept whole on a line of its own where it fits one; broken only where it is wider than the pane (the
 * page never grows sideways for it).
 */
const WHOLE = { display: 'inline-block', maxWidth: '100%', overflowWrap: 'anywhere' } as const;

/** Never broken, in a box that scrolls sideways (the cell preview). */
const NOWRAP = { whiteSpace: 'nowrap' } as const;

/**
 * Text whose ids do not break across lines where they fit: a line may break at an id's dash, and
 * "0-1055-36112-/01-4" reads as two numbers. In a box that scrolls (`scrolls`), never.
 */
export function Unbroken({ text, scrolls = false }: { text: string; scrolls?: boolean }) {
  const parts: ReactNode[] = [];
  let at = 0;
  for (const m of text.matchAll(ID)) {
    parts.push(
      text.slice(at, m.index),
      <span key={m.index} style={scrolls ? NOWRAP : WHOLE}>
        {m[0]}
      </span>,
    );
    at = m.index + m[0].length;
  }
  parts.push(text.slice(at));
  return <Fragment>{parts}</Fragment>;
}
