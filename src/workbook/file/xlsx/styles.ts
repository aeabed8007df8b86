import { isDateFormat } from '../../../core/cells/dates';
import { attr, decodeXml, tags } from './xml';

/**
 * Built-in number formats that show a date or a time: the international ones, the East Asian ones
 * (27–36, 50–58) and the Thai ones (71–81, e.g. "ว/ด/ปปปป"), which Thai Excel writes by id alone.
 */
export function builtinIsDate(id: number): boolean {
  return (
    (id >= 14 && id <= 22) ||
    (id >= 27 && id <= 36) ||
    (id >= 45 && id <= 47) ||
    (id >= 50 && id <= 58) ||
    (id >= 71 && id <= 81)
  );
}

/** Built-in number formats that show a day with its year in พ.ศ.: the Thai ones with ปปปป, ปป or bb (71 is ว/ด/ปปปป). */
export function builtinShowsBeYear(id: number): boolean {
  return [71, 72, 74, 77, 81].includes(id);
}

/**
 * The custom number formats of a styles part: each one's code (its attribute decoded) by id, and
 * every id given.
 */
export function customFormats(xml: string): { codes: Map<number, string>; ids: number[] } {
  const codes = new Map<number, string>();
  const ids: number[] = [];
  for (const tag of tags(xml, 'numFmt')) {
    const id = Number(attr(tag, 'numFmtId'));
    if (!Number.isFinite(id)) continue;
    ids.push(id);
    const code = attr(tag, 'formatCode');
    if (code !== null) codes.set(id, code);
  }
  return { codes, ids };
}

/** For each cell style (the s="…" of a cell), whether numbers in it are dates. */
export function dateStyles(xml: string | null): boolean[] {
  if (!xml) return [];
  const custom = new Map([...customFormats(xml).codes].map(([id, code]) => [id, decodeXml(code)]));
  const start = xml.indexOf('<cellXfs');
  const end = xml.indexOf('</cellXfs>', start);
  if (start < 0 || end < 0) return [];
  const out: boolean[] = [];
  for (const tag of tags(xml.slice(start, end), 'xf')) {
    const id = Number(attr(tag, 'numFmtId') ?? 0);
    const code = custom.get(id);
    out.push(code !== undefined ? isDateFormat(code) : builtinIsDate(id));
  }
  return out;
}
