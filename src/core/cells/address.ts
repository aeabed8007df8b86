/** Column number (1-based) to letters: 1 → A, 28 → AB. */
export function columnLetter(col: number): string {
  let s = '';
  let n = col;
  while (n > 0) {
    const m = (n - 1) % 26;
    s = String.fromCharCode(65 + m) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

export function a1(row: number, col: number): string {
  return `${columnLetter(col)}${row}`;
}

/** "'My sheet'!$F$2" → "$F$2": an address without its sheet (Office.js gives addresses with it). */
export function withoutSheet(address: string): string {
  return address.slice(address.lastIndexOf('!') + 1);
}

/** "AB12" → { row: 12, col: 28 }; null when not a single-cell A1 address. */
export function parseA1(address: string): { row: number; col: number } | null {
  const m = /^\$?([A-Z]{1,3})\$?(\d{1,7})$/i.exec(address.trim());
  if (!m) return null;
  let col = 0;
  for (const ch of m[1]!.toUpperCase()) col = col * 26 + (ch.charCodeAt(0) - 64);
  return { row: Number(m[2]), col };
}
