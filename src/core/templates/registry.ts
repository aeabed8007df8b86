import { lists as rawLists, templates as rawTemplates } from '../../data/index.generated';
import type { Template, TemplateColumn } from './types';

interface ValueList {
  readonly id: string;
  readonly kind: 'value-list';
  readonly values: readonly string[];
  readonly aliases?: Readonly<Record<string, string>>;
  readonly prefixes?: readonly string[];
}

/**
 * A column with every field present, in one order: columns read from JSON differ in which optional
 * keys they carry, and the checker reads them on every cell, where one object shape keeps V8's
 * property access fast (many shapes make it slow and make compiled code fall back often).
 */
function oneShape(c: TemplateColumn, list?: ValueList): TemplateColumn {
  return {
    id: c.id,
    header: c.header,
    en: c.en,
    variants: c.variants,
    type: c.type,
    required: c.required,
    requiredUnless: c.requiredUnless,
    optionalUpTo: c.optionalUpTo,
    values: list ? list.values : c.values,
    listRef: c.listRef,
    aliases: list?.aliases || c.aliases ? { ...list?.aliases, ...c.aliases } : undefined,
    prefixes: list ? list.prefixes : c.prefixes,
    optionalColumn: c.optionalColumn,
    genericHeaders: c.genericHeaders,
    openList: c.openList,
    quietList: c.quietList,
    numberFormat: c.numberFormat,
    width: c.width,
    hint: c.hint,
    hintTitle: c.hintTitle,
  };
}

/** Resolve shared lists and check the data, so a slip in a JSON file fails loudly at load. */
function resolve(t: Template, valueLists: ReadonlyMap<string, ValueList>): Template {
  const where = `template ${String(t.id)}`;
  if (!t.id || !Array.isArray(t.columns) || t.columns.length === 0) throw new Error(`${where}: no id or no columns`);
  const seen = new Set<string>();
  const shaped = (c: TemplateColumn): TemplateColumn => {
    if (seen.has(c.id)) throw new Error(`${where}: column id ${c.id} appears twice`);
    seen.add(c.id);
    if (!c.header) throw new Error(`${where}: column ${c.id} has no header`);
    if ((c.hintTitle ?? '').length > 32) throw new Error(`${where}: column ${c.id}'s hintTitle is over 32 characters`);
    if (!c.listRef) return oneShape(c);
    const list = valueLists.get(c.listRef);
    if (!list) throw new Error(`${where}: column ${c.id} refers to unknown list ${c.listRef}`);
    return oneShape(c, list);
  };
  const columns = t.columns.map(shaped);
  // An extra column is never asked for: a sheet without it is the form as prescribed.
  const extraColumns = (t.extraColumns ?? []).map((c) => shaped({ ...c, required: false, optionalColumn: true }));
  return { ...t, columns, extraColumns, readColumns: [...columns, ...extraColumns] };
}

/** Templates from the data files (one per year and form), with shared lists filled in. */
export function buildTemplates(templates: readonly unknown[], lists: readonly unknown[]): readonly Template[] {
  const valueLists = new Map(
    (lists as { kind?: string }[])
      .filter((l): l is ValueList => l.kind === 'value-list')
      .map((l) => [l.id, l] as const),
  );
  const out = (templates as Template[]).map((t) => resolve(t, valueLists));
  const ids = new Set<string>();
  for (const t of out) {
    if (ids.has(t.id)) throw new Error(`two templates share the id ${t.id}`);
    ids.add(t.id);
  }
  return out;
}

const all = buildTemplates(rawTemplates, rawLists);
const byId = new Map(all.map((t) => [t.id, t]));

/** Every template in src/data/templates, in file-name order. */
export function allTemplates(): readonly Template[] {
  return all;
}

/**
 * Templates a user can insert (not the import-only source layouts, nor the add-in's own reports):
 * checked forms first, newest year first.
 */
export function insertableTemplates(): readonly Template[] {
  return all
    .filter((t) => !t.importOnly && t.kind !== 'report')
    .sort((a, b) => Number(b.verified) - Number(a.verified) || (b.year ?? 0) - (a.year ?? 0) || (a.id < b.id ? -1 : 1));
}

export function getTemplate(id: string): Template | undefined {
  return byId.get(id);
}

/**
 * The O17 summary by method for the procurements of `fiscalYear` (a table of totals of form O17): the
 * newest for an assessment up to the year after (ITA 2567 summarises 2566), else the oldest; the
 * newest where the year is unknown. A year's new form is a data file, chosen here by its year.
 */
export function o17SummaryTemplate(fiscalYear: number | null, templates = all): Template | undefined {
  const forms = templates
    .filter((t) => t.rowsAreTotals && !t.importOnly && t.forms?.includes('O17'))
    .sort((a, b) => (a.year ?? 0) - (b.year ?? 0));
  if (fiscalYear === null) return forms[forms.length - 1];
  return forms.filter((t) => (t.year ?? 0) <= fiscalYear + 1).pop() ?? forms[0];
}

/** A form of monthly disclosures (สขร.1, O21): the forms that list their bidders. */
export function isMonthlyForm(t: Template): boolean {
  return t.columns.some((c) => c.type === 'bidders');
}
