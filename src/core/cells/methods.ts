import { METHODS, type MethodEntry } from '../settings/data';
import { foldForMatch, similarity } from '../text/thai';

export type MethodResult =
  | { readonly kind: 'ok'; readonly method: MethodEntry; readonly exact: boolean }
  | { readonly kind: 'generic' }
  | { readonly kind: 'unknown'; readonly closest: MethodEntry | null };

/** Fold a method name: spaces, case and a leading วิธี / โดยวิธี / ด้วยวิธี do not matter. */
function foldMethod(s: string): string {
  return foldForMatch(s).replace(/^(โดย|ดวย)?วิธี(การ)?/, '');
}

const exact = new Map<string, MethodEntry>();
for (const m of METHODS.methods) for (const name of [m.canonical, ...m.variants]) exact.set(foldMethod(name), m);
const generic = new Set(METHODS.genericLabels.map(foldMethod));
const cache = new Map<string, MethodResult>();

function lookup(text: string): MethodResult {
  const f = foldMethod(text);
  const hit = exact.get(f);
  if (hit) return { kind: 'ok', method: hit, exact: text.trim() === hit.canonical };
  if (generic.has(f)) return { kind: 'generic' };
  // "จ้างโดยวิธีเฉพาะเจาะจง", "e-bidding (ประกวดราคาอิเล็กทรอนิกส์)": a known name inside the text.
  let closest: MethodEntry | null = null;
  let best = 0;
  for (const [key, m] of exact) {
    const s = f.includes(key) && key.length >= 5 ? 0.9 + key.length / 1000 : similarity(f, key);
    if (s > best) {
      best = s;
      closest = m;
    }
  }
  return { kind: 'unknown', closest: best >= 0.75 ? closest : null };
}

/** Recognise a procurement method (DOMAIN §3.4); results are cached, as a sheet repeats a few names. */
export function parseMethod(text: string): MethodResult {
  let r = cache.get(text);
  if (!r) {
    r = lookup(text);
    if (cache.size < 10_000) cache.set(text, r);
  }
  return r;
}

export function isGenericMethodLabel(text: string): boolean {
  return generic.has(foldMethod(text));
}
