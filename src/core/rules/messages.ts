import { colName } from '../findings/make';
import type { Bilingual, TemplateColumn } from '../templates/types';
import { formatDayEn, formatDayTh, formatMoney, formatMonthEn, formatMonthTh, type Day } from '../text/format';

const named = new WeakMap<TemplateColumn, Bilingual>();

/** «ราคากลาง (บาท)» in Thai messages, "Reference price (baht)" in English ones (made once per column). */
export function names(c: TemplateColumn): Bilingual {
  let n = named.get(c);
  if (!n) named.set(c, (n = colName(c)));
  return n;
}

export const baht = (n: number): Bilingual => ({ th: `${formatMoney(n)} บาท`, en: `${formatMoney(n)} baht` });

export const day = (d: Day): Bilingual => ({ th: formatDayTh(d), en: formatDayEn(d) });

export const month = (d: Day): Bilingual => ({ th: formatMonthTh(d), en: formatMonthEn(d) });

/** Build a message from a template literal per language. */
export function msg(th: string, en: string): Bilingual {
  return { th, en };
}
