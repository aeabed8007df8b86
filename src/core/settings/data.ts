import { lists } from '../../data/index.generated';

export interface MethodEntry {
  readonly canonical: string;
  readonly en: string;
  readonly variants: readonly string[];
  readonly competitive?: boolean;
  readonly legacy?: boolean;
  /** Of an old method: the act's method that took its place, suggested for a name near the old one. */
  readonly replacedBy?: string;
  /** A name covering several methods (ประกาศเชิญชวนทั่วไป): a cell naming one of them too means that one. */
  readonly group?: boolean;
  /** The method is meant for amounts above min and up to max baht (warnings, not errors). */
  readonly min?: number;
  readonly max?: number;
  readonly note?: string;
}

export interface MethodList {
  readonly id: string;
  readonly kind: 'method-list';
  readonly legacyBeforeFiscalYear: number;
  readonly genericLabels: readonly string[];
  readonly methods: readonly MethodEntry[];
}

export interface RedFlagSettings {
  readonly kind: 'red-flag-settings';
  readonly nearReferencePercent: number;
  readonly nearReferenceMinAmount: number;
  readonly deepDiscountPercent: number;
  readonly repeatWinnerMinWins: number;
  /** Of the rows with a winner. */
  readonly repeatWinnerMinShare: number;
  /**
   * Of their agreed value (else budget), the other way a winner of at least repeatWinnerMinWins is one:
   * among a department's thousands of small buys no contractor reaches a tenth of the rows.
   */
  readonly repeatWinnerMinValueShare: number;
  readonly fewBiddersBelow: number;
  readonly yearEndMonths: readonly number[];
  readonly yearEndMinAmount: number;
  readonly splitWindowDays: number;
  readonly splitThreshold: number;
  readonly splitItemSimilarity: number;
}

/** The names of a local government's budget งาน (local-budget-sections.json): headings, not works. */
export interface BudgetSections {
  readonly kind: 'budget-sections';
  readonly values: readonly string[];
}

function one<T extends { kind: string }>(kind: T['kind']): T {
  const found = (lists as { kind?: string }[]).filter((l) => l.kind === kind);
  if (found.length !== 1) throw new Error(`src/data/lists must hold exactly one ${kind} file, found ${found.length}`);
  return found[0] as T;
}

/** A method with every field present, in one order (one object shape: see oneShape in the registry). */
function method(m: MethodEntry): MethodEntry {
  return {
    canonical: m.canonical,
    en: m.en,
    variants: m.variants,
    competitive: m.competitive,
    legacy: m.legacy,
    replacedBy: m.replacedBy,
    group: m.group,
    min: m.min,
    max: m.max,
    note: m.note,
  };
}

/** The provinces list: its names and the other spellings it takes ("กทม." for กรุงเทพมหานคร). */
function provinceNames(): ReadonlyMap<string, string> {
  const list = (lists as { id?: string }[]).find((l) => l.id === 'provinces') as
    { values: readonly string[]; aliases?: Readonly<Record<string, string>> } | undefined;
  if (!list) throw new Error('src/data/lists must hold the provinces list');
  return new Map([...list.values.map((v) => [v, v] as const), ...Object.entries(list.aliases ?? {})]);
}

const methodList = one<MethodList>('method-list');
export const METHODS: MethodList = { ...methodList, methods: methodList.methods.map(method) };
export const RED_FLAGS: RedFlagSettings = one<RedFlagSettings>('red-flag-settings');
/** A province's name, or another spelling of it, to the province's name. */
export const PROVINCES: ReadonlyMap<string, string> = provinceNames();
/** The งาน of a local government's budget by their standard names (งานไฟฟ้าถนน, งานบริหารทั่วไป …). */
export const BUDGET_SECTIONS: readonly string[] = one<BudgetSections>('budget-sections').values;
