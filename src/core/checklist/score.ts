import { round } from '../text/round';
import type { Framework, FrameworkItem } from './framework';
import type { ComponentStatus } from './status';

/** What a checklist says about one item. */
export interface ItemProgress {
  readonly code: string;
  /** Components counted (rows of the item, or the framework's components for a one-row item). */
  readonly components: number;
  readonly done: number;
  readonly notApplicable: number;
  /** Share of applicable components done, 0–100; null when none applies. */
  readonly percent: number | null;
  /** The item's projected OIT score: 100 when every applicable component is done, else 0. */
  readonly score: 100 | 0 | null;
  /** First sheet row of the item, when the sheet has it. */
  readonly row: number | null;
  /** Indicator the item counts under (the sheet may move it). */
  readonly indicator: number;
  readonly subIndicator: string | null;
}

export interface ChecklistScore {
  readonly framework: string;
  readonly items: number;
  readonly itemsDone: number;
  /** Items whose every component is not applicable: neither done nor missing. */
  readonly itemsNotApplicable: number;
  readonly components: number;
  readonly componentsDone: number;
  readonly percent: number | null;
  /** Completeness per indicator: share of its applicable components done. */
  readonly byIndicator: Readonly<Record<string, number | null>>;
  readonly bySubIndicator: Readonly<Record<string, number | null>>;
  /** Projected OIT scores: per indicator the mean of its items' 100/0, and their mean. */
  readonly projected: { readonly byIndicator: Readonly<Record<string, number | null>>; readonly oit: number | null };
  /** Items not yet complete (absent from the sheet included), in framework order. */
  readonly missing: readonly string[];
  readonly perItem: readonly ItemProgress[];
}

/** The statuses of one item's rows on a sheet (empty when the item is absent). */
export interface ItemRows {
  readonly statuses: readonly ComponentStatus[];
  readonly row: number | null;
  readonly indicator?: number;
  readonly subIndicator?: string | null;
}

export function progressOf(item: FrameworkItem, rows: ItemRows | undefined): ItemProgress {
  const statuses = rows?.statuses ?? [];
  // One row for an item of several components: the status is the item's (seed 000 and 004 layouts).
  const expanded =
    statuses.length === 1 && item.components.length > 1 ? item.components.map(() => statuses[0]!) : statuses;
  const list = expanded.length ? expanded : item.components.map((): ComponentStatus => 'blank');
  const done = list.filter((s) => s === 'done').length;
  const na = list.filter((s) => s === 'not-applicable').length;
  const applicable = list.length - na;
  return {
    code: item.code,
    components: list.length,
    done,
    notApplicable: na,
    percent: applicable ? round((done / applicable) * 100) : null,
    score: applicable ? (done === applicable ? 100 : 0) : null,
    row: rows?.row ?? null,
    indicator: rows?.indicator ?? item.indicator,
    subIndicator: rows?.subIndicator !== undefined ? rows.subIndicator : item.subIndicator,
  };
}

function share(items: readonly ItemProgress[]): number | null {
  const need = items.reduce((s, p) => s + p.components - p.notApplicable, 0);
  const done = items.reduce((s, p) => s + p.done, 0);
  return need ? round((done / need) * 100) : null;
}

function projected(items: readonly ItemProgress[]): number | null {
  const scored = items.filter((p) => p.score !== null);
  return scored.length ? round(scored.reduce((s, p) => s + p.score!, 0) / scored.length) : null;
}

/**
 * Completeness of a checklist, computed exactly as the checklist template's formulas do, so the
 * pane, the CLI and the workbook show the same numbers.
 */
export function scoreChecklist(f: Framework, byCode: ReadonlyMap<string, ItemRows>): ChecklistScore {
  const perItem = f.items.map((it) => progressOf(it, byCode.get(it.code)));
  const byIndicator: Record<string, number | null> = {};
  const projectedBy: Record<string, number | null> = {};
  for (const ind of f.indicators) {
    const items = perItem.filter((p) => p.indicator === ind.id);
    byIndicator[String(ind.id)] = share(items);
    projectedBy[String(ind.id)] = projected(items);
  }
  const bySubIndicator: Record<string, number | null> = {};
  for (const sub of f.subIndicators) bySubIndicator[sub.id] = share(perItem.filter((p) => p.subIndicator === sub.id));
  const indicatorScores = Object.values(projectedBy).filter((x): x is number => x !== null);
  return {
    framework: f.id,
    items: f.items.length,
    itemsDone: perItem.filter((p) => p.score === 100).length,
    itemsNotApplicable: perItem.filter((p) => p.score === null).length,
    components: perItem.reduce((s, p) => s + p.components - p.notApplicable, 0),
    componentsDone: perItem.reduce((s, p) => s + p.done, 0),
    percent: share(perItem),
    byIndicator,
    bySubIndicator,
    projected: {
      byIndicator: projectedBy,
      oit: indicatorScores.length ? round(indicatorScores.reduce((s, x) => s + x, 0) / indicatorScores.length) : null,
    },
    missing: perItem.filter((p) => p.score !== 100 && p.score !== null).map((p) => p.code),
    perItem,
  };
}
