import { templates as rawTemplates } from '../../data/index.generated';
import type { Template } from './types';

function check(t: Template): Template {
  const where = `template ${String(t.id)}`;
  if (!t.id || !Array.isArray(t.columns) || t.columns.length === 0) throw new Error(`${where}: no id or no columns`);
  const seen = new Set<string>();
  for (const c of t.columns) {
    if (seen.has(c.id)) throw new Error(`${where}: column id ${c.id} appears twice`);
    seen.add(c.id);
    if (!c.header) throw new Error(`${where}: column ${c.id} has no header`);
  }
  return t;
}

const all: readonly Template[] = (rawTemplates as Template[]).map(check);
const byId = new Map(all.map((t) => [t.id, t]));

/** Every template in src/data/templates, in file-name order. */
export function allTemplates(): readonly Template[] {
  return all;
}

/** Templates a user can insert (not the import-only source layouts). */
export function insertableTemplates(): readonly Template[] {
  return all.filter((t) => !t.importOnly);
}

export function getTemplate(id: string): Template | undefined {
  return byId.get(id);
}
