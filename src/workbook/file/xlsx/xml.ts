/** Just enough XML for SpreadsheetML parts: attributes, entities and Excel's _xHHHH_ escapes. */

const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/** XML text with its entities and character references (&amp;, &#3619;, &#xE23;) as the characters they stand for. */
export function decodeEntities(s: string): string {
  if (s.indexOf('&') < 0) return s;
  return s.replace(/&(#x[0-9a-fA-F]+|#\d+|[a-z]+);/g, (m, e: string) => {
    if (e[0] !== '#') return NAMED[e] ?? m;
    const code = e[1] === 'x' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
    return Number.isFinite(code) && code <= 0x10ffff ? String.fromCodePoint(code) : m;
  });
}

/** Text of an element or attribute as the user typed it. */
export function decodeXml(s: string): string {
  s = decodeEntities(s);
  // Excel writes characters XML cannot hold (a carriage return in a cell) as _x000D_.
  if (s.indexOf('_x') >= 0)
    s = s.replace(/_x([0-9a-fA-F]{4})_/g, (_, h: string) => String.fromCharCode(parseInt(h, 16)));
  return s;
}

/** A part's text to be written in UTF-8: an XML declaration that names another encoding (UTF-16) names UTF-8. */
export function utf8Declared(xml: string): string {
  return xml.replace(/^(\uFEFF?<\?xml\b[^?]*?\sencoding\s*=\s*)(["'])[^"']*\2/, '$1$2UTF-8$2');
}

/** Text as XML element content: &, < and > as entities, quotes as they are. */
export function encodeText(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** Text as XML element content or an attribute value: the five characters XML reserves, as entities. */
export function encodeXml(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** Text as a cell's XML: entities, and Excel's _xHHHH_ for what XML cannot hold (and for "_x" itself). */
export function escapeCellText(s: string): string {
  return encodeXml(s.replace(/_x[0-9a-fA-F]{4}_/g, (m) => `_x005F${m}`)).replace(
    // The control characters XML 1.0 cannot hold: matching them is the point.
    // eslint-disable-next-line no-control-regex
    /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g,
    (c) => `_x${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}_`,
  );
}

/**
 * Where attribute `name` is in the start-tag text text[from..to): where its name starts, and where its
 * value starts (just after the opening quote); null when absent. XML allows either quote and spaces
 * around "=" ( r="A1", r='A1', r = "A1" ); Excel writes the first, other writers may not.
 */
function findAttr(text: string, name: string, from = 0, to = text.length): { name: number; value: number } | null {
  const first = name.charCodeAt(0);
  for (let i = from, last = to - name.length; i <= last; i++) {
    if (text.charCodeAt(i) !== first || !text.startsWith(name, i)) continue;
    // "r" must not match inside "ref" or "s" inside "xr:s": the name starts after a space.
    if (i > from && text.charCodeAt(i - 1) > 32) continue;
    let j = i + name.length;
    while (j < to && text.charCodeAt(j) <= 32) j++;
    if (text.charCodeAt(j) !== 61) continue;
    j++;
    while (j < to && text.charCodeAt(j) <= 32) j++;
    const quote = text.charCodeAt(j);
    if (quote === 34 || quote === 39) return { name: i, value: j + 1 };
  }
  return null;
}

/** Where the value of attribute `name` starts in the start-tag text text[from..to), or -1 (see findAttr). */
export function attrValueAt(text: string, name: string, from = 0, to = text.length): number {
  return findAttr(text, name, from, to)?.value ?? -1;
}

/** Where the value starting at `value` (just after its quote) ends: at its closing quote, or the tag's end. */
function valueEnd(tag: string, value: number): number {
  const end = tag.indexOf(tag[value - 1]!, value);
  return end < 0 ? tag.length : end;
}

/** The value of attribute `name` in the text of a start tag, decoded; null when absent. */
export function attr(tag: string, name: string): string | null {
  const at = attrValueAt(tag, name);
  return at < 0 ? null : decodeXml(tag.slice(at, valueEnd(tag, at)));
}

/** Start tag `tag` with attribute `name` set to `value`: in place (in its own quote), else after the element's name. */
export function withAttr(tag: string, name: string, value: string): string {
  const found = findAttr(tag, name);
  const text = encodeXml(value).replace(/'/g, '&apos;');
  if (!found) return tag.replace(/^<[^\s/>]+/, (element) => `${element} ${name}="${text}"`);
  return tag.slice(0, found.value) + text + tag.slice(valueEnd(tag, found.value));
}

/** Start tag `tag` without attribute `name` (and the space before it). */
export function withoutAttr(tag: string, name: string): string {
  const found = findAttr(tag, name);
  if (!found) return tag;
  let start = found.name;
  while (start > 0 && tag.charCodeAt(start - 1) <= 32) start--;
  return tag.slice(0, start) + tag.slice(Math.min(tag.length, valueEnd(tag, found.value) + 1));
}

/** Every start tag `<name …>` (or self-closing) in a text, as the text between `<name` and `>`. */
export function* tags(xml: string, name: string): Generator<string> {
  const open = `<${name}`;
  let p = 0;
  while ((p = xml.indexOf(open, p)) >= 0) {
    const next = xml.charCodeAt(p + open.length);
    const end = xml.indexOf('>', p);
    if (end < 0) return;
    // <sheet must not match <sheets or <sheetPr.
    if (next === 32 || next === 62 || next === 47 || next === 9 || next === 10 || next === 13)
      yield xml.slice(p + open.length, end);
    p = end + 1;
  }
}

/** The concatenated text of the <t> elements of a string item, leaving out phonetic runs (<rPh>). */
export function textOf(xml: string): string {
  let out = '';
  let p = 0;
  for (;;) {
    const t = xml.indexOf('<t', p);
    if (t < 0) break;
    const ph = xml.indexOf('<rPh', p);
    if (ph >= 0 && ph < t) {
      const close = xml.indexOf('</rPh>', ph);
      p = close < 0 ? xml.length : close + 6;
      continue;
    }
    const c = xml.charCodeAt(t + 2);
    const end = xml.indexOf('>', t);
    if (end < 0) break;
    // <t> or <t xml:space=…> (after a space or a line break), not <tabColor>.
    if (c !== 62 && c > 32) {
      p = end + 1;
      continue;
    }
    if (xml.charCodeAt(end - 1) === 47) {
      p = end + 1;
      continue;
    }
    const close = xml.indexOf('</t>', end);
    if (close < 0) break;
    out += xml.slice(end + 1, close);
    p = close + 4;
  }
  return decodeXml(out);
}

/** Relationship id → target part path, resolved against the part that owns the relationships. */
export function relationships(xml: string | null, owner: string): Map<string, { type: string; target: string }> {
  const out = new Map<string, { type: string; target: string }>();
  if (!xml) return out;
  const base = owner.split('/').slice(0, -1);
  for (const tag of tags(xml, 'Relationship')) {
    const id = attr(tag, 'Id');
    const target = attr(tag, 'Target');
    if (!id || !target || attr(tag, 'TargetMode') === 'External') continue;
    const parts = target.startsWith('/') ? [] : [...base];
    for (const p of target.replace(/^\//, '').split('/')) {
      if (p === '..') parts.pop();
      else if (p !== '.') parts.push(p);
    }
    out.set(id, { type: (attr(tag, 'Type') ?? '').split('/').pop()!, target: parts.join('/') });
  }
  return out;
}

/** Relationship id → target of the relationships that point outside the package (a hyperlink's web address). */
export function externalTargets(xml: string | null): Map<string, string> {
  const out = new Map<string, string>();
  for (const tag of xml ? tags(xml, 'Relationship') : []) {
    const id = attr(tag, 'Id');
    const target = attr(tag, 'Target');
    if (id && target !== null && attr(tag, 'TargetMode') === 'External') out.set(id, target);
  }
  return out;
}

/** Where a part's relationships live: xl/worksheets/sheet1.xml → xl/worksheets/_rels/sheet1.xml.rels. */
export function relsPath(part: string): string {
  const i = part.lastIndexOf('/');
  return `${part.slice(0, i + 1)}_rels/${part.slice(i + 1)}.rels`;
}

/**
 * A pattern that drops the namespace prefix of a part written as <x:worksheet>…, or null when the
 * part uses the default namespace. A prefix split across two pieces of text is rare but possible,
 * so parsers apply it to their whole unparsed buffer.
 */
export function prefixPattern(firstText: string, root: string): RegExp | null {
  const m = new RegExp(`<([A-Za-z_][\\w.-]*):${root}\\b`).exec(firstText.slice(0, 4096));
  return m ? new RegExp(`<(/?)${m[1]}:`, 'g') : null;
}

const MARKUP_COMPATIBILITY = 'http://schemas.openxmlformats.org/markup-compatibility/2006';
/** A start or end tag: its slash, name, attributes, and the slash of one self-closing. */
const TAG = /<(\/?)([A-Za-z_][^\s/>]*)([^>]*?)(\/?)>/g;
/** An attribute of a start tag's text: its name. */
const ATTRIBUTE = /\s([^\s=]+)\s*=\s*(?:"[^"]*"|'[^']*')/g;

/** The prefix of a qualified name (xr of xr:uid), or null for none; xml and xmlns are bound everywhere. */
function prefixOf(name: string): string | null {
  const colon = name.indexOf(':');
  const prefix = colon > 0 ? name.slice(0, colon) : null;
  return prefix === 'xml' || prefix === 'xmlns' ? null : prefix;
}

/** The prefixes a start tag's text declares (xmlns:p="…"), each with its namespace. */
function declared(tag: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const [, prefix, , value] of tag.matchAll(/\sxmlns:([^\s=]+)\s*=\s*(["'])(.*?)\2/g))
    out.set(prefix!, decodeXml(value!));
  return out;
}

/** The prefixes `fragment` (whole elements) uses where no element of its own declares them. */
function undeclaredPrefixes(fragment: string): Set<string> {
  const out = new Set<string>();
  const scopes: Set<string>[] = [];
  for (const [, close, name, rest, empty] of fragment.matchAll(TAG)) {
    if (close) {
      scopes.pop();
      continue;
    }
    const own = new Set(declared(rest!).keys());
    for (const qname of [name!, ...[...rest!.matchAll(ATTRIBUTE)].map((m) => m[1]!)]) {
      const prefix = prefixOf(qname);
      if (prefix !== null && !own.has(prefix) && !scopes.some((s) => s.has(prefix))) out.add(prefix);
    }
    if (!empty) scopes.push(own);
  }
  return out;
}

/** `fragment` without the elements and attributes named with one of `prefixes`. */
function withoutPrefixes(fragment: string, prefixes: ReadonlySet<string>): string {
  let out = '';
  let at = 0;
  let skipping = 0;
  for (const m of fragment.matchAll(TAG)) {
    const [tag, close, name, rest, empty] = m;
    const end = m.index + tag.length;
    if (skipping) {
      if (!empty) skipping += close ? -1 : 1;
      at = end;
      continue;
    }
    out += fragment.slice(at, m.index);
    at = end;
    if (close) out += tag;
    else if (prefixes.has(prefixOf(name!) ?? '')) skipping = empty ? 0 : 1;
    else {
      let kept = tag;
      for (const [, qname] of rest!.matchAll(ATTRIBUTE))
        if (prefixes.has(prefixOf(qname!) ?? '')) kept = withoutAttr(kept, qname!);
      out += kept;
    }
  }
  return out + fragment.slice(at);
}

/**
 * `fragment` (whole elements taken from a part whose root is `source`'s) and the part `target` it is
 * to be pasted into, made to agree: each namespace prefix the fragment uses is declared on `target`'s
 * root as `source` declares it, and ignorable there where `source` has it so (Excel 2010 refuses an
 * attribute of a namespace it does not know unless it is). A prefix `source` does not declare, or
 * `target` binds to another namespace, goes with the attributes and elements it names. Excel 2016 on
 * writes xr:uid on a filter or a link, and ExcelJS's roots do not declare xr: pasted as it was, the
 * part is not XML (an unbound prefix) and Excel drops the sheet.
 */
export function pasteable(fragment: string, source: string, target: string): { fragment: string; target: string } {
  const used = undeclaredPrefixes(fragment);
  if (!used.size) return { fragment, target };
  const sourceRoot = /<[^?!][^>]*>/.exec(source)?.[0] ?? '';
  const root = /<[^?!][^>]*>/.exec(target);
  if (!root) return { fragment: withoutPrefixes(fragment, used), target };
  const had = declared(sourceRoot);
  const has = declared(root[0]);
  const mc = (decl: Map<string, string>) => [...decl].find(([, ns]) => ns === MARKUP_COMPATIBILITY)?.[0] ?? null;
  const sourceMc = mc(had);
  const ignorable = new Set(
    (sourceMc === null ? '' : (attr(sourceRoot, `${sourceMc}:Ignorable`) ?? '')).split(/\s+/).filter(Boolean),
  );
  let tag = root[0];
  // After the root's own declarations, as Excel orders them.
  const add = (name: string, value: string) =>
    attr(tag, name) === null
      ? tag.replace(/\s*(\/?>)$/, (end) => ` ${name}="${encodeXml(value)}"${end.trim()}`)
      : withAttr(tag, name, value);
  let targetMc = mc(has);
  const drop = new Set<string>();
  for (const prefix of used) {
    const ns = had.get(prefix);
    if (ns === undefined || (has.has(prefix) && has.get(prefix) !== ns)) {
      drop.add(prefix);
      continue;
    }
    if (ignorable.has(prefix)) {
      // Ignorable only through a markup-compatibility prefix the target has, or can have as mc.
      if (targetMc === null && has.has('mc')) {
        drop.add(prefix);
        continue;
      }
      if (targetMc === null) {
        targetMc = 'mc';
        tag = add('xmlns:mc', MARKUP_COMPATIBILITY);
      }
      const listed = (attr(tag, `${targetMc}:Ignorable`) ?? '').split(/\s+/).filter(Boolean);
      if (!listed.includes(prefix)) tag = add(`${targetMc}:Ignorable`, [...listed, prefix].join(' '));
    }
    if (!has.has(prefix)) tag = add(`xmlns:${prefix}`, ns);
  }
  return {
    fragment: drop.size ? withoutPrefixes(fragment, drop) : fragment,
    target: target.slice(0, root.index) + tag + target.slice(root.index + root[0].length),
  };
}
