import { writeFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { itaScore } from '../core/score/ita';
import { insertables, layoutFor } from '../core/templates/catalog';
import { thaiDigitsToArabic } from '../core/text/thai';
import { ExcelJsWorkbook } from '../workbook/file/exceljsWorkbook';
import type { Io } from './main';

export class UsageError extends Error {}

/** `ita-check template ID -o FILE.xlsx`: write a template as a new workbook (never over an existing file). */
export async function templateCommand(args: string[], io: Io): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      output: { type: 'string', short: 'o' },
      force: { type: 'boolean' },
      lang: { type: 'string', default: 'th' },
    },
  });
  const id = positionals[0];
  if (!id) {
    const en = values.lang === 'en';
    io.out(
      insertables()
        .map((t) => `${t.id.padEnd(22)} ${en ? t.title.en : t.title.th}`)
        .join('\n') + '\n',
    );
    return 0;
  }
  const layout = layoutFor(id);
  if (!layout) throw new UsageError(`no template "${id}"; run "ita-check template" to list them`);
  if (!values.output) throw new UsageError('give the file to write with -o FILE.xlsx');
  const wb = ExcelJsWorkbook.create();
  const sheet = await wb.insertTemplate(layout);
  try {
    await writeFile(values.output, await wb.toBuffer(), { flag: values.force ? 'w' : 'wx' });
  } catch (e) {
    if ((e as { code?: string }).code === 'EEXIST')
      throw new UsageError(`${values.output} exists; choose another name or add --force`);
    throw e;
  }
  io.out(`${values.output}: sheet "${sheet}" (${id})\n`);
  return 0;
}

/** `ita-check score --year 2567 --indicators 97.90,...`: the ITA score as JSON. */
export async function scoreCommand(args: string[], io: Io): Promise<number> {
  const { values } = parseArgs({
    args,
    options: { year: { type: 'string' }, indicators: { type: 'string' } },
  });
  const year = Number(thaiDigitsToArabic(values.year ?? ''));
  if (!Number.isInteger(year) || year < 2550 || year > 2700)
    throw new UsageError('give the assessment year in BE, e.g. --year 2567');
  const scores = (values.indicators ?? '').split(',').map((s) => Number(thaiDigitsToArabic(s.trim())));
  if (scores.length !== 10 || scores.some((s) => !Number.isFinite(s) || s < 0 || s > 100))
    throw new UsageError('give the ten indicator scores 1–10, each 0–100, e.g. --indicators 97.90,97.90,...');
  io.out(JSON.stringify(itaScore(year, scores), null, 2) + '\n');
  return 0;
}
