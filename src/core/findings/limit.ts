import { makeFinding } from './make';
import { codeTitle } from './titles';
import type { Finding } from './types';

/**
 * Findings of one code kept per sheet. A sheet of a million copied rows would otherwise produce
 * millions of "duplicate-row" findings: more than anyone reads, and more than memory holds.
 */
export const FINDINGS_PER_CODE = 1000;

/** Counts findings per code; `take` says whether one more of a code is still kept. */
export class FindingLimit {
  private readonly counts = new Map<string, number>();

  take(code: string): boolean {
    const n = (this.counts.get(code) ?? 0) + 1;
    this.counts.set(code, n);
    return n <= FINDINGS_PER_CODE;
  }

  /** `n` findings of `code` counted and not kept (another limit's, whose findings join these). */
  count(code: string, n: number): void {
    this.counts.set(code, (this.counts.get(code) ?? 0) + n);
  }

  /** No more findings of `code` are kept (each further one is only counted). */
  full(code: string): boolean {
    return (this.counts.get(code) ?? 0) >= FINDINGS_PER_CODE;
  }

  /** One finding per code that went over the limit, saying how many more there are. */
  summary(sheet: string, row: number): Finding[] {
    const out: Finding[] = [];
    for (const [code, n] of this.counts) {
      if (n <= FINDINGS_PER_CODE) continue;
      const more = (n - FINDINGS_PER_CODE).toLocaleString('en-US');
      const shown = FINDINGS_PER_CODE.toLocaleString('en-US');
      const title = codeTitle(code);
      out.push(
        makeFinding(
          'findings-truncated',
          { sheet, row, col: 1 },
          {
            th: `พบ "${title.th}" อีก ${more} รายการที่ไม่ได้แสดง (แสดง ${shown} รายการแรก) แก้ต้นเหตุแล้วตรวจใหม่`,
            en: `${more} more "${title.en}" finding(s) not listed (the first ${shown} are); fix the cause and check again`,
          },
          { value: code, notListed: n - FINDINGS_PER_CODE },
        ),
      );
    }
    return out;
  }
}

/**
 * A sheet's findings (`own`, each code already kept to the limit, those past it counted in a
 * findings-truncated) with `more` of the same sheet (its findings against other sheets): one limit per
 * code over them all, as for a sheet's own, at `row` (its header). Codes `more` has none of stay as they are.
 */
export function withinOneLimit(
  own: readonly Finding[],
  more: readonly Finding[],
  sheet: string,
  row: number,
): Finding[] {
  if (!more.length) return [...own];
  const codes = new Set(more.map((f) => f.code));
  const joined = (f: Finding) => f.code === 'findings-truncated' && codes.has(f.value ?? '');
  const limit = new FindingLimit();
  for (const f of own) {
    if (joined(f)) limit.count(f.value!, f.notListed ?? 0);
    else if (codes.has(f.code)) limit.take(f.code);
  }
  const kept = more.filter((f) => limit.take(f.code));
  return [...own.filter((f) => !joined(f)), ...kept, ...limit.summary(sheet, row)];
}
