import type { TemplateColumn } from '../templates/types';
import { foldForMatch } from '../text/thai';

export type ListResult =
  | { readonly kind: 'ok'; readonly value: string; readonly exact: boolean }
  | { readonly kind: 'alias'; readonly value: string }
  | { readonly kind: 'unknown' };

interface ListTable {
  values: Map<string, string>;
  aliases: Map<string, string>;
  prefixes: string[];
}

const tables = new WeakMap<TemplateColumn, ListTable>();
const cache = new WeakMap<TemplateColumn, Map<string, ListResult>>();

function table(c: TemplateColumn): ListTable {
  let t = tables.get(c);
  if (!t) {
    t = {
      values: new Map((c.values ?? []).map((v) => [foldForMatch(v), v])),
      aliases: new Map(Object.entries(c.aliases ?? {}).map(([k, v]) => [foldForMatch(k), v])),
      prefixes: (c.prefixes ?? []).map(foldForMatch).filter((x) => x !== ''),
    };
    tables.set(c, t);
  }
  return t;
}

/** Match a cell against a list column's allowed values, ignoring spacing and Thai spelling noise. */
export function matchList(c: TemplateColumn, text: string): ListResult {
  let memo = cache.get(c);
  if (!memo) cache.set(c, (memo = new Map()));
  const hit = memo.get(text);
  if (hit) return hit;
  const t = table(c);
  const f = foldForMatch(text);
  const value = t.values.get(f);
  // "จ.ขอนแก่น", "จังหวัดขอนแก่น": a word in front that does not change the value.
  const prefix = t.prefixes.find((x) => f.startsWith(x) && f.length > x.length);
  const bare = prefix === undefined ? undefined : f.slice(prefix.length);
  const alias = t.aliases.get(f) ?? (bare === undefined ? undefined : (t.values.get(bare) ?? t.aliases.get(bare)));
  const r: ListResult = value
    ? { kind: 'ok', value, exact: value === text }
    : alias
      ? { kind: 'alias', value: alias }
      : { kind: 'unknown' };
  if (memo.size < 10_000) memo.set(text, r);
  return r;
}
