import { realpath, stat, writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { WorkbookPort } from '../workbook/port';
import { CannotRead, openWorkbook } from './openFile';
import type { Io } from './main';

/** A mistake in the command line, said in Thai and English: told with the usage, exit status 2. */
export class UsageError extends Error {
  constructor(
    readonly th: string,
    en: string,
  ) {
    super(en);
  }
}

/** The --lang asked for, refused unless Thai or English (a typo would otherwise fall back unseen). */
export function langOption(value: string | undefined): 'th' | 'en' {
  if (value === undefined || value === 'th' || value === 'en') return value ?? 'th';
  throw new UsageError(`ไม่รู้จัก --lang ${value} (ใช้ th หรือ en)`, `unknown --lang ${value} (use th or en)`);
}

/** A command's files, refused when more are given than it reads (the rest would be ignored unseen). */
export function atMost(positionals: readonly string[], count: number): void {
  const extra = positionals[count];
  if (extra !== undefined) throw new UsageError(`คำสั่งนี้ไม่รับ ${extra}`, `unexpected argument '${extra}'`);
}

/** The path as the disk resolves it (links followed), or as given when it does not exist yet. */
export function realPath(p: string): Promise<string> {
  return realpath(p).catch(() => resolve(p));
}

/** Whether two paths name one file: after links, or under another name (a hard link: one device and inode). */
export async function sameFile(a: string, b: string): Promise<boolean> {
  if ((await realPath(a)) === (await realPath(b))) return true;
  const [x, y] = await Promise.all([stat(a).catch(() => null), stat(b).catch(() => null)]);
  return !!x && !!y && x.dev === y.dev && x.ino === y.ino;
}

/** Write a new .xlsx: never over the file read (`from`), nor over another file unless asked. */
export async function writeNew(path: string, bytes: Uint8Array, force = false, from?: string): Promise<void> {
  // Not even with --force: the user's own workbook or export would be gone.
  if (from !== undefined && (await sameFile(from, path)))
    throw new UsageError(
      `${path} คือไฟล์ที่อ่าน: ตั้งชื่อไฟล์ผลลัพธ์เป็นชื่ออื่น (ไฟล์เดิมไม่ถูกเขียนทับ)`,
      `${path} is the file read: give the result another name (the file read is never overwritten)`,
    );
  // Workbook bytes under a .csv name would be refused as "an Excel workbook named .csv" next time.
  if (!/\.xlsx$/i.test(path))
    throw new UsageError(
      `${path}: ผลที่เขียนเป็นสมุดงาน Excel ให้ตั้งชื่อลงท้ายด้วย .xlsx`,
      `${path}: an Excel workbook is written: name it .xlsx`,
    );
  try {
    await writeFile(path, bytes, { flag: force ? 'w' : 'wx' });
  } catch (e) {
    const code = (e as { code?: string }).code;
    if (code === 'EEXIST')
      throw new UsageError(
        `มีไฟล์ ${path} อยู่แล้ว: ตั้งชื่ออื่น หรือเพิ่ม --force เพื่อเขียนทับ`,
        `${path} exists; choose another name or add --force`,
      );
    if (code === 'EISDIR')
      throw new UsageError(`เขียน ${path} ไม่ได้: เป็นโฟลเดอร์`, `cannot write ${path}: it is a folder`);
    if (code === 'ENOENT' || code === 'ENOTDIR')
      throw new UsageError(`เขียน ${path} ไม่ได้: ไม่มีโฟลเดอร์นั้น`, `cannot write ${path}: no such folder`);
    if (code === 'EACCES' || code === 'EPERM' || code === 'EROFS')
      throw new UsageError(
        `เขียน ${path} ไม่ได้: ไม่มีสิทธิ์เขียนในโฟลเดอร์นั้น`,
        `cannot write ${path}: the folder is not writable`,
      );
    throw e;
  }
}

/** Open a workbook, or say in one line why it cannot be read and give null. */
export async function openOrSay(path: string, th: boolean, io: Io): Promise<WorkbookPort | null> {
  try {
    return await openWorkbook(path);
  } catch (e) {
    if (e instanceof CannotRead) {
      io.err(`ita-check: ${path}: ${th ? e.why.th : e.why.en}\n`);
      return null;
    }
    throw e;
  }
}

/**
 * `args` with the value of each option of `names` that starts with a dash joined to it ("--top -5" as
 * "--top=-5"): a value to refuse with the option's own message, not an option parseArgs does not know.
 */
export function withDashValues(args: readonly string[], names: readonly string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < args.length; i++) {
    if (names.includes(args[i]!) && args[i + 1]?.startsWith('-')) out.push(`${args[i]}=${args[++i]}`);
    else out.push(args[i]!);
  }
  return out;
}

/** A path as a command to copy names it: quoted where it has spaces (Thai file names often do) or quotes. */
export function shellArg(path: string): string {
  return /[\s"'$`\\]/.test(path) ? `"${path.replace(/(["$`\\])/g, '\\$1')}"` : path;
}
