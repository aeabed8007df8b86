/**
 * Column ids name what a column means, the same in every template, so that one rule serves every
 * form and year ("agreedPrice ≤ budget" holds for ITA 2567 O16, 2568 and สขร.1 alike).
 */
export type ColumnId =
  | 'ordinal'
  | 'item'
  | 'budget'
  | 'budgetSource'
  | 'status'
  | 'method'
  | 'referencePrice'
  | 'agreedPrice'
  | 'supplierId'
  | 'supplierName'
  | 'projectNumber'
  | 'signDate'
  | 'endDate'
  | 'plannedStart'
  | 'bidders'
  | 'winnerAndPrice'
  | 'reason'
  | 'contractRef'
  // the date of a contract reference split under its header into "เลขที่ | วันที่" (no form's own column)
  | 'contractDate'
  | 'count'
  | 'problems'
  | 'suggestions'
  | 'fiscalYear'
  | 'agencyType'
  | 'ministry'
  | 'agency'
  | 'subAgency'
  | 'district'
  | 'province'
  | 'projectType'
  | 'announceDate'
  | 'genericMethod'
  | 'transactionDate'
  | 'subdistrict'
  | 'projectStatus'
  | 'contractNumber'
  | 'contractAmount'
  | 'note'
  // the add-in's own reports
  | 'month'
  // checklists
  | 'code'
  | 'title'
  | 'component'
  | 'owner'
  | 'done'
  | 'notDone'
  | 'url'
  // ITA score sheets
  | 'indicator'
  | 'indicatorName'
  | 'tool'
  | 'score'
  // measures
  | 'indicatorNo'
  | 'issue'
  | 'measure'
  | 'steps'
  | 'period'
  | 'result'
  | 'outcome';

export type ColumnType =
  | 'text'
  | 'money'
  | 'integer'
  | 'list'
  | 'method'
  | 'taxId'
  | 'projectNumber'
  | 'date'
  | 'period'
  | 'year'
  | 'bidders'
  | 'winnerPrice'
  | 'contractRef';

export interface Bilingual {
  readonly th: string;
  readonly en: string;
}

export interface RequiredUnless {
  /**
   * The cell may stay empty when this column holds one of these values. A form without a status
   * column (สขร.1, O21) says a procurement was cancelled in the winner's cell ("ยกเลิก", "ไม่มีผู้เสนอราคา"),
   * and the row's status is ยกเลิกการดำเนินการ.
   */
  readonly column: ColumnId;
  readonly values: readonly string[];
}

/** The cell may stay empty where the amount in `column` is at most `amount` (ม.96: a small buy needs no written agreement). */
export interface OptionalUpTo {
  readonly column: ColumnId;
  readonly amount: number;
}

export interface TemplateColumn {
  readonly id: ColumnId;
  readonly header: string;
  readonly en: string;
  /** Other headers seen in real files for the same column. */
  readonly variants?: readonly string[];
  readonly type: ColumnType;
  readonly required?: boolean;
  readonly requiredUnless?: RequiredUnless;
  readonly optionalUpTo?: OptionalUpTo;
  /** Allowed values of a list column, shown as the dropdown. */
  readonly values?: readonly string[];
  /** Take the allowed values from a shared list in src/data/lists (e.g. "provinces"). */
  readonly listRef?: string;
  /** Other spellings seen for an allowed value → the value the form wants. */
  readonly aliases?: Readonly<Record<string, string>>;
  /** Words written before a value that do not change it ("จังหวัด", "จ." before a province). */
  readonly prefixes?: readonly string[];
  /** The column may be absent from a sheet without a finding (source layouts that vary). */
  readonly optionalColumn?: boolean;
  /**
   * Headers of this column that nearly every Thai table has (ลำดับ, หมายเหตุ, ผู้รับผิดชอบ): a column
   * found under one of them does not tell the form, and a header of such columns only is not the form's.
   */
  readonly genericHeaders?: readonly string[];
  /** A list column that also takes other values (the list is a suggestion). */
  readonly openList?: boolean;
  /**
   * An open list whose cells are mostly written in words (a measure's result, as every seed writes it):
   * Excel offers the list but says nothing of other text, not even a warning.
   */
  readonly quietList?: boolean;
  readonly numberFormat?: string;
  readonly width?: number;
  /** Shown when the user selects a cell of this column (Excel input message). */
  readonly hint?: Bilingual;
  /** The input message's title where the header is longer than Excel's 32 characters. */
  readonly hintTitle?: string;
  /**
   * Baht in one unit of a money column's figures where the sheet's header names a larger unit than the
   * form's baht ("(ล้านบาท)": 1,000,000; "(พันบาท)": 1,000): set when a sheet is read, never in a template.
   */
  readonly scale?: number;
}

/** 'report': a sheet this add-in writes (the monthly view), recognised so that it is not read as a form. */
export type SheetKind = 'procurement' | 'checklist' | 'ita-score' | 'measures' | 'report' | 'unknown';

export interface Template {
  readonly id: string;
  readonly kind: SheetKind;
  /** Buddhist-era assessment year the form belongs to; null for forms not tied to one year. */
  readonly year: number | null;
  readonly forms: readonly string[];
  readonly title: Bilingual;
  readonly sheetName: string;
  /** false where the exact header texts have not been checked against the official form. */
  readonly verified: boolean;
  readonly source: string;
  /** 1, or 2 where the form's header spans two rows. */
  readonly headerRows: 1 | 2;
  /** Group headings over the columns of a two-row header: [first column index, last, text]. */
  readonly headerGroups?: readonly { readonly from: number; readonly to: number; readonly header: string }[];
  readonly columns: readonly TemplateColumn[];
  /**
   * Columns agencies add to the form (e-GP's project number beside a สขร.1): read and judged where a
   * sheet has them, never written by the template, never asked for.
   */
  readonly extraColumns?: readonly TemplateColumn[];
  /** The form's columns then its extra ones: what a sheet of the form is read by (set by the registry). */
  readonly readColumns?: readonly TemplateColumn[];
  /** A source the user imports from (the e-GP export), recognised but never offered as a template. */
  readonly importOnly?: boolean;
  /**
   * Rows the form lists at most (the 2568 layout: an agency with more lists the 100 largest by
   * budget, DOMAIN §3.1).
   */
  readonly maxRows?: number;
  /**
   * A form reporting month by month over part of the fiscal year (O21: six months from October):
   * laid out with a heading per month, each of those months must be there.
   */
  readonly reportsMonths?: { readonly fromMonth: number; readonly months: number };
  /**
   * Each row totals many procurements (O17's summary by method): the limits of a method, which are
   * for one purchase, do not apply to it.
   */
  readonly rowsAreTotals?: boolean;
  /**
   * Each row is a procurement planned, not one done (O14's plan): summaries of results (O17's by
   * method, the monthly view) leave it out, or a planned purchase would count again once made.
   */
  readonly rowsArePlans?: boolean;
  /** Empty rows prepared with formats and dropdowns when the template is inserted. */
  readonly bodyRows?: number;
  /**
   * Sections under the table the form asks for (O17's problems and suggestions), each with its
   * heading and the other wordings of it that count.
   */
  readonly notes?: readonly {
    readonly id: ColumnId;
    readonly label: Bilingual;
    readonly variants?: readonly string[];
  }[];
}
