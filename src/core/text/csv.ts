/** Split CSV text into rows of fields (RFC 4180: quotes, doubled quotes, line breaks inside quotes). */
export function parseCsv(text: string, sep = ','): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  let i = 0;
  const s = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const n = s.length;
  while (i < n) {
    const ch = s[i]!;
    if (quoted) {
      if (ch === '"') {
        if (s[i + 1] === '"') {
          field += '"';
          i += 2;
          continue;
        }
        quoted = false;
      } else field += ch;
      i++;
      continue;
    }
    if (ch === '"' && field === '') quoted = true;
    else if (ch === sep) {
      row.push(field);
      field = '';
    } else if (ch === '\n' || ch === '\r') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      if (ch === '\r' && s[i + 1] === '\n') i++;
    } else field += ch;
    i++;
  }
  if (field !== '' || row.length) {
    row.push(field);
    rows.push(row);
  }
  return rows;
}

/**
 * The separator of a CSV text, told by its first line: a comma, or the semicolon or tab Excel writes
 * where the comma is a decimal mark, or in its "Unicode Text" (tab-separated UTF-16).
 */
export function csvSeparator(text: string): ',' | ';' | '\t' {
  const end = text.search(/\r|\n/);
  const line = (end < 0 ? text : text.slice(0, end)).replace(/"[^"]*"/g, '');
  const count = (c: string) => line.split(c).length - 1;
  const [comma, semi, tab] = [count(','), count(';'), count('\t')];
  return tab > comma && tab >= semi ? '\t' : semi > comma ? ';' : ',';
}
