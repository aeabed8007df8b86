import { buildChecklistLayout } from '../checklist/layout';
import { allFrameworks } from '../checklist/framework';
import { buildMeasuresLayout } from '../measures/check';
import { buildScoreLayout } from '../score/sheet';
import { newestDataYear } from '../score/years';
import { buildLayout, type SheetLayout } from './layout';
import { insertableTemplates } from './registry';
import type { Bilingual, SheetKind } from './types';

/** Everything a user can insert: procurement forms, a checklist per OIT year, the ITA score, measures. */
export interface Insertable {
  readonly id: string;
  readonly kind: SheetKind;
  readonly title: Bilingual;
  readonly year: number | null;
  readonly verified: boolean;
  /** Column headers, to show before inserting. */
  readonly columns: readonly string[];
  build(): SheetLayout;
}

/**
 * The templates offered, in the order shown. The ITA score sheet runs to `scoreYear` (BE), and the
 * measures report is titled for it: the pane and the CLI pass the assessment under way
 * (assessmentYearOn), so a sheet made during ITA 2570 has a column for it, whatever the newest year
 * in the data.
 */
export function insertables(scoreYear = newestDataYear()): readonly Insertable[] {
  const forms: Insertable[] = insertableTemplates().map((t) => ({
    id: t.id,
    kind: t.kind,
    title: t.title,
    year: t.kind === 'measures' ? scoreYear : t.year,
    verified: t.verified,
    columns: t.columns.map((c) => c.header),
    build: () => (t.kind === 'measures' ? buildMeasuresLayout(t, scoreYear) : buildLayout(t)),
  }));
  const checklists: Insertable[] = [...allFrameworks()]
    .sort((a, b) => b.year - a.year)
    .map((f) => ({
      id: f.id,
      kind: 'checklist' as const,
      title: {
        th: `แบบตรวจการเปิดเผยข้อมูลสาธารณะ (OIT) ปี ${f.year}: ${f.items.length} ข้อ พร้อมคะแนนความครบถ้วน`,
        en: `OIT checklist ${f.year}: ${f.items.length} items with completeness scores`,
      },
      year: f.year,
      verified: f.indicatorMappingVerified,
      columns: buildChecklistLayout(f).columns.map((c) => c.header),
      build: () => buildChecklistLayout(f),
    }));
  const score: Insertable = {
    id: 'ita-score',
    kind: 'ita-score',
    title: {
      th: 'คะแนน ITA รายตัวชี้วัด (IIT, EIT, OIT, คะแนนรวม, ระดับ) หลายปี',
      en: 'ITA score by indicator (IIT, EIT, OIT, total, level), several years',
    },
    year: scoreYear,
    verified: true,
    columns: buildScoreLayout(scoreYear).columns.map((c) => c.header),
    build: () => buildScoreLayout(scoreYear),
  };
  const procurement = forms.filter((f) => f.kind === 'procurement');
  const other = forms.filter((f) => f.kind !== 'procurement');
  return [...procurement, ...checklists, score, ...other];
}

/**
 * The layout to insert for an id, or null when no template of that id is offered: the layouts only
 * recognised (the bare checklist, e-GP's export, the add-in's own reports) would check badly as forms.
 */
export function layoutFor(id: string, scoreYear?: number): SheetLayout | null {
  return (
    insertables(scoreYear)
      .find((x) => x.id === id)
      ?.build() ?? null
  );
}
