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
